"""What the "Data saya" page (and GET /api/v1/me/) shows about the signed-in person: counts and masked contact.

Counts come from the same selectors as the citizen's own lists, so a case of someone else is never counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings

from pintu.complaints.selectors import report_ids_of_reporter
from pintu.mydata.services import may_erase_self
from pintu.ppid.objections.selectors import objections_of_requester
from pintu.ppid.requests.selectors import request_ids_of_requester
from pintu.privacy.contact import mask_email, mask_phone


def retention_periods() -> dict:
    """How long cases and identity files are kept, as the privacy and data pages state it."""
    return {
        "retention_years_reports": settings.PINTU_RETENTION_DAYS_REPORTS // 365,
        "retention_years_requests": settings.PINTU_RETENTION_DAYS_REQUESTS // 365,
        "retention_days_identity": settings.PINTU_RETENTION_DAYS_IDENTITY_FILES,
    }


@dataclass(frozen=True)
class AccountSummary:
    may_erase: bool
    email_masked: str
    phone_masked: str
    report_count: int
    request_count: int
    objection_count: int


def account_summary(user) -> AccountSummary:
    """The person's own account at a glance; e-mail and phone masked (the page may be seen over a shoulder)."""
    return AccountSummary(
        may_erase=may_erase_self(user),
        email_masked=mask_email(user.email) if user.email else "",
        phone_masked=mask_phone(user.phone) if user.phone else "",
        report_count=report_ids_of_reporter(user).count(),
        request_count=request_ids_of_requester(user).count(),
        objection_count=objections_of_requester(user).count(),
    )
