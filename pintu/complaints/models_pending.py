"""A report accepted and not yet built: the asynchronous intake of the API (docs/performance.md).

The row reserves the tracking code and holds the validated submission, encrypted (it carries the
reporter's contact and the tracking secret the acknowledgement e-mail needs). A worker builds the
report from it and deletes the row in the same transaction, so a row exists only while the work is
owed: the tracking page answers "sedang diproses" for it, and the sweep retries what a lost task left.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from pintu.privacy.fields import EncryptedTextField


class PendingReport(models.Model):
    code = models.CharField(_("kode lacak"), max_length=20, unique=True)
    secret_hash = models.CharField(max_length=128)
    idempotency_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    received_at = models.DateTimeField(_("diterima pada"))
    payload = EncryptedTextField()  # the validated draft as JSON, ids instead of objects
    attempts = models.PositiveSmallIntegerField(_("percobaan"), default=0)
    last_error = models.TextField(_("galat terakhir"), blank=True)

    class Meta:
        verbose_name = _("laporan dalam antrean")
        verbose_name_plural = _("laporan dalam antrean")
        ordering = ["received_at", "pk"]

    def __str__(self) -> str:
        return self.code
