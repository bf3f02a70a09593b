"""Consent to WhatsApp/SMS messages about one case, stored on the case's contact row: the one mechanism.

Each case type keeps its consent on its own contact row (complaints.ReporterContact for a report,
ppid.RequesterIdentity for an information request), with the same three fields: `notify_channels` (the
channels agreed to, comma-joined), `notify_consent_at` and `notify_withdrawn_at`, and the row's `phone`.
A `ConsentStore(model, case_field)` answers for one such model; the case type's own `phone_consent`
module names it and says when the consent is recorded. Every change is audited (`notify.consent`,
`notify.withdraw`, with the channels and the way, never the number); a withdrawal is for good for that
case. Handling a case never depends on it (docs/privacy.md).
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from pintu.audit.services import audit
from pintu.notifications.consent import join_channels, parse_channels
from pintu.privacy.crypto import blind_index_candidates


@dataclass(frozen=True)
class PhoneConsent:
    channels: tuple[str, ...]
    given_at: object = None
    withdrawn_at: object = None

    @property
    def active(self) -> bool:
        return bool(self.channels) and self.given_at is not None and self.withdrawn_at is None


def active_channels(row) -> tuple[str, ...]:
    """The channels a contact row may be written to now: none without a phone, a consent, or after a withdrawal."""
    if row is None or not row.phone or row.notify_consent_at is None or row.notify_withdrawn_at is not None:
        return ()
    return parse_channels(row.notify_channels)


def consent_in(row) -> PhoneConsent:
    """The consent kept on a contact row already read (or None: no row). A page that shows the contact reads
    the row once and hands it here, instead of a second read through `consent_of`."""
    if row is None or not row.phone:
        return PhoneConsent(())
    return PhoneConsent(parse_channels(row.notify_channels), row.notify_consent_at, row.notify_withdrawn_at)


def record_on(row, channels) -> bool:
    """On a new contact row, before it is saved: the channels agreed to and when; False when none apply."""
    chosen = join_channels(channels)
    if not chosen or not row.phone:
        return False
    row.notify_channels, row.notify_consent_at = chosen, timezone.now()
    return True


class ConsentStore:
    """The consent kept on `model` rows, each tied to its case by the foreign key `case_field`."""

    def __init__(self, model, case_field: str):
        self.model, self.case_field = model, case_field

    def consent_of(self, case) -> PhoneConsent:
        row = (
            self.model.objects.filter(**{self.case_field: case})
            .only("phone", "notify_channels", "notify_consent_at", "notify_withdrawn_at")
            .first()
        )
        return consent_in(row)

    def audit_consent(self, row, *, via: str, actor=None) -> None:
        if row.notify_consent_at is not None:
            audit("notify.consent", actor=actor, target=getattr(row, self.case_field),
                  details={"channels": row.notify_channels.split(","), "via": via})  # fmt: skip

    def _withdraw(self, row, *, via: str, actor=None, request=None, channel: str = "") -> None:
        row.notify_withdrawn_at = timezone.now()
        row.save(update_fields=["notify_withdrawn_at"])
        details = {"channels": row.notify_channels.split(","), "via": via, **({"by": channel} if channel else {})}
        audit("notify.withdraw", actor=actor, target=getattr(row, self.case_field), details=details, request=request)

    def withdraw(self, case, *, via: str, actor=None, request=None) -> bool:
        """Stop WhatsApp/SMS messages about this case; False when there was no consent standing."""
        with transaction.atomic():
            row = self.model.objects.select_for_update().filter(**{self.case_field: case}).first()
            if not active_channels(row):
                return False
            self._withdraw(row, via=via, actor=actor, request=request)
            return True

    def withdraw_by_phone(self, phone: str, *, channel: str = "", via: str = "reply") -> int:
        """STOP from `phone`: every standing consent given with that number on this case type (registered with
        pintu.notifications.consent). A STOP ends WhatsApp and SMS alike: the person asked for quiet."""
        with transaction.atomic():
            rows = (
                self.model.objects.select_for_update()
                .select_related(self.case_field)
                .filter(
                    phone_index__in=blind_index_candidates(phone),
                    notify_consent_at__isnull=False,
                    notify_withdrawn_at__isnull=True,
                )
            )
            withdrawn = 0
            for row in rows:
                if row.phone == phone:
                    self._withdraw(row, via=via, channel=channel)
                    withdrawn += 1
            return withdrawn
