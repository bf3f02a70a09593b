"""Consent to WhatsApp/SMS messages about an information request (as pintu.complaints.phone_consent).

Stored on the request's identity (RequesterIdentity.notify_channels, notify_consent_at, notify_withdrawn_at),
audited as `notify.consent` / `notify.withdraw` with the channels and the way, never the number. Handling the
request never depends on it.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from pintu.audit.services import audit
from pintu.notifications.consent import join_channels, parse_channels
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from pintu.privacy.crypto import blind_index_candidates


@dataclass(frozen=True)
class PhoneConsent:
    channels: tuple[str, ...]
    given_at: object = None
    withdrawn_at: object = None

    @property
    def active(self) -> bool:
        return bool(self.channels) and self.given_at is not None and self.withdrawn_at is None


def active_channels(row: RequesterIdentity | None) -> tuple[str, ...]:
    if row is None or not row.phone or row.notify_consent_at is None or row.notify_withdrawn_at is not None:
        return ()
    return parse_channels(row.notify_channels)


def consent_of(request: InformationRequest) -> PhoneConsent:
    row = (
        RequesterIdentity.objects.filter(request=request)
        .only("phone", "notify_channels", "notify_consent_at", "notify_withdrawn_at")
        .first()
    )
    if row is None or not row.phone:
        return PhoneConsent(())
    return PhoneConsent(parse_channels(row.notify_channels), row.notify_consent_at, row.notify_withdrawn_at)


def record_consent(row: RequesterIdentity, channels) -> None:
    """On a new identity row, before it is saved (the intake audits it once saved: `audit_consent`)."""
    chosen = join_channels(channels)
    if chosen and row.phone:
        row.notify_channels, row.notify_consent_at = chosen, timezone.now()


def audit_consent(row: RequesterIdentity, *, via: str, actor=None) -> None:
    if row.notify_consent_at is not None:
        audit("notify.consent", actor=actor, target=row.request,
              details={"channels": row.notify_channels.split(","), "via": via})  # fmt: skip


def _withdraw(row: RequesterIdentity, *, via: str, actor=None, request=None, channel: str = "") -> None:
    row.notify_withdrawn_at = timezone.now()
    row.save(update_fields=["notify_withdrawn_at"])
    details = {"channels": row.notify_channels.split(","), "via": via, **({"by": channel} if channel else {})}
    audit("notify.withdraw", actor=actor, target=row.request, details=details, request=request)


@transaction.atomic
def withdraw(info: InformationRequest, *, via: str, actor=None, request=None) -> bool:
    row = RequesterIdentity.objects.select_for_update().filter(request=info).first()
    if not active_channels(row):
        return False
    _withdraw(row, via=via, actor=actor, request=request)
    return True


@transaction.atomic
def withdraw_by_phone(phone: str, *, channel: str = "", via: str = "reply") -> int:
    """STOP from `phone`: every standing consent given with it on an information request."""
    rows = (
        RequesterIdentity.objects.select_for_update()
        .select_related("request")
        .filter(
            phone_index__in=blind_index_candidates(phone),
            notify_consent_at__isnull=False,
            notify_withdrawn_at__isnull=True,
        )
    )
    withdrawn = 0
    for row in rows:
        if row.phone == phone:
            _withdraw(row, via=via, channel=channel)
            withdrawn += 1
    return withdrawn
