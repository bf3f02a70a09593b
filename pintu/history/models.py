"""The append-only case history.

Every state change of a case (report, information request, objection ...) appends one Event.
The citizen's timeline, the audit trail, the SLA figures and the statistics all read these rows.
Rows are never edited or deleted: the model, its queryset, the admin and a database trigger
all refuse it (see `pintu.dbtriggers.HISTORY`, created by migrations/0001_initial.py).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pintu.modelkit import AppendOnly, AppendOnlyQuerySet


class EventImmutableError(Exception):
    """Raised on any attempt to change or remove a history event."""


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Publik")
    REPORTER = "reporter", _("Pelapor/pemohon")
    INTERNAL = "internal", _("Internal")


class EventQuerySet(AppendOnlyQuerySet):
    def for_case(self, case_type: str, case_id: int) -> "EventQuerySet":
        return self.filter(case_type=case_type, case_id=case_id)


class Event(AppendOnly):
    case_type = models.CharField(_("jenis kasus"), max_length=40)
    case_id = models.PositiveBigIntegerField(_("nomor kasus"))
    kind = models.CharField(_("jenis peristiwa"), max_length=60)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pelaku"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    actor_role = models.CharField(_("peran pelaku"), max_length=30, blank=True)
    agency = models.ForeignKey(
        "agencies.Agency", verbose_name=_("instansi"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    at = models.DateTimeField(_("waktu"), default=timezone.now)
    visibility = models.CharField(_("visibilitas"), max_length=10, choices=Visibility.choices)
    status_from = models.CharField(_("status sebelum"), max_length=30, blank=True)
    status_to = models.CharField(_("status sesudah"), max_length=30, blank=True)
    reason = models.TextField(_("alasan/keterangan"), blank=True)
    payload = models.JSONField(_("data"), default=dict, blank=True)

    objects = EventQuerySet.as_manager()
    immutable_error = EventImmutableError
    changed_message, deleted_message = "Riwayat kasus tidak dapat diubah.", "Riwayat kasus tidak dapat dihapus."

    class Meta:
        verbose_name = _("peristiwa")
        verbose_name_plural = _("riwayat")
        ordering = ["at", "pk"]
        indexes = [
            models.Index(fields=["case_type", "case_id", "at"], name="event_case_idx"),
            models.Index(fields=["kind", "at"], name="event_kind_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.case_type}#{self.case_id} {self.kind} @ {self.at:%Y-%m-%d %H:%M}"
