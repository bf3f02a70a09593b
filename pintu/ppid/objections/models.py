"""Objections (keberatan) and disputes at the Komisi Informasi.

Rows change only through pintu.ppid.objections.services; statuses follow the tables in
pintu.ppid.objections.workflow.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.ppid.counters import YearCounter
from pintu.ppid.objections import workflow as wf
from pintu.privacy.fields import EncryptedTextField


class ObjectionStatus(models.TextChoices):
    REGISTERED = wf.Status.REGISTERED, _("Menunggu tanggapan Atasan PPID")
    ANSWERED = wf.Status.ANSWERED, _("Sudah ditanggapi Atasan PPID")
    CLOSED = wf.Status.CLOSED, _("Selesai, pemohon menerima tanggapan")
    DISPUTED = wf.Status.DISPUTED, _("Diajukan ke Komisi Informasi")


class ObjectionDecision(models.TextChoices):
    ACCEPTED = wf.Decision.ACCEPTED, _("Keberatan diterima")
    PARTIAL = wf.Decision.PARTIAL, _("Keberatan diterima sebagian")
    REFUSED = wf.Decision.REFUSED, _("Keberatan ditolak")


class RequesterResponse(models.TextChoices):
    ACCEPTS = wf.Response.ACCEPTS, _("Menerima tanggapan Atasan PPID")
    GOES_TO_KI = wf.Response.GOES_TO_KI, _("Mengajukan sengketa ke Komisi Informasi")


class FilingChannel(models.TextChoices):
    ONLINE = "online", _("Daring")
    PAPER = "paper", _("Tertulis / datang langsung")


class ObjectionCounter(YearCounter):
    """The last objection number of a year (pintu.ppid.counters.take_next)."""

    class Meta:
        verbose_name = _("penghitung nomor keberatan")


class Objection(models.Model):
    """One keberatan to the Atasan PPID, with the columns of the objection register."""

    number = models.CharField(_("nomor registrasi keberatan"), max_length=30, unique=True)
    year = models.PositiveSmallIntegerField(editable=False)
    sequence = models.PositiveIntegerField(editable=False)
    request = models.ForeignKey(
        "ppid.InformationRequest", verbose_name=_("permohonan informasi"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="objections",
    )  # fmt: skip
    dip_item = models.ForeignKey(
        "ppid.DipItem", verbose_name=_("informasi berkala (DIP)"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="objections",
    )  # fmt: skip
    information = models.TextField(
        _("informasi yang dimaksud"), blank=True,
        help_text=_("Untuk alasan b tanpa permohonan: informasi berkala yang tidak disediakan."),
    )  # fmt: skip
    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("instansi"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="ppid_objections", help_text=_("Kosong: permohonan yang belum ditugaskan (PPID Utama)."),
    )  # fmt: skip
    filer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="ppid_objections"
    )
    requester_name = models.CharField(_("nama pemohon"), max_length=150)
    is_proxy = models.BooleanField(_("diajukan melalui kuasa"), default=False)
    proxy_name = models.CharField(_("nama kuasa pemohon"), max_length=150, blank=True)
    contact = EncryptedTextField(_("kontak (e-mail atau telepon)"), blank=True)
    grounds = models.CharField(_("alasan keberatan"), max_length=7, help_text=_("Huruf Pasal 35 ayat (1)."))
    description = models.TextField(_("kasus posisi"))
    ground_arose_on = models.DateField(_("tanggal alasan keberatan muncul"))
    filed_at = models.DateTimeField(_("tanggal keberatan diterima"))
    channel = models.CharField(_("cara pengajuan"), max_length=8, choices=FilingChannel.choices)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    answer_due = models.DateField(_("batas tanggapan Atasan PPID"), db_index=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ObjectionStatus.choices, default=ObjectionStatus.REGISTERED
    )
    decision = models.CharField(_("tanggapan Atasan PPID"), max_length=10, choices=ObjectionDecision.choices,
                                blank=True)  # fmt: skip
    decision_text = models.TextField(_("isi tanggapan"), blank=True)
    decided_at = models.DateTimeField(_("tanggal tanggapan"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    atasan_name = models.CharField(_("nama Atasan PPID"), max_length=150, blank=True)
    atasan_post = models.CharField(_("jabatan Atasan PPID"), max_length=150, blank=True)
    answer_letter = models.ForeignKey("letters.Letter", verbose_name=_("surat tanggapan bertanda tangan"), null=True,
                                      blank=True, on_delete=models.PROTECT, related_name="+")  # fmt: skip
    pending_letter = models.ForeignKey("letters.Letter", verbose_name=_("draf surat menunggu persetujuan"), null=True,
                                       blank=True, on_delete=models.SET_NULL, related_name="+")  # fmt: skip
    pending_values = models.JSONField(_("isi tanggapan menunggu tanda tangan"), default=dict, blank=True)
    response = models.CharField(_("tanggapan pemohon"), max_length=12, choices=RequesterResponse.choices, blank=True)
    response_at = models.DateTimeField(_("tanggal tanggapan pemohon"), null=True, blank=True)

    class Meta:
        verbose_name = _("keberatan")
        verbose_name_plural = _("keberatan")
        ordering = ["-filed_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["year", "sequence"], name="ppid_objection_year_seq")]

    def __str__(self) -> str:
        return self.number

    @property
    def ground_list(self) -> list[str]:
        return list(self.grounds)

    @property
    def grounds_display(self) -> list[str]:
        return [f"{letter}. {wf.GROUNDS[letter]}" for letter in self.grounds]

    @property
    def status_label(self) -> str:
        return str(ObjectionStatus(self.status).label)

    @property
    def filer_display(self) -> str:
        if self.is_proxy and self.proxy_name:
            return f"{self.proxy_name} (kuasa dari {self.requester_name})"
        return self.requester_name


class DisputeStatus(models.TextChoices):
    FILED = wf.DisputeStatus.FILED, _("Diajukan ke Komisi Informasi")
    MEDIATION = wf.DisputeStatus.MEDIATION, _("Mediasi")
    ADJUDICATION = wf.DisputeStatus.ADJUDICATION, _("Ajudikasi nonlitigasi")
    DECIDED = wf.DisputeStatus.DECIDED, _("Putusan Komisi Informasi")
    COURT = wf.DisputeStatus.COURT, _("Keberatan ke pengadilan (PTUN/PN)")
    COURT_RULED = wf.DisputeStatus.COURT_RULED, _("Putusan pengadilan (PTUN/PN)")
    KASASI = wf.DisputeStatus.KASASI, _("Kasasi di Mahkamah Agung")
    CLOSED = wf.DisputeStatus.CLOSED, _("Selesai")


class DisputeOutcome(models.TextChoices):
    MEDIATION_AGREEMENT = "mediation_agreement", _("Mediasi: tercapai kesepakatan")
    ADJUDICATION = "adjudication", _("Putusan ajudikasi berkekuatan tetap")
    COURT = "court", _("Putusan pengadilan (PTUN/PN) berkekuatan tetap")
    KASASI = "kasasi", _("Putusan kasasi Mahkamah Agung")
    DISMISSED = "dismissed", _("Tidak diterima oleh Komisi Informasi")
    WITHDRAWN = "withdrawn", _("Dicabut oleh pemohon")


class StageAction(models.TextChoices):
    MEDIATION = wf.StageAction.MEDIATION, _("Mediasi dimulai")
    AGREEMENT = wf.StageAction.AGREEMENT, _("Mediasi: kesepakatan")
    MEDIATION_FAILED = wf.StageAction.MEDIATION_FAILED, _("Mediasi gagal")
    ADJUDICATION = wf.StageAction.ADJUDICATION, _("Ajudikasi dimulai")
    DECISION = wf.StageAction.DECISION, _("Putusan ajudikasi")
    FINAL = wf.StageAction.FINAL, _("Putusan berkekuatan tetap (tidak ada keberatan ke pengadilan)")
    COURT_APPEAL = wf.StageAction.COURT_APPEAL, _("Keberatan ke pengadilan (PTUN/PN)")
    COURT_DECISION = wf.StageAction.COURT_DECISION, _("Putusan pengadilan (PTUN/PN)")
    COURT_FINAL = wf.StageAction.COURT_FINAL, _("Putusan pengadilan berkekuatan tetap (tidak ada kasasi)")
    KASASI = wf.StageAction.KASASI, _("Kasasi ke Mahkamah Agung")
    KASASI_DECISION = wf.StageAction.KASASI_DECISION, _("Putusan kasasi")
    DISMISSED = wf.StageAction.DISMISSED, _("Permohonan tidak diterima Komisi Informasi")
    WITHDRAWN = wf.StageAction.WITHDRAWN, _("Permohonan sengketa dicabut")


class Ruling(models.TextChoices):
    GRANTED = "granted", _("Permohonan pemohon dikabulkan seluruhnya")
    GRANTED_PART = "granted_part", _("Permohonan pemohon dikabulkan sebagian")
    REJECTED = "rejected", _("Permohonan pemohon ditolak")
    UPHELD = "upheld", _("Pengadilan menguatkan putusan Komisi Informasi")
    OVERTURNED = "overturned", _("Pengadilan membatalkan putusan Komisi Informasi")
    KASASI_REJECTED = "ma_rejected", _("Mahkamah Agung menolak kasasi")
    KASASI_GRANTED = "ma_granted", _("Mahkamah Agung mengabulkan kasasi")


class Court(models.TextChoices):
    PTUN = "ptun", _("Pengadilan Tata Usaha Negara")
    PN = "pn", _("Pengadilan Negeri")
    MA = "ma", _("Mahkamah Agung (kasasi)")


class Dispute(models.Model):
    """A sengketa informasi at the Komisi Informasi, started after an objection."""

    objection = models.OneToOneField(Objection, on_delete=models.PROTECT, related_name="dispute")
    commission = models.ForeignKey(
        "agencies.Agency", verbose_name=_("Komisi Informasi"), on_delete=models.PROTECT, related_name="+"
    )
    register_number = models.CharField(_("nomor register Komisi Informasi"), max_length=60, blank=True)
    filed_on = models.DateField(_("tanggal permohonan sengketa"))
    filing_deadline = models.DateField(_("batas pengajuan sengketa"))
    filed_late = models.BooleanField(_("diajukan lewat 14 hari kerja"), default=False)
    start_due = models.DateField(_("batas Komisi Informasi memulai penyelesaian"))
    finish_due = models.DateField(_("batas Komisi Informasi menyelesaikan sengketa"))
    status = models.CharField(_("tahap"), max_length=12, choices=DisputeStatus.choices, default=DisputeStatus.FILED)
    outcome = models.CharField(_("hasil akhir"), max_length=20, choices=DisputeOutcome.choices, blank=True)
    ruling = models.CharField(_("amar putusan terakhir"), max_length=12, choices=Ruling.choices, blank=True)
    court = models.CharField(_("pengadilan"), max_length=4, choices=Court.choices, blank=True)
    closed_on = models.DateField(_("tanggal selesai"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("sengketa informasi")
        verbose_name_plural = _("sengketa informasi")
        ordering = ["-filed_on", "-pk"]

    def __str__(self) -> str:
        return self.register_number or f"Sengketa {self.objection.number}"

    @property
    def status_label(self) -> str:
        return str(DisputeStatus(self.status).label)


class DisputeStep(models.Model):
    """One recorded step of a dispute: a stage starting or ending, with its result."""

    dispute = models.ForeignKey(Dispute, on_delete=models.CASCADE, related_name="steps")
    action = models.CharField(_("tahap"), max_length=20, choices=StageAction.choices)
    on = models.DateField(_("tanggal"))
    ruling = models.CharField(_("amar"), max_length=12, choices=Ruling.choices, blank=True)
    court = models.CharField(_("pengadilan"), max_length=4, choices=Court.choices, blank=True)
    note = models.TextField(_("keterangan"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("tahap sengketa")
        verbose_name_plural = _("tahap sengketa")
        ordering = ["on", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.on}"
