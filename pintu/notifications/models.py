"""Per-user notification preferences. Guests (no account) always get the mail about their own case."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Topic(models.TextChoices):
    OWN_CASES = "own_cases", _("Perkembangan laporan dan permohonan saya")
    ASSIGNMENTS = "assignments", _("Kasus baru untuk instansi saya")
    CASE_ACTIVITY = "case_activity", _("Tanggapan pelapor pada kasus yang saya tangani")
    ESCALATIONS = "escalations", _("Peringatan tenggat terlewati")
    SYSTEM = "system", _("Pemberitahuan sistem")


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
