"""A report accepted and not yet built: the asynchronous intake of the API (docs/performance.md).

The row reserves the tracking code and holds the validated submission, encrypted (it carries the
reporter's contact and the tracking secret the acknowledgement e-mail needs). A worker builds the
report from it and deletes the row in the same transaction, so a row exists only while the work is
owed: the tracking page answers "sedang diproses" for it, and the sweep retries what a lost task left.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from pintu.privacy.fields import EncryptedTextField


class PendingReport(models.Model):
    code = models.CharField(_("kode lacak"), max_length=20)  # unique: Meta.constraints
    secret_hash = models.CharField(max_length=128)
    idempotency_key = models.CharField(max_length=64, null=True, blank=True)  # noqa: DJ001 (NULL = none; unique)
    received_at = models.DateTimeField(_("diterima pada"))
    payload = EncryptedTextField()  # the validated draft as JSON, ids instead of objects
    attempts = models.PositiveSmallIntegerField(_("percobaan"), default=0)
    last_error = models.TextField(_("galat terakhir"), blank=True)

    class Meta:
        verbose_name = _("laporan dalam antrean")
        verbose_name_plural = _("laporan dalam antrean")
        ordering = ["received_at", "pk"]
        # Constraints rather than unique=True: on PostgreSQL a unique field also gets a LIKE index this table
        # never uses, and every index is work on the intake's one INSERT. The partial index is the drain's
        # "oldest waiting row" (builder.build_pending), so a backlog is drained without scanning it each time.
        constraints = [
            models.UniqueConstraint(fields=["code"], name="pendingreport_code_unique"),
            models.UniqueConstraint(fields=["idempotency_key"], name="pendingreport_key_unique"),
        ]
        indexes = [
            models.Index(fields=["received_at", "id"], name="pendingreport_waiting_idx", condition=Q(attempts=0)),
        ]

    def __str__(self) -> str:
        return self.code
