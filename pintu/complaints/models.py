"""SP4N-LAPOR! reports (laporan) and what hangs on them.

Personal data of the reporter lives in ReporterContact, a separate table that only
`pintu.complaints.identity` reads, so no list, page or API of reports can leak it by accident.
The status column is kept in step with the history events by pintu.complaints.services.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.cases.contact import CaseContact
from pintu.cases.filed import FiledCase
from pintu.complaints.workflow import Status
from pintu.modelkit import SingletonSettings
from pintu.privacy.crypto import blind_index
from pintu.privacy.fields import EncryptedTextField


class ReportKind(models.TextChoices):
    PENGADUAN = "pengaduan", _("Pengaduan")
    ASPIRASI = "aspirasi", _("Aspirasi")
    PERMINTAAN_INFORMASI = "permintaan_informasi", _("Permintaan informasi")


class Privacy(models.TextChoices):
    """DEPRECATED (issue #15): the old single privacy choice. A report carries two independent flags,
    `anonim` and `rahasia`; an old value is still accepted on input for one release (`privacy_flags`)."""

    BIASA = "biasa", _("Biasa")
    ANONIM = "anonim", _("Anonim")
    RAHASIA = "rahasia", _("Rahasia")


def privacy_flags(value: str) -> tuple[bool, bool]:
    """(anonim, rahasia) of an old privacy value; ValueError for anything else."""
    if value not in Privacy.values:
        raise ValueError(value)
    return value == Privacy.ANONIM, value == Privacy.RAHASIA


def privacy_label(anonim: bool, rahasia: bool) -> str:
    if anonim and rahasia:
        return str(_("Anonim dan rahasia"))
    return str(_("Anonim") if anonim else _("Rahasia") if rahasia else _("Biasa"))


ANONIM_HELP = _("Identitas pelapor disembunyikan dari semua petugas kecuali admin instansi.")
RAHASIA_HELP = _("Laporan tidak tampil kepada publik; hanya pelapor dan petugas yang menanganinya yang melihatnya.")


class Channel(models.TextChoices):
    WEB = "web", _("Situs web")
    WALK_IN = "walk_in", _("Datang langsung")
    PHONE = "phone", _("Telepon")
    LETTER = "letter", _("Surat")
    EMAIL = "email", _("E-mail")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")
    API = "api", _("API")
    LAPOR = "lapor", _("SP4N-LAPOR! nasional")


class ArchiveKind(models.TextChoices):
    SPAM = "spam", _("Spam atau tidak pantas")
    VAGUE = "vague", _("Tidak jelas, tidak dapat ditindaklanjuti")
    OUT_OF_SCOPE = "out_of_scope", _("Di luar lingkup layanan")
    DUPLICATE = "duplicate", _("Duplikat laporan lain")
    SPLIT = "split", _("Dipecah menjadi beberapa laporan")
    OTHER = "other", _("Lainnya")


STATUS_LABELS = {
    Status.DITERIMA: _("Diterima"),
    Status.TERVERIFIKASI: _("Terverifikasi"),
    Status.DIDISPOSISIKAN: _("Didisposisikan"),
    Status.DIPROSES: _("Diproses"),
    Status.PERLU_INFO: _("Menunggu informasi pelapor"),
    Status.DITINDAKLANJUTI: _("Ditindaklanjuti"),
    Status.SELESAI: _("Selesai"),
    Status.DILIMPAHKAN: _("Dilimpahkan ke instansi lain"),
    Status.DITUNDA: _("Ditunda"),
    Status.DIARSIPKAN: _("Diarsipkan"),
    Status.DIBUKA_KEMBALI: _("Dibuka kembali"),
}
STATUS_CHOICES = [(status.value, label) for status, label in STATUS_LABELS.items()]


CALENDAR_DAYS_HELP = _(
    "Centang hanya bila peraturan daerah menetapkan tenggat ini dalam hari kalender. Tenggat yang jatuh pada hari "
    "libur bergeser ke hari kerja berikutnya."
)
CATEGORY_CALENDAR_DAYS_HELP = _("Kosong: mengikuti aturan tenggat pengaduan.")


class ComplaintSettings(SingletonSettings):
    """Default clocks in working days (DOMAIN.md section 3); per-category overrides in CategoryClock."""

    verify_days = models.PositiveSmallIntegerField(_("verifikasi dan disposisi"), default=3)
    first_response_days = models.PositiveSmallIntegerField(_("tindak lanjut pertama OPD"), default=5)
    resolve_days = models.PositiveSmallIntegerField(_("penyelesaian, sederhana"), default=14)
    resolve_days_complex = models.PositiveSmallIntegerField(
        _("penyelesaian, perlu cek lapangan atau berkadar pengawasan"), default=60
    )
    autoclose_days = models.PositiveSmallIntegerField(_("tutup otomatis tanpa tanggapan"), default=10)
    bounce_flag_after = models.PositiveSmallIntegerField(
        _("tandai bila dikembalikan lebih dari"), default=2, help_text=_("kali")
    )
    verify_calendar_days = models.BooleanField(
        _("verifikasi dan disposisi dihitung hari kalender"), default=False, help_text=CALENDAR_DAYS_HELP
    )
    first_response_calendar_days = models.BooleanField(
        _("tindak lanjut pertama dihitung hari kalender"), default=False, help_text=CALENDAR_DAYS_HELP
    )
    resolve_calendar_days = models.BooleanField(
        _("penyelesaian dihitung hari kalender"), default=False, help_text=CALENDAR_DAYS_HELP
    )
    autoclose_calendar_days = models.BooleanField(
        _("tutup otomatis dihitung hari kalender"), default=False, help_text=CALENDAR_DAYS_HELP
    )
    reopen_window_days = models.PositiveSmallIntegerField(
        _("batas waktu buka kembali sesudah ditutup"),
        default=30,
        help_text=_("Hari kerja (atau hari kalender, bila dicentang di bawah) sesudah laporan ditutup; sesudahnya "
                    "pelapor menyampaikan laporan baru. 0: tanpa batas."),
    )  # fmt: skip
    reopen_window_calendar_days = models.BooleanField(
        _("batas waktu buka kembali dihitung hari kalender"), default=False, help_text=CALENDAR_DAYS_HELP
    )

    class Meta:
        verbose_name = _("aturan tenggat pengaduan")
        verbose_name_plural = _("aturan tenggat pengaduan")

    def __str__(self) -> str:
        return str(_("Aturan tenggat pengaduan"))


class CategoryClock(models.Model):
    """Clock overrides for one category; empty fields use ComplaintSettings."""

    category = models.OneToOneField("categories.Category", on_delete=models.CASCADE, related_name="clock")
    verify_days = models.PositiveSmallIntegerField(_("verifikasi dan disposisi"), null=True, blank=True)
    first_response_days = models.PositiveSmallIntegerField(_("tindak lanjut pertama OPD"), null=True, blank=True)
    resolve_days = models.PositiveSmallIntegerField(_("penyelesaian"), null=True, blank=True)
    autoclose_days = models.PositiveSmallIntegerField(_("tutup otomatis"), null=True, blank=True)
    verify_calendar_days = models.BooleanField(
        _("verifikasi dihitung hari kalender"), null=True, blank=True, help_text=CATEGORY_CALENDAR_DAYS_HELP
    )
    first_response_calendar_days = models.BooleanField(
        _("tindak lanjut pertama dihitung hari kalender"), null=True, blank=True, help_text=CATEGORY_CALENDAR_DAYS_HELP
    )
    resolve_calendar_days = models.BooleanField(
        _("penyelesaian dihitung hari kalender"), null=True, blank=True, help_text=CATEGORY_CALENDAR_DAYS_HELP
    )
    autoclose_calendar_days = models.BooleanField(
        _("tutup otomatis dihitung hari kalender"), null=True, blank=True, help_text=CATEGORY_CALENDAR_DAYS_HELP
    )

    class Meta:
        verbose_name = _("tenggat per kategori")
        verbose_name_plural = _("tenggat per kategori")

    def __str__(self) -> str:
        return str(self.category)


class Report(FiledCase):
    """Secret hash, idempotency key, status_changed_at, closed_at, created_by: pintu.cases.filed.FiledCase."""

    code = models.CharField(_("kode lacak"), max_length=20, unique=True)

    kind = models.CharField(_("jenis"), max_length=24, choices=ReportKind.choices, default=ReportKind.PENGADUAN)
    title = models.CharField(_("judul"), max_length=150)
    text = models.TextField(_("isi laporan"))
    #: What the public reads (issue #15 item 2): title and text with personal data replaced by markers
    #: (pintu.textnorm.redaction) at intake, reviewed and possibly edited by the admin instansi at verification.
    #: Every public page, API, Open311 document, feed, sitemap and the search index read only these.
    public_title = models.CharField(_("judul publik"), max_length=200, blank=True)
    public_text = models.TextField(_("isi laporan publik"), blank=True)
    category = models.ForeignKey(
        "categories.Category", verbose_name=_("kategori"), null=True, blank=True, on_delete=models.PROTECT
    )
    kecamatan = models.ForeignKey(
        "agencies.Area", verbose_name=_("kecamatan"), on_delete=models.PROTECT, related_name="+"
    )
    desa = models.ForeignKey(
        "agencies.Area",
        verbose_name=_("desa/kelurahan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    latitude = models.DecimalField(_("lintang"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("bujur"), max_digits=9, decimal_places=6, null=True, blank=True)
    incident_date = models.DateField(_("tanggal kejadian"), null=True, blank=True)
    #: Two independent flags (issue #15), as in LAPOR!: neither is "biasa".
    anonim = models.BooleanField(_("anonim"), default=False, help_text=ANONIM_HELP)
    rahasia = models.BooleanField(_("rahasia"), default=False, help_text=RAHASIA_HELP)
    channel = models.CharField(_("saluran"), max_length=12, choices=Channel.choices, default=Channel.WEB)
    language = models.CharField(_("bahasa pelapor"), max_length=5, default="id")

    status = models.CharField(_("status"), max_length=20, choices=STATUS_CHOICES, default=Status.DITERIMA)
    assigned_agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("OPD penanggung jawab"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assigned_reports",
    )
    forwarded_to = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("dilimpahkan ke"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="forwarded_reports",
    )
    berkadar_pengawasan = models.BooleanField(_("berkadar pengawasan"), default=False)
    bounce_count = models.PositiveSmallIntegerField(_("jumlah dikembalikan"), default=0)
    bounce_flagged = models.BooleanField(_("ditandai: bolak-balik"), default=False)
    archive_kind = models.CharField(_("alasan arsip"), max_length=20, choices=ArchiveKind.choices, blank=True)
    master = models.ForeignKey(
        "self",
        verbose_name=_("laporan induk (duplikat dari)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="duplicates",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("dipecah dari"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    submitted_at = models.DateTimeField(_("diterima pada"))
    verified_at = models.DateTimeField(null=True, blank=True)
    dispositioned_at = models.DateTimeField(null=True, blank=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    last_follow_up_at = models.DateTimeField(null=True, blank=True)
    last_reply_at = models.DateTimeField(null=True, blank=True)
    paused_since = models.DateTimeField(null=True, blank=True)
    # Stored due dates (recomputed when the calendar changes); None when the clock does not run.
    verify_due = models.DateField(null=True, blank=True)
    first_response_due = models.DateField(null=True, blank=True)
    resolve_due = models.DateField(null=True, blank=True)
    autoclose_due = models.DateField(null=True, blank=True)

    rating = models.PositiveSmallIntegerField(_("penilaian"), null=True, blank=True)
    rating_comment = models.TextField(_("komentar penilaian"), blank=True)
    rated_at = models.DateTimeField(null=True, blank=True)

    reporter_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="reports"
    )
    search_text = models.TextField(blank=True, editable=False)

    class Meta:
        verbose_name = _("laporan")
        verbose_name_plural = _("laporan")
        ordering = ["-submitted_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "-submitted_at"], name="report_status_idx"),
            models.Index(fields=["assigned_agency", "status"], name="report_agency_idx"),
            models.Index(fields=["rahasia", "status", "-submitted_at"], name="report_public_idx"),
            models.Index(fields=["kecamatan", "status"], name="report_area_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS.get(Status(self.status), self.status))

    @property
    def privacy_label(self) -> str:
        return privacy_label(self.anonim, self.rahasia)

    @property
    def is_closed(self) -> bool:
        return self.status in (Status.SELESAI, Status.DIARSIPKAN)


class ReporterContact(CaseContact):
    """Who sent a report. Read only through pintu.complaints.identity (privacy at the data layer).

    E-mail, phone, consent and the WhatsApp/SMS consent: pintu.cases.contact.CaseContact."""

    report = models.OneToOneField(Report, on_delete=models.CASCADE, related_name="contact")
    name = models.CharField(_("nama"), max_length=150, blank=True)
    nik = EncryptedTextField(_("NIK"), blank=True)
    nik_index = models.CharField(max_length=64, blank=True, db_index=True)

    class Meta:
        verbose_name = _("kontak pelapor")
        verbose_name_plural = _("kontak pelapor")

    def __str__(self) -> str:
        return f"contact of report {self.report_id}"


class Attachment(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="attachments")
    event = models.ForeignKey("history.Event", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    file = models.FileField(upload_to="reports/%Y/%m/")
    original_name = models.CharField(max_length=150)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    visibility = models.CharField(max_length=10, default="reporter")  # history.Visibility
    uploaded_by_reporter = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.original_name


class Pause(models.Model):
    """A span in which the clock stood still (perlu_info until the reporter replied)."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="pauses")
    started_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["started_at"]

    def __str__(self) -> str:
        return f"pause {self.started_at:%Y-%m-%d} - {self.ended_at or '...'}"


class Forwarding(models.Model):
    """A report passed to an instansi outside the Pemkab ("bukan wewenang")."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="forwardings")
    agency = models.ForeignKey("agencies.Agency", on_delete=models.PROTECT, related_name="+")
    channel = models.CharField(_("saluran pelimpahan"), max_length=40)
    reference = models.CharField(_("nomor/rujukan"), max_length=120, blank=True)
    follow_up_date = models.DateField(_("tanggal tindak lanjut"))
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.report_id} -> {self.agency_id}"


class Follower(models.Model):
    """Someone who receives a report's updates besides its reporter (e.g. reporters of merged duplicates)."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="followers")
    from_report = models.ForeignKey(Report, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["report", "from_report"], name="follower_unique_report"),
        ]

    def __str__(self) -> str:
        return f"follower of {self.report_id}"


