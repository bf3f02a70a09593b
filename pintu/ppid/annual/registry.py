"""What the annual report registers with the rest of Pintu (called from PpidConfig.ready())."""

from pintu.history.registry import register_case_type
from pintu.ppid.annual import events  # noqa: F401 (registers the event labels)
from pintu.ppid.annual.models import AnnualReport
from pintu.ppid.annual.selectors import annual_reports_visible_to, published_reports


def register() -> None:
    register_case_type(
        "annual_report",
        AnnualReport,
        visible_ids=lambda user: annual_reports_visible_to(user).values("pk"),
        public_ids=lambda: published_reports().values("pk"),
    )
