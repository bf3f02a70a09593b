"""What a Pemkab chooses for its PPID (PpidSettings: one row, edited in the admin). Every slice reads it;
the numbers of the law itself are in domain.py."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.modelkit import SingletonSettings
from pintu.ppid import domain

CALENDAR_DAYS_HELP = _(
    "UU 14/2008 menghitung tenggat ini dalam hari kerja. Centang hanya bila aturan yang berlaku di daerah menetapkan "
    "hari kalender; tenggat yang jatuh pada hari libur bergeser ke hari kerja berikutnya."
)


class PpidSettings(SingletonSettings):
    """What a Pemkab chooses for its PPID (one row, edited in the admin)."""

    berkala_period_months = models.PositiveSmallIntegerField(
        _("periode pembaruan informasi berkala (bulan)"),
        default=domain.DEFAULT_BERKALA_MONTHS,
        help_text=_("UU 14/2008: informasi berkala diumumkan paling singkat setiap enam bulan sekali."),
    )
    berkala_remind_days = models.PositiveSmallIntegerField(
        _("pengingat sebelum jadwal pembaruan (hari)"), default=domain.DEFAULT_REMIND_DAYS
    )
    pembantu_label = models.CharField(
        _("sebutan PPID di OPD"),
        max_length=40,
        default="PPID Pembantu",
        help_text=_("Misalnya PPID Pembantu atau PPID Pelaksana."),
    )
    profile = models.TextField(
        _("profil PPID"), blank=True, help_text=_("Ditampilkan di halaman PPID. Kosongkan untuk teks bawaan.")
    )
    contact = models.TextField(_("alamat dan kontak layanan informasi"), blank=True)
    accessibility_note = models.TextField(
        _("sarana bagi penyandang disabilitas"),
        blank=True,
        help_text=_("Sarana di meja layanan, misalnya jalur kursi roda atau juru bahasa isyarat."),
    )
    request_clock_waits_for_complete = models.BooleanField(
        _("hitungan hari kerja permohonan dimulai saat permohonan lengkap"),
        default=True,
        help_text=_("Bila tidak dicentang, hitungan dimulai saat permohonan diterima, lengkap atau belum."),
    )
    request_calendar_days = models.BooleanField(
        _("pemberitahuan tertulis dan perpanjangannya dihitung hari kalender"),
        default=False,
        help_text=CALENDAR_DAYS_HELP,
    )
    objection_filing_calendar_days = models.BooleanField(
        _("batas pengajuan keberatan dihitung hari kalender"), default=False, help_text=CALENDAR_DAYS_HELP
    )
    objection_answer_calendar_days = models.BooleanField(
        _("tanggapan Atasan PPID dihitung hari kalender"), default=False, help_text=CALENDAR_DAYS_HELP
    )
    dispute_calendar_days = models.BooleanField(
        _("tenggat sengketa di Komisi Informasi dihitung hari kalender"), default=False, help_text=CALENDAR_DAYS_HELP
    )

    post_delivery_days = models.PositiveSmallIntegerField(
        _("perkiraan lama pengiriman pos (hari kerja)"),
        default=domain.DEFAULT_POST_DELIVERY_DAYS,
        help_text=_(
            "Pemberitahuan yang dikirim lewat pos dianggap diterima sekian hari kerja sesudah dikirim, "
            "sampai petugas mencatat tanggal terima sebenarnya; batas keberatan dihitung dari tanggal itu."
        ),
    )

    class Meta:
        verbose_name = _("pengaturan PPID")
        verbose_name_plural = _("pengaturan PPID")

    def __str__(self) -> str:
        return str(_("Pengaturan PPID"))
