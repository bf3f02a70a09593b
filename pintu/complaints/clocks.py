"""The report clocks of DOMAIN.md section 3, computed with the working-day calendar.

| clock          | default | starts                 | stops                         |
|----------------|---------|------------------------|-------------------------------|
| verify         | 3       | submitted              | disposition / forward / archive |
| first_response | 5       | (latest) disposition   | first tindak lanjut           |
| resolve        | 14 / 60 | (latest) disposition   | closed                        |
| autoclose      | 10      | last tindak lanjut     | reporter replies / closed     |

The clocks pause while the report waits for the reporter (Pause rows). Due dates are stored on the
report by `store_due_dates()`; with an open pause they are unknown (None) until the reply comes.

Each clock counts hari kerja unless the region's rule counts it in calendar days
(ComplaintSettings.<clock>_calendar_days, overridden per category in CategoryClock): the working-day
calendar then counts every day and moves a deadline off a closed day (pintu.workdays.domain).

A closed report may be reopened (by its reporter or the admin instansi) only until
`reopen_deadline()`: ComplaintSettings.reopen_window_days after closing (0: no limit).
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pintu.cases.clocks import TaggedClock
from pintu.complaints.models import CategoryClock, ComplaintSettings, Report
from pintu.complaints.workflow import AT_OPD, OPEN_AT_ADMIN, Status
from pintu.workdays.domain import Pause, Progress, WorkCalendar

CLOCK_LABELS = {
    "verify": _("Verifikasi dan disposisi"),
    "first_response": _("Tindak lanjut pertama"),
    "resolve": _("Penyelesaian"),
    "autoclose": _("Tutup otomatis bila pelapor tidak menanggapi"),
}


CLOCKS = ("verify", "first_response", "resolve", "autoclose")


@dataclass(frozen=True)
class ClockPolicy:
    verify_days: int
    first_response_days: int
    resolve_days: int
    autoclose_days: int
    calendar_days: frozenset[str] = frozenset()  # names of the clocks counted in calendar days

    def counting(self, calendar: WorkCalendar, clock: str) -> WorkCalendar:
        """The calendar counting `clock`'s days (working or calendar days)."""
        return calendar.counting(calendar_days=clock in self.calendar_days)


def policy_for(report: Report, defaults: ComplaintSettings | None = None) -> ClockPolicy:
    defaults = defaults or ComplaintSettings.load()
    override = None
    if report.category_id:
        try:
            override = report.category.clock
        except CategoryClock.DoesNotExist:
            override = None
    complex_case = report.berkadar_pengawasan or bool(report.category and report.category.needs_field_check)
    resolve_default = defaults.resolve_days_complex if complex_case else defaults.resolve_days

    def pick(name: str, default: int) -> int:
        value = getattr(override, name, None) if override else None
        return value or default

    def in_calendar_days(clock: str) -> bool:
        value = getattr(override, f"{clock}_calendar_days", None) if override else None
        return getattr(defaults, f"{clock}_calendar_days") if value is None else value

    return ClockPolicy(
        verify_days=pick("verify_days", defaults.verify_days),
        first_response_days=pick("first_response_days", defaults.first_response_days),
        resolve_days=pick("resolve_days", resolve_default),
        autoclose_days=pick("autoclose_days", defaults.autoclose_days),
        calendar_days=frozenset(clock for clock in CLOCKS if in_calendar_days(clock)),
    )


def pauses_of(report: Report) -> list[Pause]:
    return [Pause(p.started_at, p.ended_at) for p in report.pauses.all()]


def _due(calendar: WorkCalendar, start: datetime | None, days: int, pauses: list[Pause]) -> date | None:
    if start is None:
        return None
    relevant = [p for p in pauses if p.end is None or p.end > start]
    if any(p.end is None for p in relevant):
        return None
    return calendar.add_working_days(start, days, relevant)


def compute_due_dates(report: Report, calendar: WorkCalendar, policy: ClockPolicy) -> dict[str, date | None]:
    pauses = pauses_of(report)
    at_opd = report.dispositioned_at is not None and report.status in AT_OPD | {Status.PERLU_INFO}
    silent = report.last_reply_at is None or (
        report.last_follow_up_at is not None and report.last_reply_at < report.last_follow_up_at
    )
    autoclose_start = report.last_follow_up_at if report.status == Status.DITINDAKLANJUTI and silent else None

    def clock(name: str) -> WorkCalendar:
        return policy.counting(calendar, name)

    return {
        "verify_due": _due(clock("verify"), report.submitted_at, policy.verify_days, pauses),
        "first_response_due": _due(clock("first_response"), report.dispositioned_at, policy.first_response_days,
                                   pauses) if report.dispositioned_at else None,
        "resolve_due": _due(clock("resolve"), report.dispositioned_at, policy.resolve_days, pauses)
        if at_opd else None,
        "autoclose_due": _due(clock("autoclose"), autoclose_start, policy.autoclose_days, [])
        if autoclose_start else None,
    }  # fmt: skip


def store_due_dates(report: Report, calendar: WorkCalendar, policy: ClockPolicy | None = None) -> list[str]:
    """Write the due dates onto `report` (not saved); returns the names of the fields that changed."""
    changed = []
    for name, value in compute_due_dates(report, calendar, policy or policy_for(report)).items():
        if getattr(report, name) != value:
            setattr(report, name, value)
            changed.append(name)
    return changed


@dataclass(frozen=True)
class ClockView(TaggedClock):
    name: str
    label: str
    progress: Progress


def current_clock(
    report: Report, calendar: WorkCalendar, now: datetime | None = None, defaults: ComplaintSettings | None = None
) -> ClockView | None:
    """The clock that matters now, as "hari kerja ke-N dari M"; None for closed or forwarded reports.

    Lists pass one `defaults` row (and prefetch `pauses` and `category__clock`) to stay at O(1) queries.
    """
    now = now or timezone.now()
    policy = policy_for(report, defaults)
    pauses = pauses_of(report)
    status = Status(report.status)
    if status in OPEN_AT_ADMIN or status == Status.DITUNDA:
        name, start, total = "verify", report.submitted_at, policy.verify_days
    elif status in AT_OPD or status == Status.PERLU_INFO:
        if report.first_response_at is None:
            name, start, total = "first_response", report.dispositioned_at, policy.first_response_days
        else:
            name, start, total = "resolve", report.dispositioned_at, policy.resolve_days
    elif status == Status.DITINDAKLANJUTI and report.autoclose_due:
        name, start, total, pauses = "autoclose", report.last_follow_up_at, policy.autoclose_days, []
    else:
        return None
    if start is None:
        return None
    relevant = [p for p in pauses if p.end is None or p.end > start]
    progress = policy.counting(calendar, name).progress(start, total, now, relevant)
    return ClockView(name, str(CLOCK_LABELS[name]), progress)


def reopen_deadline(report: Report, calendar: WorkCalendar, defaults: ComplaintSettings | None = None) -> date | None:
    """The last day a closed report may be reopened; None when it is not closed or there is no limit."""
    defaults = defaults or ComplaintSettings.load()
    if report.closed_at is None or report.status != Status.SELESAI or not defaults.reopen_window_days:
        return None
    counting = calendar.counting(calendar_days=defaults.reopen_window_calendar_days)
    return counting.add_working_days(report.closed_at, defaults.reopen_window_days)
