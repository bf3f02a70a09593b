"""Audit entries (append-only, hash-chained) and the single chain-head row.

AuditEntry rows are never changed or removed by the application: the model, its queryset, the
admin and a database trigger refuse it (`pintu.dbtriggers.AUDIT`, created by
migrations/0001_initial.py). Someone with raw database access can still bypass all of that, which is
why every row also carries the hash of the previous one (see pintu.audit.chain) and ``manage.py audit_verify`` exists.

The actor is kept as a plain id plus a username snapshot, not a foreign key: the log must
outlive accounts that are erased or removed.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pintu.audit.chain import HASHED_FIELDS
from pintu.modelkit import AppendOnly, AppendOnlyQuerySet


class AuditImmutableError(Exception):
    """Raised on any attempt to change or remove an audit entry."""


class AuditEntry(AppendOnly):
    seq = models.PositiveBigIntegerField(_("nomor urut"), unique=True)
    at = models.DateTimeField(_("waktu"), default=timezone.now)
    actor_id = models.BigIntegerField(_("ID pelaku"), null=True, blank=True)
    actor_username = models.CharField(_("nama pengguna pelaku"), max_length=150, blank=True)
    action = models.CharField(_("tindakan"), max_length=80)
    target_type = models.CharField(_("jenis objek"), max_length=100, blank=True)
    target_id = models.CharField(_("ID objek"), max_length=64, blank=True)
    details = models.JSONField(_("rincian"), default=dict, blank=True)
    ip = models.GenericIPAddressField(_("alamat IP"), null=True, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=300, blank=True)
    prev_hash = models.CharField(_("hash sebelumnya"), max_length=64)
    hash = models.CharField(_("hash"), max_length=64, unique=True)

    objects = AppendOnlyQuerySet.as_manager()
    immutable_error = AuditImmutableError
    changed_message, deleted_message = "Log audit tidak dapat diubah.", "Log audit tidak dapat dihapus."

    class Meta:
        verbose_name = _("entri audit")
        verbose_name_plural = _("log audit")
        ordering = ["seq"]
        indexes = [
            models.Index(fields=["action", "at"], name="audit_action_idx"),
            models.Index(fields=["target_type", "target_id"], name="audit_target_idx"),
            models.Index(fields=["actor_id", "at"], name="audit_actor_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} @ {self.at:%Y-%m-%d %H:%M:%S}"

    def hashed_fields(self) -> dict:
        return {name: getattr(self, name) for name in HASHED_FIELDS}


class AuditHead(models.Model):
    """The one row (pk=1) holding the newest seq and hash: the lock appenders queue on.

    Without it, deleting the newest entries would leave a shorter chain that still verifies.
    """

    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("ujung rantai audit")
        verbose_name_plural = _("ujung rantai audit")

    def __str__(self) -> str:
        return f"head #{self.seq}"
