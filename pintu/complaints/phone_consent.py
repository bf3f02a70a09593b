"""Consent to WhatsApp/SMS messages about a report: given on the form, withdrawn by STOP or on the tracking page.

Stored on the report's contact (ReporterContact.notify_channels, notify_consent_at, notify_withdrawn_at) and
audited (`notify.consent`, `notify.withdraw`, with the channels and the way, never the number). Messages by
phone go only while the consent stands (complaints.notify.reporter); a withdrawal is for good for that
report. Handling the report never depends on it (docs/privacy.md).
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from pintu.audit.services import audit
from pintu.complaints.models import Report, ReporterContact
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


def consent_of(report: Report) -> PhoneConsent:
    contact = (
        ReporterContact.objects.filter(report=report)
        .only("phone", "notify_channels", "notify_consent_at", "notify_withdrawn_at")
        .first()
    )
    if contact is None or not contact.phone:
        return PhoneConsent(())
    return PhoneConsent(parse_channels(contact.notify_channels), contact.notify_consent_at, contact.notify_withdrawn_at)


def active_channels(contact: ReporterContact) -> tuple[str, ...]:
    if not contact.phone or contact.notify_consent_at is None or contact.notify_withdrawn_at is not None:
        return ()
    return parse_channels(contact.notify_channels)


def record_consent(contact: ReporterContact, channels, *, via: str, actor=None) -> None:
    """On a new contact, in the intake's transaction: the channels agreed to, when, and an audit entry."""
    chosen = join_channels(channels)
    if not chosen or not contact.phone:
        return
    contact.notify_channels, contact.notify_consent_at = chosen, timezone.now()
    contact.save(update_fields=["notify_channels", "notify_consent_at"])
    audit("notify.consent", actor=actor, target=contact.report,
          details={"channels": chosen.split(","), "via": via})  # fmt: skip


@transaction.atomic
def withdraw(report: Report, *, via: str, actor=None, request=None) -> bool:
    """Stop WhatsApp/SMS messages about this report; False when there was no consent standing."""
    contact = ReporterContact.objects.select_for_update().filter(report=report).first()
    if contact is None or not active_channels(contact):
        return False
    _withdraw(contact, via=via, actor=actor, request=request)
    return True


def _withdraw(contact: ReporterContact, *, via: str, actor=None, request=None, channel: str = "") -> None:
    contact.notify_withdrawn_at = timezone.now()
    contact.save(update_fields=["notify_withdrawn_at"])
    details = {"channels": contact.notify_channels.split(","), "via": via, **({"by": channel} if channel else {})}
    audit("notify.withdraw", actor=actor, target=contact.report, details=details, request=request)


@transaction.atomic
def withdraw_by_phone(phone: str, *, channel: str = "", via: str = "reply") -> int:
    """STOP from `phone`: every standing consent given with that number, on every report (registered with
    pintu.notifications.consent). A STOP ends WhatsApp and SMS alike: the person asked for quiet."""
    contacts = (
        ReporterContact.objects.select_for_update()
        .select_related("report")
        .filter(
            phone_index__in=blind_index_candidates(phone),
            notify_consent_at__isnull=False,
            notify_withdrawn_at__isnull=True,
        )
    )
    withdrawn = 0
    for contact in contacts:
        if contact.phone == phone:
            _withdraw(contact, via=via, channel=channel)
            withdrawn += 1
    return withdrawn
