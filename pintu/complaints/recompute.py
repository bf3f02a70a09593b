"""Keep stored due dates of open reports true when the working-day calendar changes."""

from pintu.complaints.clocks import policy_for, store_due_dates
from pintu.complaints.models import ComplaintSettings, Report
from pintu.complaints.workflow import OPEN
from pintu.workdays.domain import WorkCalendar

FIELDS = ["verify_due", "first_response_due", "resolve_due", "autoclose_due"]


def recompute_report_due_dates(calendar: WorkCalendar) -> int:
    defaults = ComplaintSettings.load()
    changed = 0
    open_reports = Report.objects.filter(status__in=OPEN).select_related("category").prefetch_related("pauses")
    for report in open_reports.iterator(chunk_size=500):
        if store_due_dates(report, calendar, policy_for(report, defaults)):
            Report.objects.filter(pk=report.pk).update(**{name: getattr(report, name) for name in FIELDS})
            changed += 1
    return changed
