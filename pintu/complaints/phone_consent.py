"""Consent to WhatsApp/SMS messages about a report: given on the form, withdrawn by STOP or on the tracking page.

Stored on the report's contact (ReporterContact.notify_channels, notify_consent_at, notify_withdrawn_at) and
audited; the mechanism is pintu.cases.phone_consent, shared with information requests. Messages by phone go
only while the consent stands (complaints.notify.reporter); a withdrawal is for good for that report.
"""

from pintu.cases.phone_consent import ConsentStore, PhoneConsent, active_channels, consent_in, record_on
from pintu.complaints.models import ReporterContact

__all__ = ["PhoneConsent", "active_channels", "consent_in", "consent_of", "record_consent", "withdraw",
           "withdraw_by_phone"]  # fmt: skip

_store = ConsentStore(ReporterContact, "report")
consent_of = _store.consent_of
withdraw = _store.withdraw
withdraw_by_phone = _store.withdraw_by_phone


def record_consent(contact: ReporterContact, channels, *, via: str, actor=None) -> None:
    """On a new contact, in the intake's transaction: the channels agreed to, when, and an audit entry."""
    if record_on(contact, channels):
        contact.save(update_fields=["notify_channels", "notify_consent_at"])
        _store.audit_consent(contact, via=via, actor=actor)
