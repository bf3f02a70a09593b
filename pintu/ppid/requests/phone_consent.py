"""Consent to WhatsApp/SMS messages about an information request (the mechanism: pintu.cases.phone_consent).

Stored on the request's identity (RequesterIdentity.notify_channels, notify_consent_at, notify_withdrawn_at),
audited as `notify.consent` / `notify.withdraw` with the channels and the way, never the number. Handling the
request never depends on it.
"""

from pintu.cases.phone_consent import ConsentStore, PhoneConsent, active_channels, consent_in, record_on
from pintu.ppid.requests.models import RequesterIdentity

__all__ = ["PhoneConsent", "active_channels", "audit_consent", "consent_in", "consent_of", "record_consent",
           "withdraw", "withdraw_by_phone"]  # fmt: skip

_store = ConsentStore(RequesterIdentity, "request")
consent_of = _store.consent_of
audit_consent = _store.audit_consent  # once the new identity row is saved
withdraw = _store.withdraw
withdraw_by_phone = _store.withdraw_by_phone


def record_consent(row: RequesterIdentity, channels) -> None:
    """On a new identity row, before it is saved (the intake audits it once saved: `audit_consent`)."""
    record_on(row, channels)
