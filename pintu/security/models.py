"""One-time codes that prove a person receives mail at an address or messages on a phone number.

Only keyed hashes are stored (pintu.security.onetime): neither the code nor the address it was sent to
can be read from a database dump or backup.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class CodePurpose(models.TextChoices):
    SIGNUP = "signup", _("Pendaftaran akun")
    LOGIN = "login", _("Masuk dengan kode")
    FOLLOW = "follow", _("Mengikuti laporan")


class OneTimeCode(models.Model):
    """The one live code of a purpose for a destination (a newer code replaces it)."""

    purpose = models.CharField(_("keperluan"), max_length=10, choices=CodePurpose.choices)
    destination_key = models.CharField(_("kunci tujuan"), max_length=64)  # keyed HMAC of the address
    code_hash = models.CharField(_("hash kode"), max_length=64)  # keyed HMAC of purpose, address and code
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE,
                             related_name="+")  # fmt: skip
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    expires_at = models.DateTimeField(_("berlaku sampai"))
    attempts = models.PositiveSmallIntegerField(_("percobaan salah"), default=0)

    class Meta:
        verbose_name = _("kode sekali pakai")
        verbose_name_plural = _("kode sekali pakai")
        constraints = [
            models.UniqueConstraint(fields=["purpose", "destination_key"], name="one_time_code_one_live"),
        ]

    def __str__(self) -> str:
        return f"{self.purpose} #{self.pk}"
