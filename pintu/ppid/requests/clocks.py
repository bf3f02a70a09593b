"""The notice deadline of a request (UU 14/2008 art. 22(7)-(8)), in hari kerja.

- The clock starts when the request is complete (PpidSettings.request_clock_waits_for_complete,
  default on); with the setting off it starts at receipt, complete or not.
- Day 1 is the first working day after receipt (the counting rules of pintu.workdays).
- due = day 10; one extension of at most 7 hari kerja: extended_due = the 7th working day after due.
- While a request is incomplete and the clock waits for completion, there is no due date.
- Both count hari kerja; calendar days where the region's rule says so (PpidSettings.request_calendar_days).
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone

from pintu.cases.clocks import TaggedClock
from pintu.ppid.config import PpidSettings
from pintu.ppid.domain import REQUEST_NOTICE_DAYS
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.workflow import AWAITING_NOTICE, Status
from pintu.workdays.domain import Progress, WorkCalendar


def clock_start(request: InformationRequest, waits_for_complete: bool | None = None) -> datetime | None:
    if waits_for_complete is None:
        waits_for_complete = PpidSettings.load().request_clock_waits_for_complete
    if not waits_for_complete:
        return request.received_at
    return request.complete_at


def request_calendar(calendar: WorkCalendar, in_calendar_days: bool | None = None) -> WorkCalendar:
    """The calendar counting the notice clock: working days, or calendar days where the region says so."""
    if in_calendar_days is None:
        in_calendar_days = PpidSettings.load().request_calendar_days
    return calendar.counting(calendar_days=in_calendar_days)


def compute_due(request: InformationRequest, calendar: WorkCalendar, waits_for_complete: bool | None = None):
    """(due_date, extended_due) for the request as it stands."""
    start = clock_start(request, waits_for_complete)
    if start is None:
        return None, None
    calendar = request_calendar(calendar)
    due = calendar.add_working_days(start, REQUEST_NOTICE_DAYS)
    extended_due = calendar.extend(due, request.extension_days) if request.extended and request.extension_days else None
    return due, extended_due


def store_due_dates(
    request: InformationRequest, calendar: WorkCalendar, waits_for_complete: bool | None = None
) -> bool:
    """Write the due dates onto `request` (not saved); True when they changed."""
    due, extended_due = compute_due(request, calendar, waits_for_complete)
    changed = (request.due_date, request.extended_due) != (due, extended_due)
    request.due_date, request.extended_due = due, extended_due
    return changed


@dataclass(frozen=True)
class ClockView(TaggedClock):
    progress: Progress
    extended: bool


def current_clock(
    request: InformationRequest,
    calendar: WorkCalendar,
    now: datetime | None = None,
    waits_for_complete: bool | None = None,
) -> ClockView | None:
    """ "Hari kerja ke-N dari 10 (17)" while a notice is awaited; None otherwise."""
    if Status(request.status) not in AWAITING_NOTICE:
        return None
    start = clock_start(request, waits_for_complete)
    if start is None:
        return None
    total = REQUEST_NOTICE_DAYS + (request.extension_days or 0 if request.extended else 0)
    return ClockView(request_calendar(calendar).progress(start, total, now or timezone.now()), request.extended)


def is_overdue(request: InformationRequest, today: date) -> bool:
    due = request.effective_due
    return Status(request.status) in AWAITING_NOTICE and due is not None and today > due
