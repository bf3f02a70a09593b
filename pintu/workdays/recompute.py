"""The hook that keeps stored due dates true when the calendar changes.

Each app whose cases store due dates registers a recomputer in its AppConfig.ready():

    register_due_date_recomputer("reports", recompute_report_due_dates)

A recomputer takes the current WorkCalendar, rewrites the stored due dates of its open cases and
returns how many it changed. `recompute_open_cases()` runs them all; the calendar services enqueue it
after every change, so it runs in the background worker.
"""

from collections.abc import Callable

from pintu.workdays.calendar import get_calendar
from pintu.workdays.domain import WorkCalendar

Recomputer = Callable[[WorkCalendar], int]
_RECOMPUTERS: dict[str, Recomputer] = {}


def register_due_date_recomputer(name: str, fn: Recomputer) -> None:
    _RECOMPUTERS[name] = fn


def unregister_due_date_recomputer(name: str) -> None:
    _RECOMPUTERS.pop(name, None)


def recompute_open_cases() -> dict[str, int]:
    calendar = get_calendar()
    return {name: fn(calendar) for name, fn in sorted(_RECOMPUTERS.items())}
