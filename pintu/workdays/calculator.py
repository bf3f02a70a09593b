"""The public workday calculator's question: N working days from a receipt date and time.

One function for the web page (web:workday_calculator) and the API (api:workday_due), so both answer the
same: the first working day of the count, the N-th (the deadline), and the closed days in between that
the visitor may see.
"""

import datetime
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone

from pintu.workdays.calendar import get_calendar
from pintu.workdays.selectors import closed_days_visible_to


@dataclass(frozen=True)
class WorkdayAnswer:
    day_one: datetime.date
    due: datetime.date
    skipped: QuerySet


def working_days_from(user, day: datetime.date, at: datetime.time | None, n: int) -> WorkdayAnswer:
    """Received on `day` (at `at`, local time; None: within office hours), plus `n` working days."""
    received = timezone.make_aware(datetime.datetime.combine(day, at), timezone.get_current_timezone()) if at else day
    calendar = get_calendar()
    day_one = calendar.day_one(received)
    due = calendar.add_working_days(received, n)
    return WorkdayAnswer(day_one, due, closed_days_visible_to(user).filter(date__gte=day_one, date__lte=due))
