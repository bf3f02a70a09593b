"""What came in from outside: SMS/WhatsApp gateways and every inbound message, stored once."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.privacy.fields import EncryptedTextField


class GatewayKind(models.TextChoices):
    """Which body and signature a gateway speaks (pintu.interop.inbound.gateway_formats)."""

    PINTU = "pintu", _("Pintu: JSON bertanda tangan X-Pintu-Signature")
    WHATSAPP_CLOUD = "whatsapp_cloud", _("WhatsApp Business Cloud API (webhook Meta)")
    ANDROID_SMS = "android_sms", _("SMS Gateway for Android (webhook sms:received)")


class Gateway(models.Model):
    """An SMS/WhatsApp gateway that posts incoming messages to /interop/gateway/<slug>/ (signed)."""

    slug = models.SlugField(_("kode"), max_length=40, unique=True)
    name = models.CharField(_("nama"), max_length=120)
    kind = models.CharField(_("jenis"), max_length=20, choices=GatewayKind.choices, default=GatewayKind.PINTU)
    secret = EncryptedTextField(
        _("rahasia penandatangan"),
        help_text=_("Kunci HMAC bersama dengan gateway: untuk WhatsApp Cloud API, App Secret aplikasi Meta; untuk "
                    "SMS Gateway for Android, kunci penandatanganan webhook di aplikasinya."),
    )  # fmt: skip
    verify_token = EncryptedTextField(
        _("token verifikasi"), blank=True,
        help_text=_("Hanya WhatsApp Cloud API: token yang sama dengan isian Verify token saat mendaftarkan webhook."),
    )  # fmt: skip
    active = models.BooleanField(_("aktif"), default=True)

    class Meta:
        verbose_name = _("gateway SMS/WhatsApp")
        verbose_name_plural = _("gateway SMS/WhatsApp")

    def __str__(self) -> str:
        return self.name


class InboundKind(models.TextChoices):
    NEW_REPORT = "new_report", _("Laporan baru")
    REPLY = "reply", _("Balasan pada laporan")
    UPDATE = "update", _("Jawaban instansi luar")
    OPT_OUT = "opt_out", _("Berhenti menerima kabar (STOP)")
    REJECTED = "rejected", _("Ditolak")


class InboundMessage(models.Model):
    """One message from outside, unique per (source, external id): the same message twice is one report.

    `source` names where it came from ("email", "gateway:<slug>", "lapor", "lapor-update",
    "callback:<endpoint>"); `external_id` is the other side's id (Message-ID, gateway message id, LAPOR
    id, update id) or a hash of the content when it has none. Created in the same transaction as the
    report or reply it produced. Holds no personal data: the sender lives in the report's contact.
    """

    source = models.CharField(_("sumber"), max_length=60)
    external_id = models.CharField(_("id pesan"), max_length=200)
    kind = models.CharField(_("jenis"), max_length=12, choices=InboundKind.choices)
    report = models.ForeignKey("complaints.Report", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    note = models.TextField(_("catatan"), blank=True)
    received_at = models.DateTimeField(_("diterima"), auto_now_add=True)

    class Meta:
        verbose_name = _("pesan masuk")
        verbose_name_plural = _("pesan masuk")
        ordering = ["-received_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["source", "external_id"], name="inbound_once")]

    def __str__(self) -> str:
        return f"{self.source} {self.external_id}"


class ExchangeCursor(models.Model):
    """Where a polled exchange (SP4N-LAPOR! imports and updates, follow-up pushes) got to. Opaque text;
    repeats after a lost cursor are harmless because every import is idempotent."""

    name = models.CharField(max_length=60, unique=True)
    value = models.CharField(max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.name}={self.value}"

    @classmethod
    def get(cls, name: str) -> str:
        row = cls.objects.filter(name=name).first()
        return row.value if row else ""

    @classmethod
    def put(cls, name: str, value: str) -> None:
        cls.objects.update_or_create(name=name, defaults={"value": value})
