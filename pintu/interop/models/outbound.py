"""Where reports go outside the Pemkab, and every delivery attempt (forwardings, subscriber events, LAPOR,
WhatsApp/SMS messages to citizens)."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from pintu.privacy.contact import mask_phone
from pintu.privacy.fields import EncryptedJSONField, EncryptedTextField


class AdapterKind(models.TextChoices):
    EMAIL = "email", _("E-mail")
    WEBHOOK = "webhook", _("Webhook HTTP bertanda tangan")
    LAPOR = "lapor", _("SP4N-LAPOR! nasional")


class ForwardingEndpoint(models.Model):
    """How an outside instansi receives forwarded reports (one per instansi) and answers back."""

    agency = models.OneToOneField(
        "agencies.Agency", verbose_name=_("instansi"), on_delete=models.PROTECT, related_name="forwarding_endpoint"
    )
    slug = models.SlugField(
        _("kode"), max_length=40, unique=True, help_text=_("Dipakai pada alamat balasan /interop/callback/<kode>/.")
    )
    adapter = models.CharField(_("cara kirim"), max_length=12, choices=AdapterKind.choices)
    email = models.EmailField(_("alamat e-mail"), blank=True)
    url = models.URLField(_("alamat webhook"), blank=True)
    secret = EncryptedTextField(_("rahasia penandatangan"), blank=True)
    include_contact = models.BooleanField(
        _("sertakan kontak pelapor"),
        default=True,
        help_text=_("Nama, e-mail dan telepon pelapor laporan biasa dan rahasia. Laporan anonim tidak pernah."),
    )
    active = models.BooleanField(_("aktif"), default=True)

    class Meta:
        verbose_name = _("tujuan pelimpahan")
        verbose_name_plural = _("tujuan pelimpahan")

    def __str__(self) -> str:
        return f"{self.agency} ({self.get_adapter_display()})"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Menunggu")
    SENDING = "sending", _("Sedang dikirim")
    FAILED = "failed", _("Gagal, akan dicoba lagi")
    SENT = "sent", _("Terkirim")
    DEAD = "dead", _("Gagal permanen")


class DeliveryPurpose(models.TextChoices):
    FORWARDING = "forwarding", _("Pelimpahan laporan")
    SUBSCRIBER = "subscriber", _("Webhook pelanggan")
    LAPOR_FOLLOW_UP = "lapor_follow_up", _("Tindak lanjut ke SP4N-LAPOR!")
    NOTIFICATION = "notification", _("Pesan WhatsApp/SMS kepada warga")


class Delivery(models.Model):
    """One thing to send to one receiver, retried with backoff until sent or dead (the dead-letter list).

    Created in the same transaction as its cause (the outbox), attempted right after commit and by the
    sweep `interop.deliveries`. A worker claims a row with a conditional UPDATE (status and lease), so two
    workers never send the same delivery at once and a crashed worker's claim expires.
    """

    purpose = models.CharField(_("keperluan"), max_length=20, choices=DeliveryPurpose.choices)
    adapter = models.CharField(_("cara kirim"), max_length=20)
    endpoint = models.ForeignKey(ForwardingEndpoint, null=True, blank=True, on_delete=models.PROTECT)
    subscription = models.ForeignKey(
        "interop.WebhookSubscription", null=True, blank=True, on_delete=models.CASCADE, related_name="deliveries"
    )
    report = models.ForeignKey("complaints.Report", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    forwarding = models.ForeignKey(
        "complaints.Forwarding", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    event_id = models.PositiveBigIntegerField(null=True, blank=True)
    payload = EncryptedJSONField(default=dict)  # may carry the reporter's contact: encrypted as a whole
    status = models.CharField(
        _("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("percobaan"), default=0)
    next_attempt_at = models.DateTimeField(_("percobaan berikut"))
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(_("galat terakhir"), blank=True)
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    external_ref = models.CharField(_("rujukan pihak lain"), max_length=120, blank=True, db_index=True)
    receipt = models.CharField(
        _("laporan kirim"), max_length=20, blank=True,
        help_text=_("Yang dilaporkan penyedia sesudah terkirim: delivered, read, failed (WhatsApp, SMS Gateway)."),
    )  # fmt: skip
    receipt_at = models.DateTimeField(_("waktu laporan kirim"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("pengiriman")
        verbose_name_plural = _("pengiriman")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="delivery_due_idx")]
        constraints = [
            models.UniqueConstraint(
                fields=["forwarding"], condition=Q(forwarding__isnull=False), name="delivery_once_per_forwarding"
            ),
            models.UniqueConstraint(
                fields=["subscription", "event_id"],
                condition=Q(subscription__isnull=False),
                name="delivery_once_per_subscriber_event",
            ),
            models.UniqueConstraint(
                fields=["purpose", "event_id"],
                condition=Q(purpose="lapor_follow_up"),
                name="delivery_once_per_lapor_follow_up",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.purpose} #{self.pk} {self.status}"

    @property
    def destination(self) -> str:
        """Where it goes, in words (the delivery log's "Tujuan"): a citizen's number only masked."""
        if self.endpoint_id:
            return str(self.endpoint.agency)
        if self.subscription_id:
            return str(self.subscription)
        if self.purpose == DeliveryPurpose.NOTIFICATION:
            channel = {"whatsapp": "WhatsApp", "sms": "SMS"}.get(self.payload.get("channel"), "WhatsApp/SMS")
            return f"{channel} {mask_phone(self.payload.get('to'))}".strip()
        return "SP4N-LAPOR!"


class DeliveryAttempt(models.Model):
    """The delivery log: one row per try, with what the other side said and how long it took."""

    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="log")
    at = models.DateTimeField(_("waktu"))
    ok = models.BooleanField(_("berhasil"))
    status_code = models.PositiveSmallIntegerField(_("kode HTTP"), null=True, blank=True)
    duration_ms = models.PositiveIntegerField(_("durasi (ms)"), default=0)
    error = models.TextField(_("galat"), blank=True)
    by_resend = models.BooleanField(_("kirim ulang oleh admin"), default=False)

    class Meta:
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"attempt {self.delivery_id} {'ok' if self.ok else 'fail'}"
