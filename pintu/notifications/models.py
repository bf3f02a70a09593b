"""Per-user notification preferences (guests, who have no account, always get the mail about their own case),
and the outbox of messages (e-mail, WhatsApp, SMS) waiting for the worker."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.privacy.fields import EncryptedJSONField, EncryptedTextField


class Topic(models.TextChoices):
    OWN_CASES = "own_cases", _("Perkembangan laporan dan permohonan saya")
    ASSIGNMENTS = "assignments", _("Kasus baru untuk instansi saya")
    CASE_ACTIVITY = "case_activity", _("Tanggapan pelapor pada kasus yang saya tangani")
    ESCALATIONS = "escalations", _("Peringatan tenggat terlewati")
    SYSTEM = "system", _("Pemberitahuan sistem")


class Channel(models.TextChoices):
    """How a message reaches a person. WhatsApp and SMS only with the person's consent (pintu.notifications.phone)."""

    EMAIL = "email", _("E-mail")
    WHATSAPP = "whatsapp", _("WhatsApp")
    SMS = "sms", _("SMS")


#: The phone channels, in the order they are preferred when a person agreed to both.
PHONE_CHANNELS = (Channel.WHATSAPP.value, Channel.SMS.value)


class Preference(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_prefs")
    topic = models.CharField(_("topik"), max_length=20, choices=Topic.choices)
    email = models.BooleanField(_("kirim e-mail"), default=True)

    class Meta:
        verbose_name = _("preferensi notifikasi")
        verbose_name_plural = _("preferensi notifikasi")
        constraints = [models.UniqueConstraint(fields=["user", "topic"], name="notification_pref_unique")]

    def __str__(self) -> str:
        return f"{self.user} {self.topic}={self.email}"


class OutgoingMail(models.Model):
    """One message waiting for the worker: the queued task carries only this row's id (docs/privacy.md).

    `channel` says how it goes: an e-mail is sent by the worker itself; a WhatsApp or SMS message is handed
    to the phone sender a higher app registered (pintu.notifications.channels), which queues it as an
    interop delivery (retried, in the delivery log). The recipient's address or phone number and the
    message's context (references to the case and its event by id, plus what is not stored in the clear
    anywhere else, such as the tracking secret of an acknowledgement) are encrypted. The worker renders
    the message when it sends it, then deletes the row; a message that cannot be sent is retried with the
    queue's retries and, once given up, emptied (template, times and the kind of error stay for the
    operator, nothing about the person).
    """

    channel = models.CharField(_("saluran"), max_length=10, choices=Channel.choices, default=Channel.EMAIL)
    fallback_channel = models.CharField(_("saluran cadangan"), max_length=10, blank=True)  # SMS if WhatsApp fails
    template = models.CharField(_("templat"), max_length=80)
    language = models.CharField(_("bahasa"), max_length=10, default="id")
    recipient = EncryptedTextField(_("penerima"), blank=True)
    context = EncryptedJSONField(_("isi"), default=dict, blank=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(_("percobaan"), default=0)
    failed_at = models.DateTimeField(_("gagal permanen"), null=True, blank=True)
    last_error = models.CharField(_("jenis galat"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("pesan keluar")
        verbose_name_plural = _("pesan keluar")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.channel} {self.template} #{self.pk}"
