"""What the region configures and records for personal data (UU 27/2022), edited by the system admin.

* `PrivacySettings` (one row): the controller (Pemkab and unit) and the Pejabat/Petugas Pelindungan Data
  Pribadi with a contact, named on /privasi/ (Pasal 53), and the authority a breach is reported to;
* `RecordType`: the archive retention schedule (JRA, UU 43/2009) per record type: active and inactive
  years, then what happens (anonymise, keeping statistics), and whether the person's data is part of
  the archive (an erasure request within the period then becomes a restriction);
* `Restriction`: a case whose erasure was asked while the law still needs it: hidden and unused until
  `until`, then erased by the retention sweep (pintu.mydata.restriction);
* `Breach` (pintu.mydata.models_breach): the breach register with the 3 x 24 hour clock.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from pintu.modelkit import SingletonSettings
from pintu.mydata.models_breach import Breach

__all__ = ["Breach", "PrivacySettings", "RecordKind", "RecordType", "Restriction", "RestrictionReason"]


class OfficerTitle(models.TextChoices):
    PEJABAT = "pejabat", _("Pejabat Pelindungan Data Pribadi")
    PETUGAS = "petugas", _("Petugas Pelindungan Data Pribadi")


class PrivacySettings(SingletonSettings):
    """The controller and the data-protection officer (one row)."""

    controller = models.CharField(
        _("pengendali data pribadi"), max_length=200, default="Pemerintah Kabupaten",
        help_text=_("Badan publik yang menentukan tujuan pemrosesan, misalnya Pemerintah Kabupaten Ogan Ilir."),
    )  # fmt: skip
    controller_unit = models.CharField(
        _("unit pelaksana"), max_length=200, blank=True,
        help_text=_("Perangkat daerah yang mengelola layanan ini, misalnya Dinas Komunikasi dan Informatika."),
    )  # fmt: skip
    controller_agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("perangkat daerah pengelola"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Kop dan penomoran surat pemberitahuan kegagalan pelindungan data mengikuti perangkat daerah ini."),
    )  # fmt: skip
    controller_address = models.TextField(_("alamat pengendali"), blank=True)
    officer_title = models.CharField(
        _("sebutan"), max_length=10, choices=OfficerTitle.choices, default=OfficerTitle.PEJABAT
    )
    officer_name = models.CharField(_("nama pejabat/petugas"), max_length=150, blank=True)
    officer_post = models.CharField(_("jabatan"), max_length=200, blank=True)
    officer_email = models.EmailField(_("e-mail"), blank=True)
    officer_phone = models.CharField(_("telepon"), max_length=40, blank=True)
    authority_name = models.CharField(
        _("lembaga pelindungan data pribadi"), max_length=250,
        default="Lembaga Pelindungan Data Pribadi (selama belum terbentuk: Kementerian Komunikasi dan Digital)",
        help_text=_("Penerima pemberitahuan kegagalan pelindungan data pribadi (UU 27/2022 Pasal 46 ayat (1) "
                    "huruf b)."),
    )  # fmt: skip
    authority_address = models.TextField(_("alamat lembaga"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("pengendali dan pejabat pelindungan data pribadi")
        verbose_name_plural = _("pengendali dan pejabat pelindungan data pribadi")

    def __str__(self) -> str:
        return str(_("Pengendali dan pejabat pelindungan data pribadi"))

    @property
    def officer_named(self) -> bool:
        return bool(self.officer_name and (self.officer_email or self.officer_phone))


class RecordKind(models.TextChoices):
    REPORT = "report", _("Laporan pengaduan (SP4N-LAPOR!)")
    REQUEST = "info_request", _("Permohonan informasi publik")
    OBJECTION = "objection", _("Keberatan dan sengketa informasi")
    IDENTITY_FILE = "identity_file", _("Dokumen identitas pemohon (KTP, surat kuasa)")


class AfterRetention(models.TextChoices):
    ANONYMISE = "anonymise", _("Anonimkan data pribadi; statistik tetap")
    DELETE_FILES = "delete_files", _("Hapus berkasnya")


class RecordType(models.Model):
    """One line of the region's archive retention schedule (Jadwal Retensi Arsip, UU 43/2009)."""

    kind = models.CharField(_("jenis arsip"), max_length=20, choices=RecordKind.choices, unique=True)
    classification_code = models.CharField(
        _("kode klasifikasi"), max_length=30, blank=True, help_text=_("Kode klasifikasi arsip menurut JRA daerah.")
    )
    active_years = models.PositiveSmallIntegerField(_("retensi aktif (tahun)"), default=1)
    inactive_years = models.PositiveSmallIntegerField(_("retensi inaktif (tahun)"), default=4)
    after = models.CharField(
        _("sesudah masa retensi"), max_length=20, choices=AfterRetention.choices, default=AfterRetention.ANONYMISE
    )
    personal_data_archived = models.BooleanField(
        _("identitas termasuk arsip"), default=True,
        help_text=_("Bila dicentang, permintaan penghapusan selama masa retensi menjadi pembatasan: kasus "
                    "disembunyikan dan tidak dipakai, lalu dihapus sesudah masa retensi berakhir."),
    )  # fmt: skip
    reference = models.CharField(
        _("dasar penetapan"), max_length=250, blank=True, help_text=_("Misalnya nomor Peraturan Bupati tentang JRA.")
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("jadwal retensi arsip")
        verbose_name_plural = _("jadwal retensi arsip (JRA)")
        ordering = ["kind"]

    def __str__(self) -> str:
        return self.get_kind_display()

    @property
    def retention_years(self) -> int:
        return self.active_years + self.inactive_years


class RestrictionReason(models.TextChoices):
    OPEN_PROCEEDING = "open_proceeding", _("Proses permohonan, keberatan atau sengketa masih berjalan")
    ARCHIVE = "archive", _("Masih dalam masa retensi arsip")


class Restriction(models.Model):
    """Processing of one case restricted instead of erased, until the duty to keep it ends."""

    case_type = models.CharField(_("jenis kasus"), max_length=40)
    case_id = models.PositiveBigIntegerField(_("nomor kasus"))
    reference = models.CharField(_("nomor/kode kasus"), max_length=40)
    record_type = models.ForeignKey(RecordType, verbose_name=_("jenis arsip"), on_delete=models.PROTECT)
    reason = models.CharField(_("alasan"), max_length=20, choices=RestrictionReason.choices)
    requested_at = models.DateTimeField(_("penghapusan diminta"))
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    until = models.DateField(_("dibatasi sampai"))
    completed_at = models.DateTimeField(_("penghapusan diselesaikan"), null=True, blank=True)

    class Meta:
        verbose_name = _("pembatasan pemrosesan")
        verbose_name_plural = _("pembatasan pemrosesan")
        ordering = ["until", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["case_type", "case_id"], condition=Q(completed_at__isnull=True), name="one_active_restriction"
            )
        ]
        indexes = [models.Index(fields=["case_type", "completed_at", "case_id"], name="restriction_active_idx")]

    def __str__(self) -> str:
        return f"{self.reference} ({self.get_reason_display()})"

    @property
    def active(self) -> bool:
        return self.completed_at is None
