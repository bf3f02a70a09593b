"""Working-day ("hari kerja") arithmetic for legal deadlines.

Pure Python, no Django. A working day is a date whose weekday is not in
``CalendarRules.weekend`` and that is not one of the caller-supplied closed
dates (national holidays, cuti bersama, local closures).

Decided rules (see ``WorkCalendar`` methods for details):

* Only receipts at/after ``office_close`` are "after hours"; a receipt before
  ``office_open`` on a working day counts as in-hours of that same day.
* A plain ``date`` counts as received within office hours that day.
* Naive datetimes are local time in ``rules.tz``; aware ones are converted.
* ``after_hours_counts_next_day=False`` disables *both* shifts (after-hours and
  closed-day receipts); the effective receipt day may then be a non-working
  day, and day one is still always a working day.
* A working day ``d`` is paused if ``start_date < d <= end_date`` (local dates);
  an open pause pauses every ``d > start_date``. Intervals may overlap.
* ``add_working_days`` and ``extend`` require ``n >= 1``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["CalendarRules", "Pause", "Progress", "WorkCalendar"]

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class CalendarRules:
    """Configurable counting rules; validated on construction."""

    office_open: time = time(8, 0)
    office_close: time = time(16, 0)
    weekend: frozenset[int] = frozenset({5, 6})  # date.weekday() values
    after_hours_counts_next_day: bool = True
    day_one_is_next_working_day: bool = True
    due_soon_days: int = 2
    tz: str = "Asia/Jakarta"

    def __post_init__(self) -> None:
        weekend = frozenset(self.weekend)
        object.__setattr__(self, "weekend", weekend)
        if not all(isinstance(w, int) and 0 <= w <= 6 for w in weekend):
            raise ValueError("weekend values must be date.weekday() values 0..6")
        if len(weekend) >= 7:
            raise ValueError("weekend cannot cover all seven days")
        if self.office_open >= self.office_close:
            raise ValueError("office_open must be before office_close")
        if self.due_soon_days < 0:
            raise ValueError("due_soon_days must be >= 0")
        try:
            ZoneInfo(self.tz)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone: {self.tz!r}") from exc


@dataclass(frozen=True)
class Pause:
    """A stopped-clock interval; ``end=None`` means still paused."""

    start: datetime
    end: datetime | None = None


@dataclass(frozen=True)
class Progress:
    """Snapshot of a case clock at some moment."""

    day: int  # counted working days so far (0 before day one; may exceed total)
    total: int  # N, the deadline in working days
    due: date | None  # None while an open pause makes the due date unknown
    paused: bool  # an open pause exists
    overdue: bool
    due_soon: bool
    remaining: int | None  # total - day (negative when overdue); None if due is None


DEFAULT_RULES = CalendarRules()


class WorkCalendar:
    """Working-day calculator over a fixed set of closed dates."""

    def __init__(
        self,
        closed_dates: Iterable[date] = (),
        rules: CalendarRules | None = None,
    ) -> None:
        rules = rules or DEFAULT_RULES
        self.rules = rules
        self.closed_dates: frozenset[date] = frozenset(
            d.date() if isinstance(d, datetime) else d for d in closed_dates
        )
        self._tz = ZoneInfo(rules.tz)

    # --- basic day predicates -------------------------------------------

    def is_working_day(self, d: date) -> bool:
        """True if ``d`` is neither a weekend day nor a closed date."""
        return d.weekday() not in self.rules.weekend and d not in self.closed_dates

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        d += _ONE_DAY
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def _on_or_after(self, d: date) -> date:
        return d if self.is_working_day(d) else self.next_working_day(d)

    def _local(self, value: datetime | date) -> tuple[date, bool]:
        """(local date, is after hours) for a date or datetime."""
        if isinstance(value, datetime):
            if value.tzinfo is not None and value.utcoffset() is not None:
                value = value.astimezone(self._tz)
            return value.date(), value.time() >= self.rules.office_close
        return value, False

    def _local_date(self, value: datetime | date) -> date:
        return self._local(value)[0]

    # --- receipt and counting -------------------------------------------

    def effective_receipt_day(self, received: datetime | date) -> date:
        """Day the receipt counts as made (next working day if after hours/closed)."""
        d, after_hours = self._local(received)
        if self.rules.after_hours_counts_next_day and (
            after_hours or not self.is_working_day(d)
        ):
            return self.next_working_day(d)
        return d

    def day_one(self, received: datetime | date) -> date:
        """The first working day of the count (always a working day)."""
        eff = self.effective_receipt_day(received)
        if self.rules.day_one_is_next_working_day:
            return self.next_working_day(eff)
        return self._on_or_after(eff)

    def _pause_ranges(self, pauses: Sequence[Pause]) -> list[tuple[date, date | None]]:
        ranges: list[tuple[date, date | None]] = []
        for p in pauses:
            start = self._local_date(p.start)
            end = None if p.end is None else self._local_date(p.end)
            if end is not None and end < start:
                raise ValueError("pause ends before it starts")
            ranges.append((start, end))
        return ranges

    @staticmethod
    def _is_paused(d: date, ranges: list[tuple[date, date | None]]) -> bool:
        return any(s < d and (e is None or d <= e) for s, e in ranges)

    def add_working_days(
        self, received: datetime | date, n: int, pauses: Sequence[Pause] = ()
    ) -> date:
        """Date of counted working day ``n`` (``n >= 1``), skipping paused days.

        Raises ValueError if ``n < 1`` or any pause is still open.
        """
        if n < 1:
            raise ValueError("n must be >= 1")
        ranges = self._pause_ranges(pauses)
        if any(e is None for _, e in ranges):
            raise ValueError("open pause: due date unknown")
        d = self.day_one(received)
        count = 0 if self._is_paused(d, ranges) else 1
        while count < n:
            d = self.next_working_day(d)
            if not self._is_paused(d, ranges):
                count += 1
        return d

    def extend(self, due: date, n: int) -> date:
        """The ``n``-th working day strictly after ``due`` (``n >= 1``)."""
        if n < 1:
            raise ValueError("n must be >= 1")
        d = due
        for _ in range(n):
            d = self.next_working_day(d)
        return d

    def working_day_number(
        self,
        received: datetime | date,
        on: datetime | date,
        pauses: Sequence[Pause] = (),
    ) -> int:
        """Counted (non-paused) working days from day one through ``on``'s date."""
        ranges = self._pause_ranges(pauses)
        end = self._local_date(on)
        d = self.day_one(received)
        k = 0
        while d <= end:
            if not self._is_paused(d, ranges):
                k += 1
            d = self.next_working_day(d)
        return k

    def count_working_days(self, start: date, end: date) -> int:
        """Number of working days ``d`` with ``start < d <= end``."""
        k = 0
        d = start + _ONE_DAY
        while d <= end:
            if self.is_working_day(d):
                k += 1
            d += _ONE_DAY
        return k

    def progress(
        self,
        received: datetime | date,
        total: int,
        now: datetime | date,
        pauses: Sequence[Pause] = (),
    ) -> Progress:
        """Where a case with an N-working-day deadline stands at ``now``."""
        if total < 1:
            raise ValueError("total must be >= 1")
        day = self.working_day_number(received, now, pauses)
        if any(p.end is None for p in pauses):
            return Progress(day, total, None, True, False, False, None)
        due = self.add_working_days(received, total, pauses)
        overdue = self._local_date(now) > due
        remaining = total - day
        due_soon = not overdue and remaining <= self.rules.due_soon_days
        return Progress(day, total, due, False, overdue, due_soon, remaining)
