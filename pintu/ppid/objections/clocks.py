"""The statutory clocks of objections and disputes (UU 14/2008 art. 36-38), in hari kerja.

| clock              | days | counted from                                             |
|--------------------|------|----------------------------------------------------------|
| filing an objection | 30  | the day the ground arose (`ground_arose_on`); a notice: its receipt |
| the Atasan answers | 30   | the objection's receipt (`filed_at`, office-hours rules) |
| going to the KI    | 14   | the answer, or the answer due date when unanswered       |
| the KI starts      | 14   | the dispute's filing at the KI                           |
| the KI finishes    | 100  | the dispute's filing at the KI                           |

Day 1 is the first working day after the starting day (pintu.workdays rules). The filing window
compares calendar dates: filed on the 30th working day is in time, on any later date it is late.
Where the region's rule counts a clock in calendar days (PpidSettings: objection_filing_, objection_answer_,
dispute_calendar_days), the working-day calendar counts every day and moves a deadline off a closed day.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pintu.cases.clocks import TaggedClock
from pintu.ppid.config import PpidSettings
from pintu.ppid.domain import (
    DISPUTE_FILING_DAYS,
    DISPUTE_FINISH_DAYS,
    DISPUTE_START_DAYS,
    OBJECTION_ANSWER_DAYS,
    OBJECTION_FILING_DAYS,
)
from pintu.ppid.objections import workflow as wf
from pintu.ppid.requests import delivery
from pintu.workdays.domain import Progress, WorkCalendar


def counting(calendar: WorkCalendar, setting: str) -> WorkCalendar:
    """`calendar` counting the days of the clock named by PpidSettings.<setting> (calendar or working days)."""
    return calendar.counting(calendar_days=getattr(PpidSettings.load(), setting))


def local_date(value: datetime | date) -> date:
    if isinstance(value, datetime):
        return timezone.localdate(value) if timezone.is_aware(value) else value.date()
    return value


def filing_deadline(calendar: WorkCalendar, ground_arose_on: date) -> date:
    """The last day an objection may be filed: the 30th working day after the ground arose."""
    return counting(calendar, "objection_filing_calendar_days").add_working_days(ground_arose_on, OBJECTION_FILING_DAYS)


def filed_in_time(calendar: WorkCalendar, ground_arose_on: date, filed_at: datetime | date) -> bool:
    return local_date(filed_at) <= filing_deadline(calendar, ground_arose_on)


def answer_due(calendar: WorkCalendar, filed_at: datetime | date) -> date:
    return counting(calendar, "objection_answer_calendar_days").add_working_days(filed_at, OBJECTION_ANSWER_DAYS)


def default_ground_arose_on(grounds: str, request) -> date | None:
    """When the chosen grounds arose, from the request: the day the requester received its notice
    (requests.delivery: recorded, or expected by channel) for (a)(d)(e)(f), its due date
    (after any extension) for (c)(g). With several grounds the latest date counts (the reading most
    favourable to the requester). None when no chosen ground can be dated from the request."""
    dates = []
    if request is not None:
        if set(grounds) & wf.GROUNDS_FROM_DECISION and request.decided_at:
            dates.append(delivery.received_on(request))  # counted from the requester's receipt of the notice
        if set(grounds) & wf.GROUNDS_FROM_DUE_DATE and request.effective_due:
            dates.append(request.effective_due)
    return max(dates) if dates else None


def dispute_filing_base(objection) -> date:
    """The KI window runs from the Atasan PPID's answer, or from its due date when unanswered."""
    return local_date(objection.decided_at) if objection.decided_at else objection.answer_due


def dispute_filing_deadline(calendar: WorkCalendar, objection) -> date:
    calendar = counting(calendar, "dispute_calendar_days")
    return calendar.add_working_days(dispute_filing_base(objection), DISPUTE_FILING_DAYS)


def dispute_dues(calendar: WorkCalendar, filed_on: date) -> tuple[date, date]:
    """(start due, finish due) of the KI for a dispute filed on `filed_on`."""
    calendar = counting(calendar, "dispute_calendar_days")
    return (
        calendar.add_working_days(filed_on, DISPUTE_START_DAYS),
        calendar.add_working_days(filed_on, DISPUTE_FINISH_DAYS),
    )


@dataclass(frozen=True)
class Clock(TaggedClock):
    label: object  # a lazy translation
    progress: Progress

    @property
    def text(self) -> str:
        numbers = {"day": self.progress.day, "total": self.progress.total}
        if self.progress.calendar_days:
            return _("hari ke-%(day)s dari %(total)s hari kalender") % numbers
        return _("hari kerja ke-%(day)s dari %(total)s") % numbers


def objection_clock(calendar: WorkCalendar, objection, now: datetime | None = None) -> Clock | None:
    """The Atasan PPID's 30-day clock while the objection awaits an answer."""
    if objection.status != wf.Status.REGISTERED:
        return None
    calendar = counting(calendar, "objection_answer_calendar_days")
    progress = calendar.progress(objection.filed_at, OBJECTION_ANSWER_DAYS, now or timezone.now())
    return Clock(gettext_lazy("Tanggapan Atasan PPID"), progress)


def dispute_clocks(calendar: WorkCalendar, dispute, now: datetime | None = None) -> list[Clock]:
    """The KI's clocks while the dispute is open: start (until a stage starts) and finish."""
    if dispute.status == wf.DisputeStatus.CLOSED:
        return []
    now = now or timezone.now()
    calendar = counting(calendar, "dispute_calendar_days")
    clocks = []
    if dispute.status == wf.DisputeStatus.FILED:
        clocks.append(Clock(gettext_lazy("Komisi Informasi memulai penyelesaian"),
                            calendar.progress(dispute.filed_on, DISPUTE_START_DAYS, now)))  # fmt: skip
    clocks.append(Clock(gettext_lazy("Komisi Informasi menyelesaikan sengketa"),
                        calendar.progress(dispute.filed_on, DISPUTE_FINISH_DAYS, now)))  # fmt: skip
    return clocks
