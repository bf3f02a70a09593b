"""The demo's DIK (Daftar Informasi yang Dikecualikan): a few exemptions made through the register's services.

Each entry is drafted by the PPID Pembantu of its agency where the demo has one (otherwise the PPID Utama),
then put in force through its signed determination letter (drafted and signed by the PPID Utama, the
demo's signatory of `penetapan_dik`: pintu.letters.demo, loaded before the year); one stays a draft and
one is lifted, so the register shows each state.
Idempotent: an entry whose document title is already in the agency's DIK is skipped.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from pintu.accounts.models import RoleAssignment
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.demo.ppid_requests import demo_test
from pintu.letters.authority import expected_authority
from pintu.ppid.registers.models import DikItem
from pintu.ppid.registers.services.determination import KIND, put_in_force
from pintu.ppid.registers.services.dik import draft_dik_item, lift_dik_item, seed_in_force

#: (agency code, information, document, letter of art. 17, consequence, public interest, years, what happens)
ENTRIES = (
    (
        "PUPR",
        "Rincian harga perkiraan sendiri (HPS) paket pekerjaan jalan yang belum ditenderkan",
        "Dokumen HPS paket pekerjaan jalan tahun berjalan",
        "b",
        "Calon penyedia dapat mengatur penawaran sehingga persaingan usaha tidak sehat dan negara dirugikan.",
        "Kepentingan publik atas harga yang wajar lebih terlindungi bila HPS dibuka setelah tender selesai.",
        1,
        "decide",
    ),
    (
        "DINKES",
        "Rekam medis dan data kesehatan pribadi pasien puskesmas dan RSUD",
        "Rekam medis pasien",
        "h",
        "Membuka rekam medis mengungkap rahasia pribadi pasien dan melanggar hak atas kesehatan.",
        "Statistik kesehatan yang dianonimkan tetap dibuka sebagai informasi berkala.",
        5,
        "decide",
    ),
    (
        "INSPEKTORAT",
        "Laporan hasil pemeriksaan atas pengaduan yang masih ditindaklanjuti aparat penegak hukum",
        "Laporan hasil pemeriksaan khusus (LHP) pengaduan",
        "a",
        "Membuka LHP sebelum proses hukum selesai dapat menghambat penyidikan dan menghilangkan barang bukti.",
        "Ringkasan tindak lanjut dibuka setelah perkara berkekuatan hukum tetap.",
        2,
        "decide",
    ),
    (
        "DISDUKCAPIL",
        "Data kependudukan perseorangan (NIK, KK, alamat, riwayat perkawinan)",
        "Basis data kependudukan dan dokumen pendukungnya",
        "h",
        "Data pribadi dapat disalahgunakan untuk penipuan dan pinjaman daring ilegal.",
        "Data agregat kependudukan per kecamatan tetap dibuka.",
        5,
        "decide",
    ),
    (
        "BKPSDM",
        "Berkas penilaian kinerja dan hukuman disiplin aparatur sipil negara perorangan",
        "Berkas kepegawaian perorangan",
        "h",
        "Mengungkap rahasia pribadi pegawai dan dapat merusak nama baik sebelum keputusan final.",
        "Jumlah pegawai yang dijatuhi hukuman disiplin per tahun dibuka.",
        3,
        "decide",
    ),
    (
        "BPKAD",
        "Nomor rekening dan saldo rekening kas daerah beserta kode akses perbankan",
        "Spesimen dan data akses rekening kas umum daerah",
        "e",
        "Membuka data akses rekening dapat membahayakan keamanan keuangan daerah.",
        "Laporan realisasi anggaran tetap diumumkan secara berkala.",
        2,
        "draft",
    ),
    (
        "SATPOLPP",
        "Rencana operasi penertiban yang belum dilaksanakan",
        "Surat perintah dan rencana operasi penertiban",
        "a",
        "Operasi yang diketahui lebih dahulu tidak efektif dan dapat membahayakan petugas.",
        "Hasil operasi diumumkan setelah pelaksanaan.",
        1,
        "lift",
    ),
)


def _users() -> tuple[dict[int, object], object | None]:
    held = RoleAssignment.objects.filter(active=True).select_related("user")
    pembantu = {a.agency_id: a.user for a in held if a.role == Role.PPID_PEMBANTU}
    utama = next((a.user for a in held if a.role == Role.PPID_UTAMA), None)
    return pembantu, utama


def _in_force(utama, item: DikItem, today, at=None) -> DikItem:
    """Through its signed determination letter (the letters' demo signatory: the PPID Utama, with its demo-CA
    certificate: `load_demo` loads them before the year). When it cannot be signed here (the tests' small
    `demo` fixture has signatories but no certificates), the seeding path `seed_in_force` records the
    decision without a letter instead; nothing else outside tests uses that path."""
    if expected_authority(KIND, item.agency) is not None:
        try:
            with transaction.atomic():  # a failed signature leaves no draft behind
                tested = timezone.localdate(at) - timedelta(days=3) if at else today - timedelta(days=30)
                return put_in_force(utama, utama, item, demo_test(tested), at=at)
        except ValidationError:
            pass
    return seed_in_force(utama, item, "Kepala Dinas Komunikasi dan Informatika selaku PPID Utama",
                         timezone.localdate(at) if at else today - timedelta(days=30))  # fmt: skip


def load_dik_entries(decided_at=None) -> int:
    """The demo's DIK; `decided_at`: when the entries in force were determined (the year's refusals cite them,
    so the generated year puts them before its first day; default: today)."""
    pembantu, utama = _users()
    if utama is None:
        return 0  # `load_demo --no-users`: no PPID to keep the register
    agencies = {a.code: a for a in Agency.objects.filter(code__in=[e[0] for e in ENTRIES], active=True)}
    today = timezone.localdate()
    made = 0
    for code, information, document, letter, consequence, interest, years, fate in ENTRIES:
        agency = agencies.get(code)
        if agency is None or DikItem.objects.filter(agency=agency, document=document).exists():
            continue
        item = draft_dik_item(
            pembantu.get(agency.pk, utama), agency, information=information, document=document,
            legal_basis=letter, consequence=consequence, public_interest=interest,
            exempt_until=today + timedelta(days=365 * years),
        )  # fmt: skip
        if fate in ("decide", "lift"):
            item = _in_force(utama, item, today, decided_at)
        if fate == "lift":
            lift_dik_item(utama, item, "Operasi sudah dilaksanakan; rencana tidak lagi perlu dikecualikan.")
        made += 1
    return made
