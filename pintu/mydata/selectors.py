"""What the "Data saya" page (and GET /api/v1/me/) shows about the signed-in person: counts and masked contact.

Counts come from the same selectors as the citizen's own lists, so a case of someone else is never counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from pintu.complaints.selectors import report_ids_of_reporter
from pintu.mydata.models import PrivacySettings, RecordKind, RecordType
from pintu.mydata.restriction import schedule
from pintu.mydata.services import RestrictedCase, erasure_preview, may_erase_self
from pintu.ppid.objections.selectors import objections_of_requester
from pintu.ppid.requests.selectors import request_ids_of_requester
from pintu.privacy.contact import mask_email, mask_phone


def retention_periods() -> dict:
    """How long cases and identity files are kept (the archive schedule), as the data page and API state it."""
    return {
        "retention_years_reports": schedule(RecordKind.REPORT).retention_years,
        "retention_years_requests": schedule(RecordKind.REQUEST).retention_years,
        "retention_days_identity": schedule(RecordKind.IDENTITY_FILE).retention_years * 365,
    }


def archive_schedule() -> list[RecordType]:
    """Every line of the archive schedule, as /privasi/ lists it."""
    for kind in RecordKind.values:
        schedule(kind)
    return list(RecordType.objects.order_by("kind"))


def privacy_contacts() -> PrivacySettings:
    return PrivacySettings.load()


@dataclass(frozen=True)
class AccountSummary:
    may_erase: bool
    email_masked: str
    phone_masked: str
    report_count: int
    request_count: int
    objection_count: int
    restricted_on_erasure: list[RestrictedCase]


def account_summary(user) -> AccountSummary:
    """The person's own account at a glance; e-mail and phone masked (the page may be seen over a shoulder)."""
    return AccountSummary(
        may_erase=may_erase_self(user),
        email_masked=mask_email(user.email) if user.email else "",
        phone_masked=mask_phone(user.phone) if user.phone else "",
        report_count=report_ids_of_reporter(user).count(),
        request_count=request_ids_of_requester(user).count(),
        objection_count=objections_of_requester(user).count(),
        restricted_on_erasure=erasure_preview(user),
    )
