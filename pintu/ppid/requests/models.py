"""Information requests (permohonan informasi) and what hangs on them.

Personal data of the requester lives in RequesterIdentity, a separate table read for display only by
pintu.ppid.requests.identity; its identity document and proxy letter are stored encrypted. Rows
change only through pintu.ppid.requests.services; `status` follows pintu.ppid.requests.workflow.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.cases.contact import CaseContact
from pintu.cases.filed import FiledCase
from pintu.ppid.counters import YearCounter
from pintu.ppid.exemptions import Article17
from pintu.ppid.registers.models import FormKind
from pintu.ppid.requests.workflow import Decision, Status
from pintu.ppid.stored_files import StoredFile
from pintu.privacy.fields import EncryptedTextField

__all__ = [
    "DECISION_CHOICES",
    "STATUS_CHOICES",
    "DeliveryMethod",
    "InformationRequest",
    "HeldForm",
    "ObtainMethod",
    "RequestChannel",
    "RequestCounter",
    "RequestDocument",
    "RequesterIdentity",
    "RequesterKind",
]

STATUS_LABELS = {
    Status.DITERIMA: _("Diterima"),
    Status.PERLU_DILENGKAPI: _("Perlu dilengkapi"),
    Status.DIPROSES: _("Diproses"),
    Status.DIPERPANJANG: _("Diperpanjang"),
    Status.DIPUTUSKAN: _("Diputuskan"),
    Status.DIALIHKAN: _("Dialihkan ke badan publik lain"),
    Status.SELESAI: _("Selesai"),
}
STATUS_CHOICES = [(s.value, label) for s, label in STATUS_LABELS.items()]

DECISION_LABELS = {
    Decision.GRANTED_WHOLE: _("Diterima seluruhnya"),
    Decision.GRANTED_PART: _("Diterima sebagian"),
    Decision.REFUSED: _("Ditolak"),
    Decision.NOT_HELD: _("Informasi tidak dikuasai"),
    Decision.FORWARDED: _("Dialihkan ke badan publik yang menguasai"),
    Decision.NOT_DOCUMENTED: _("Informasi belum didokumentasikan"),
}
DECISION_CHOICES = [(d.value, label) for d, label in DECISION_LABELS.items()]


class RequestChannel(models.TextChoices):
    """The "type of request" of the register (Perki 1/2021): in person, letter, e-mail, web, phone."""

    WEB = "web", _("Situs web")
    WALK_IN = "walk_in", _("Datang langsung")
    ORAL = "oral", _("Telepon / lisan")
    LETTER = "letter", _("Surat")
    EMAIL = "email", _("E-mail")


#: The form in which the public body holds the information (the register's column, not the requested form):
#: the forms of the DIP register's "bentuk informasi".
HeldForm = FormKind


class RequesterKind(models.TextChoices):
    PERORANGAN = "perorangan", _("Perorangan")
    BADAN_HUKUM = "badan_hukum", _("Badan hukum")
    KELOMPOK = "kelompok", _("Kelompok orang")


class ObtainMethod(models.TextChoices):
    VIEW = "view", _("Melihat, membaca, mendengarkan, atau mencatat")
    SOFT = "soft", _("Mendapatkan salinan softcopy")
    HARD = "hard", _("Mendapatkan salinan hardcopy")
    BOTH = "both", _("Mendapatkan salinan softcopy dan hardcopy")


class DeliveryMethod(models.TextChoices):
    PICK_UP = "pick_up", _("Mengambil langsung")
    COURIER = "courier", _("Kurir")
    POST = "post", _("Pos")
    FAX = "fax", _("Faksimili")
    EMAIL = "email", _("E-mail")


class NoticeDelivery(models.TextChoices):
    """How the written notice reached the requester (the objection window counts from its receipt)."""

    ONLINE = "online", _("Daring (halaman lacak / e-mail)")
    IN_PERSON = "in_person", _("Diserahkan langsung")
    POST = "post", _("Pos / kurir")
    FAX = "fax", _("Faksimili")


class RequestCounter(YearCounter):
    """The last nomor pendaftaran of a year (pintu.ppid.counters.take_next)."""

    class Meta:
        verbose_name = _("penghitung nomor permohonan")


class InformationRequest(FiledCase):
    """Secret hash, idempotency key, status_changed_at, closed_at, created_by: pintu.cases.filed.FiledCase."""

    number = models.CharField(_("nomor pendaftaran"), max_length=24, unique=True)

    channel = models.CharField(_("saluran"), max_length=10, choices=RequestChannel.choices, default=RequestChannel.WEB)
    requester_kind = models.CharField(
        _("jenis pemohon"), max_length=12, choices=RequesterKind.choices, default=RequesterKind.PERORANGAN
    )
    information = models.TextField(_("rincian informasi yang dibutuhkan"))
    purpose = models.TextField(_("tujuan penggunaan informasi"))
    obtain_method = models.CharField(_("cara memperoleh informasi"), max_length=6, choices=ObtainMethod.choices)
    delivery_method = models.CharField(
        _("cara mendapatkan salinan"), max_length=8, choices=DeliveryMethod.choices, blank=True
    )
    language = models.CharField(_("bahasa pemohon"), max_length=5, default="id")

    status = models.CharField(_("status"), max_length=20, choices=STATUS_CHOICES, default=Status.DITERIMA)
    assigned_agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("PPID Pembantu (instansi)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="info_requests",
    )

    received_at = models.DateTimeField(_("diterima pada"))
    complete_at = models.DateTimeField(_("lengkap pada"), null=True, blank=True)
    due_date = models.DateField(_("batas waktu pemberitahuan"), null=True, blank=True, db_index=True)
    extended = models.BooleanField(_("diperpanjang"), default=False)
    extension_reason = models.TextField(_("alasan perpanjangan"), blank=True)
    extension_days = models.PositiveSmallIntegerField(_("lama perpanjangan (hari kerja)"), null=True, blank=True)
    extended_at = models.DateTimeField(null=True, blank=True)
    extended_due = models.DateField(_("batas waktu sesudah perpanjangan"), null=True, blank=True)

    decision = models.CharField(_("keputusan"), max_length=16, choices=DECISION_CHOICES, blank=True)
    decided_at = models.DateTimeField(_("tanggal pemberitahuan"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    notice_number = models.CharField(_("nomor surat pemberitahuan"), max_length=80, blank=True)
    #: The signed letter of the decision (pintu.letters); the requester receives exactly its PDF.
    notice_letter = models.ForeignKey("letters.Letter", verbose_name=_("surat pemberitahuan bertanda tangan"),
                                      null=True, blank=True, on_delete=models.PROTECT, related_name="+")  # fmt: skip
    #: The draft letter awaiting the signatory's approval, and what takes effect when it is signed
    #: (pintu.ppid.requests.decisions): nothing of it reaches the requester before.
    pending_letter = models.ForeignKey("letters.Letter", verbose_name=_("draf surat menunggu persetujuan"),
                                       null=True, blank=True, on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    pending_values = models.JSONField(_("isi keputusan menunggu tanda tangan"), default=dict, blank=True)
    notice_delivery = models.CharField(_("cara penyampaian pemberitahuan"), max_length=10,
                                       choices=NoticeDelivery.choices, blank=True)  # fmt: skip
    notice_received_on = models.DateField(
        _("tanggal pemberitahuan diterima pemohon"), null=True, blank=True,
        help_text=_("Batas 30 hari kerja pengajuan keberatan dihitung dari tanggal ini."),
    )  # fmt: skip
    notice_receipt_recorded = models.BooleanField(_("tanggal terima dicatat petugas"), default=False)
    refusal_article = models.CharField(
        _("dasar pengecualian (Pasal 17)"), max_length=1, choices=Article17.choices, blank=True
    )
    refusal_dik = models.ForeignKey(
        "ppid.DikItem",
        verbose_name=_("DIK yang dirujuk"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    consequence_test = models.TextField(_("uji konsekuensi"), blank=True)
    holder_name = models.CharField(_("badan publik yang menguasai informasi"), max_length=255, blank=True)
    holder_agency = models.ForeignKey(
        "agencies.Agency",
        verbose_name=_("instansi yang menguasai"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    material = models.TextField(_("materi informasi yang diberikan"), blank=True)
    held_form = models.CharField(_("bentuk informasi yang dikuasai"), max_length=4, choices=HeldForm.choices,
                                 blank=True)  # fmt: skip
    documented_by = models.DateField(_("akan didokumentasikan paling lambat"), null=True, blank=True)
    payment_method = models.CharField(_("cara pembayaran"), max_length=200, blank=True)
    fee = models.DecimalField(_("biaya"), max_digits=12, decimal_places=2, default=0)
    fee_note = models.CharField(_("rincian biaya"), max_length=255, blank=True)
    fee_paid = models.BooleanField(_("biaya dibayar"), default=False)
    blacked_out_note = models.TextField(_("bagian yang dihitamkan dan alasannya"), blank=True)
    provide_within = models.CharField(_("waktu penyediaan informasi"), max_length=150, blank=True)

    delivered_at = models.DateTimeField(_("diserahkan pada"), null=True, blank=True)
    close_reason = models.TextField(_("alasan penutupan"), blank=True)

    source_report = models.ForeignKey(
        "complaints.Report",
        verbose_name=_("berasal dari laporan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    converted_report = models.ForeignKey(
        "complaints.Report",
        verbose_name=_("dialihkan menjadi laporan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    requester_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="info_requests"
    )

    class Meta:
        verbose_name = _("permohonan informasi")
        verbose_name_plural = _("permohonan informasi")
        ordering = ["-received_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "due_date"], name="ppid_request_status_idx"),
            models.Index(fields=["assigned_agency", "status"], name="ppid_request_agency_idx"),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def slug(self) -> str:
        """The number as a URL part: PPID/2026/000123 -> PPID-2026-000123."""
        return self.number.replace("/", "-")

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS.get(Status(self.status), self.status))

    @property
    def decision_label(self) -> str:
        return str(DECISION_LABELS[Decision(self.decision)]) if self.decision else ""

    @property
    def effective_due(self):
        """The deadline in force: the extended one after an extension."""
        return self.extended_due or self.due_date

    @property
    def is_closed(self) -> bool:
        return self.status == Status.SELESAI


def identity_file_path(instance, filename: str) -> str:
    return f"private/ppid/identity/{filename}"


class RequesterIdentity(CaseContact):
    """Who asked. Read for display only through pintu.ppid.requests.identity; files encrypted at rest.

    E-mail, phone, consent and the WhatsApp/SMS consent: pintu.cases.contact.CaseContact."""

    request = models.OneToOneField(InformationRequest, on_delete=models.CASCADE, related_name="identity")
    name = models.CharField(_("nama"), max_length=150)
    address = models.TextField(_("alamat"), blank=True)
    occupation = models.CharField(_("pekerjaan"), max_length=100, blank=True)
    id_number = EncryptedTextField(_("nomor identitas (NIK / nomor SK pengesahan Kemenkumham)"), blank=True)
    id_number_index = models.CharField(max_length=64, blank=True, db_index=True)
    identity_file = models.FileField(upload_to=identity_file_path, blank=True)
    identity_file_name = models.CharField(max_length=150, blank=True)
    identity_file_type = models.CharField(max_length=60, blank=True)
    proxy_file = models.FileField(upload_to=identity_file_path, blank=True)
    proxy_file_name = models.CharField(max_length=150, blank=True)
    proxy_file_type = models.CharField(max_length=60, blank=True)

    class Meta:
        verbose_name = _("identitas pemohon")
        verbose_name_plural = _("identitas pemohon")

    def __str__(self) -> str:
        return f"identity of request {self.request_id}"


def request_document_path(instance, filename: str) -> str:
    return f"private/ppid/requests/{instance.request_id}/{filename}"


class RequestDocument(StoredFile):
    """A file given to the requester: the notice PDF or delivered information. Served by a checked view."""

    request = models.ForeignKey(InformationRequest, on_delete=models.CASCADE, related_name="documents")
    file = models.FileField(upload_to=request_document_path)
    is_notice = models.BooleanField(_("surat pemberitahuan"), default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("dokumen permohonan")
        verbose_name_plural = _("dokumen permohonan")
        ordering = ["uploaded_at", "pk"]
