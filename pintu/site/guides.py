"""The role guides ("Panduan", issue #19 item 2): one per role, for training new officers on the job.

Each guide is a template per language (site/guides/<id|en>/<slug>.html: written text, not message strings,
so the English guide exists without a translation catalogue) with the worked examples of the clocks computed
when it is shown (guide_examples). Its screenshots are made by the browser tests
(tests/browser/test_role_workspaces.py with PINTU_GUIDE_SCREENSHOTS=1) into static/guides/<slug>-<shot>.png.
"""

from dataclasses import dataclass

from django.contrib.staticfiles import finders
from django.utils.translation import gettext_lazy as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role

#: The screenshots each guide shows, in order (made by the browser test of its role).
SHOTS = (("workspace", _("Ruang kerja")), ("oversight", _("Pengawasan semua instansi")), ("work", _("Pekerjaan Anda")),
         ("case", _("Satu kasus")))  # fmt: skip


@dataclass(frozen=True)
class Guide:
    slug: str
    role: Role
    title: object  # lazy text
    summary: object

    def shots(self) -> list[tuple[str, object]]:
        """(static path, caption) of the screenshots that exist for this guide."""
        return [(f"guides/{self.slug}-{name}.png", caption) for name, caption in SHOTS
                if finders.find(f"guides/{self.slug}-{name}.png")]  # fmt: skip


GUIDES = (
    Guide("admin-instansi", Role.ADMIN_INSTANSI, _("Admin instansi (koordinator pengaduan)"),
          _("Memverifikasi, mendisposisikan, dan mengawal setiap laporan SP4N-LAPOR! di Pemkab.")),
    Guide("pejabat-penghubung", Role.PEJABAT_PENGHUBUNG, _("Pejabat penghubung OPD"),
          _("Menerima laporan yang didisposisikan ke OPD dan memberi tindak lanjut resmi.")),
    Guide("kepala-opd", Role.KEPALA_OPD, _("Kepala OPD"),
          _("Memastikan laporan OPD ditindaklanjuti tepat waktu; menerima eskalasi laporan terlambat.")),
    Guide("ppid-utama", Role.PPID_UTAMA, _("PPID Utama"),
          _("Mendaftar dan menugaskan permohonan, menandatangani pemberitahuan, mengelola DIP, DIK, dan laporan.")),
    Guide("ppid-pembantu", Role.PPID_PEMBANTU, _("PPID Pembantu"),
          _("Menyiapkan jawaban dan pemberitahuan tertulis atas permohonan, serta DIP dan DIK OPD.")),
    Guide("atasan-ppid", Role.ATASAN_PPID, _("Atasan PPID"),
          _("Memutuskan keberatan atas layanan informasi dalam 30 hari kerja.")),
    Guide("inspektorat", Role.INSPEKTORAT, _("Inspektorat (APIP)"),
          _("Menangani laporan berkadar pengawasan dan mengawasi laporan terlambat di semua instansi.")),
    Guide("pimpinan", Role.PIMPINAN, _("Pimpinan (Bupati, Sekda)"),
          _("Membaca dasbor dan statistik untuk kebijakan; menegur OPD yang terlambat.")),
)  # fmt: skip
BY_SLUG = {g.slug: g for g in GUIDES}


def guides_for(user) -> list[Guide]:
    """The guides of the roles `user` holds, in the order above."""
    scope = scope_of(user)
    return [g for g in GUIDES if scope.has(g.role)]
