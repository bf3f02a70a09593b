"""Build the domain WorkCalendar from the database (cached per process, rebuilt on any change).

Closed days are checked by their own count and newest change; the counting rules and the office hours
(per weekday, dated exceptions) by `CalendarSettings.version`, which every service that changes them
moves on (pintu.workdays.services).
"""

import threading

from django.conf import settings
from django.db.models import Count, Max

from pintu.workdays.domain import CalendarRules, WorkCalendar
from pintu.workdays.domain import HoursException as DomainHoursException
from pintu.workdays.models import CalendarSettings, ClosedDay, HoursException, WeekdayHours

_lock = threading.Lock()
_cached: tuple[tuple, WorkCalendar] | None = None


def rules_from(row: CalendarSettings, weekday_hours=None, exceptions=None) -> CalendarRules:
    if weekday_hours is None:
        weekday_hours = list(WeekdayHours.objects.all())
    if exceptions is None:
        exceptions = list(HoursException.objects.all())
    return CalendarRules(
        office_open=row.office_open,
        office_close=row.office_close,
        weekend=frozenset({6} if row.saturday_is_working_day else {5, 6}),
        after_hours_counts_next_day=row.after_hours_counts_next_day,
        day_one_is_next_working_day=row.day_one_is_next_working_day,
        due_soon_days=row.due_soon_days,
        tz=settings.TIME_ZONE,
        weekday_hours={h.weekday: h.hours() for h in weekday_hours},
        hours_exceptions=tuple(
            DomainHoursException(
                x.start_date, x.end_date, x.hours(), frozenset() if x.weekday is None else {x.weekday}, x.name
            )
            for x in exceptions
        ),
    )


def get_calendar() -> WorkCalendar:
    """The calendar in force. Two small queries decide whether the cached copy is still current."""
    global _cached
    row = CalendarSettings.load()
    stats = ClosedDay.objects.filter(active=True).aggregate(n=Count("pk"), last=Max("updated_at"))
    key = (row.pk, row.version, row.updated_at, stats["n"], stats["last"])
    with _lock:
        if _cached is not None and _cached[0] == key:
            return _cached[1]
    closed = ClosedDay.objects.filter(active=True).values_list("date", flat=True)
    calendar = WorkCalendar(closed, rules_from(row))
    with _lock:
        _cached = (key, calendar)
    return calendar
