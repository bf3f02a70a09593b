"""Office hours as the public reads them: the regular week, and the dated periods (Ramadan) in force or
coming, each grouped into runs of weekdays with the same hours ("Senin-Kamis 07.30-16.00; Jumat ...").

Read from the calendar in force (pintu.workdays.calendar), so the pages say exactly what the counting uses.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils import timezone

from pintu.workdays.calendar import get_calendar
from pintu.workdays.domain import CalendarRules, OfficeHours
from pintu.workdays.models import Weekday


@dataclass(frozen=True)
class HoursLine:
    days: str  # "Senin-Kamis", "Jumat"
    hours: OfficeHours


@dataclass(frozen=True)
class HoursPeriod:
    name: str
    start: date
    end: date
    lines: list[HoursLine]


@dataclass(frozen=True)
class OfficeHoursSummary:
    week: list[HoursLine]
    periods: list[HoursPeriod]  # in force today or later, soonest first


def _runs(pairs: list[tuple[int, OfficeHours]]) -> list[HoursLine]:
    lines: list[HoursLine] = []
    run: list[int] = []
    for index, (weekday, hours) in enumerate(pairs):
        run.append(weekday)
        last = index == len(pairs) - 1
        if last or pairs[index + 1][1] != hours or pairs[index + 1][0] != weekday + 1:
            first, final = Weekday(run[0]).label, Weekday(run[-1]).label
            lines.append(HoursLine(str(first) if len(run) == 1 else f"{first}-{final}", hours))
            run = []
    return lines


def regular_week(rules: CalendarRules) -> list[HoursLine]:
    own = dict(rules.weekday_hours)
    days = [w for w in range(7) if w not in rules.weekend]
    return _runs([(w, own.get(w, rules.default_hours)) for w in days])


def _period_lines(rules: CalendarRules, start: date, end: date) -> list[HoursLine]:
    pairs = []
    for weekday in (w for w in range(7) if w not in rules.weekend):
        offset = (weekday - start.weekday()) % 7
        day = start + timedelta(days=offset)
        if day <= end:
            pairs.append((weekday, rules.hours_on(day)))
    return _runs(pairs)


def office_hours_summary(today: date | None = None) -> OfficeHoursSummary:
    rules = get_calendar().rules
    today = today or timezone.localdate()
    spans: dict[tuple[str, date, date], None] = {}
    for exception in rules.hours_exceptions:
        if exception.end >= today:
            spans.setdefault((exception.name, exception.start, exception.end), None)
    periods = []
    for name, start, end in sorted(spans, key=lambda span: (span[1], span[2], span[0])):
        periods.append(HoursPeriod(name, start, end, _period_lines(rules, start, end)))
    return OfficeHoursSummary(regular_week(rules), periods)