class Watcher(models.Model):
    """ "Saya juga mengalami ini": someone who follows a public report's updates by e-mail or phone.

    The address is personal data: stored encrypted, found by its blind index (one row per address and
    report), never shown to anyone; handlers see only how many confirmed watchers a report has. A row is
    confirmed by a one-time code sent to the address (pintu.complaints.watchers) and deleted on unfollowing.
    """

    EMAIL, PHONE = "email", "phone"

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="watchers")
    kind = models.CharField(_("jenis kontak"), max_length=5, choices=[(EMAIL, _("E-mail")), (PHONE, _("Nomor HP"))])
    contact = EncryptedTextField(_("kontak"))
    contact_index = models.CharField(max_length=64, db_index=True)  # blind index of the normalised address
    language = models.CharField(max_length=8, default="id")
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(_("dikonfirmasi"), null=True, blank=True)

    class Meta:
        verbose_name = _("pengikut laporan")
        verbose_name_plural = _("pengikut laporan")
        constraints = [
            models.UniqueConstraint(fields=["report", "contact_index"], name="watcher_one_per_address"),
        ]

    def __str__(self) -> str:
        return f"watcher {self.pk} of report {self.report_id}"

    def save(self, *args, **kwargs):
        self.contact_index = blind_index(self.contact)
        super().save(*args, **kwargs)


class Escalation(models.Model):
    """One overdue breach of one clock, notified once (unique), whatever the sweep does."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="escalations")
    clock = models.CharField(max_length=20)
    due = models.DateField()
    notified_at = models.DateTimeField(auto_now_add=True)
    recipients = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["report", "clock", "due"], name="escalation_once")]

    def __str__(self) -> str:
        return f"{self.report_id} {self.clock} {self.due}"
