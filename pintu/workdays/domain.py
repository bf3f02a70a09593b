"""Working-day ("hari kerja") arithmetic for legal deadlines.

Pure Python, no Django. A working day is a date whose weekday is not in
``CalendarRules.weekend`` and that is not one of the caller-supplied closed
dates (national holidays, cuti bersama, local closures).

Decided rules (see ``WorkCalendar`` methods for details):

* Office hours may differ per weekday (``CalendarRules.weekday_hours``, e.g. a
  Friday that closes later after its prayer break) and per dated period
  (``CalendarRules.hours_exceptions``, e.g. Ramadan hours); ``hours_on(d)``
  picks them (see there). Only the closing time decides anything: a break is
  information for the public, not a reason to count a receipt elsewhere.
* Only receipts at/after the day's closing time are "after hours"; a receipt
  before opening on a working day counts as in-hours of that same day.
* A plain ``date`` counts as received within office hours that day.
* Naive datetimes are local time in ``rules.tz``; aware ones are converted.
* ``after_hours_counts_next_day=False`` disables *both* shifts (after-hours and
  closed-day receipts); the effective receipt day may then be a non-working
  day, and day one is still always a working day.
* A working day ``d`` is paused if ``start_date < d <= end_date`` (local dates);
  an open pause pauses every ``d > start_date``. Intervals may overlap.
* ``add_working_days`` and ``extend`` require ``n >= 1``.
* A clock may count calendar days instead (``WorkCalendar.counting(calendar_days=True)``,
  where a region's rule says so): the receipt rules stay as above (a receipt on a
  closed day or after closing still counts from the next working day), then every
  day counts (paused days excepted), and a deadline that ends on a non-working day
  moves to the next working day, when the office can act on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["CalendarRules", "HoursException", "OfficeHours", "Pause", "Progress", "WorkCalendar"]

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class OfficeHours:
    """One day's service hours: open, close, and an optional break (e.g. Friday prayers)."""

    open: time
    close: time
    break_start: time | None = None
    break_end: time | None = None

    def __post_init__(self) -> None:
        if self.open >= self.close:
            raise ValueError("office hours must open before they close")
        if (self.break_start is None) != (self.break_end is None):
            raise ValueError("a break needs both its start and its end")
        if self.break_start is not None and not (self.open < self.break_start < self.break_end < self.close):
            raise ValueError("a break must lie inside the office hours")


@dataclass(frozen=True)
class HoursException:
    """Dated office hours (e.g. Ramadan) from ``start`` to ``end`` inclusive.

    ``weekdays`` (``date.weekday()`` values) limits it to some days of the week; empty means every day.
    """

    start: date
    end: date
    hours: OfficeHours
    weekdays: frozenset[int] = frozenset()
    name: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        if self.end < self.start:
            raise ValueError("an hours exception ends before it starts")
        if not all(isinstance(w, int) and 0 <= w <= 6 for w in self.weekdays):
            raise ValueError("weekdays must be date.weekday() values 0..6")

    def covers(self, d: date) -> bool:
        return self.start <= d <= self.end and (not self.weekdays or d.weekday() in self.weekdays)


@dataclass(frozen=True)
class CalendarRules:
    """Configurable counting rules; validated on construction.

    ``office_open``/``office_close`` are the hours of any day without its own entry in
    ``weekday_hours`` (a mapping or pairs weekday -> OfficeHours, stored as sorted pairs)
    and without a covering ``hours_exceptions`` entry.
    """

    office_open: time = time(8, 0)
    office_close: time = time(16, 0)
    weekend: frozenset[int] = frozenset({5, 6})  # date.weekday() values
    after_hours_counts_next_day: bool = True
    day_one_is_next_working_day: bool = True
    due_soon_days: int = 2
    tz: str = "Asia/Jakarta"
    weekday_hours: tuple[tuple[int, OfficeHours], ...] = ()
    hours_exceptions: tuple[HoursException, ...] = ()

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
        pairs = self.weekday_hours.items() if isinstance(self.weekday_hours, Mapping) else self.weekday_hours
        pairs = tuple(sorted((int(w), h) for w, h in pairs))
        if not all(0 <= w <= 6 and isinstance(h, OfficeHours) for w, h in pairs):
            raise ValueError("weekday_hours maps date.weekday() values 0..6 to OfficeHours")
        if len({w for w, _ in pairs}) != len(pairs):
            raise ValueError("weekday_hours names a weekday twice")
        object.__setattr__(self, "weekday_hours", pairs)
        object.__setattr__(self, "hours_exceptions", tuple(self.hours_exceptions))

    @property
    def default_hours(self) -> OfficeHours:
        return OfficeHours(self.office_open, self.office_close)

    def hours_on(self, d: date) -> OfficeHours:
        """The office hours of date ``d``.

        A dated exception covering ``d`` wins over the weekday's hours, which win over the
        default. Among exceptions covering ``d``, one that names ``d``'s weekday beats one for
        every day; then the later start (the newer decree), then the shorter period, then the
        later in the list.
        """
        best: tuple | None = None
        for index, exception in enumerate(self.hours_exceptions):
            if exception.covers(d):
                rank = (bool(exception.weekdays), exception.start, -(exception.end - exception.start).days, index)
                if best is None or rank > best[0]:
                    best = (rank, exception.hours)
        if best is not None:
            return best[1]
        for weekday, hours in self.weekday_hours:
            if weekday == d.weekday():
                return hours
        return self.default_hours

    def closes_at(self, d: date) -> time:
        return self.hours_on(d).close


@dataclass(frozen=True)
class Pause:
    """A stopped-clock interval; ``end=None`` means still paused."""

    start: datetime
    end: datetime | None = None


@dataclass(frozen=True)
class Progress:
    """Snapshot of a case clock at some moment."""

    day: int  # counted days so far (0 before day one; may exceed total)
    total: int  # N, the deadline in (working or calendar) days
    due: date | None  # None while an open pause makes the due date unknown
    paused: bool  # an open pause exists
    overdue: bool
    due_soon: bool
    remaining: int | None  # total - day (negative when overdue); None if due is None
    calendar_days: bool = False  # the clock counts calendar days, not working days


DEFAULT_RULES = CalendarRules()


class WorkCalendar:
    """Working-day calculator over a fixed set of closed dates.

    ``calendar_days=True`` makes the same calculator count calendar days (module docstring);
    ``counting(calendar_days=...)`` gives the sibling that counts the other way.
    """

    def __init__(
        self,
        closed_dates: Iterable[date] = (),
        rules: CalendarRules | None = None,
        *,
        calendar_days: bool = False,
    ) -> None:
        rules = rules or DEFAULT_RULES
        self.rules = rules
        self.closed_dates: frozenset[date] = frozenset(d.date() if isinstance(d, datetime) else d for d in closed_dates)
        self.calendar_days = calendar_days
        self._tz = ZoneInfo(rules.tz)
        self._sibling: WorkCalendar | None = None

    def counting(self, *, calendar_days: bool) -> WorkCalendar:
        """This calendar counting working days (False) or calendar days (True)."""
        if calendar_days == self.calendar_days:
            return self
        if self._sibling is None:
            sibling = WorkCalendar.__new__(WorkCalendar)
            sibling.__dict__.update(self.__dict__)
            sibling.calendar_days = calendar_days
            sibling._sibling = self
            self._sibling = sibling
        return self._sibling

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

    def _counts(self, d: date) -> bool:
        """Whether ``d`` is a day the clock counts (before pauses)."""
        return self.calendar_days or self.is_working_day(d)

    def _next_counted(self, d: date) -> date:
        return d + _ONE_DAY if self.calendar_days else self.next_working_day(d)

    def hours_on(self, d: date) -> OfficeHours:
        """The office hours of ``d`` (CalendarRules.hours_on)."""
        return self.rules.hours_on(d)

    def _local(self, value: datetime | date) -> tuple[date, bool]:
        """(local date, is after hours) for a date or datetime."""
        if isinstance(value, datetime):
            if value.tzinfo is not None and value.utcoffset() is not None:
                value = value.astimezone(self._tz)
            day = value.date()
            return day, value.time() >= self.rules.closes_at(day)
        return value, False

    def _local_date(self, value: datetime | date) -> date:
        if isinstance(value, datetime):
            if value.tzinfo is not None and value.utcoffset() is not None:
                value = value.astimezone(self._tz)
            return value.date()
        return value

    # --- receipt and counting -------------------------------------------

    def effective_receipt_day(self, received: datetime | date) -> date:
        """Day the receipt counts as made (next working day if after that day's closing or closed)."""
        d, after_hours = self._local(received)
        if self.rules.after_hours_counts_next_day and (after_hours or not self.is_working_day(d)):
            return self.next_working_day(d)
        return d

    def day_one(self, received: datetime | date) -> date:
        """The first counted day (a working day, or any day for a calendar-day clock)."""
        eff = self.effective_receipt_day(received)
        if self.rules.day_one_is_next_working_day:
            return self._next_counted(eff)
        return eff if self._counts(eff) else self._next_counted(eff)

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

    def _due_day(self, d: date) -> date:
        """A calendar-day deadline falling on a non-working day moves to the next working day."""
        return self._on_or_after(d) if self.calendar_days else d

    def add_working_days(self, received: datetime | date, n: int, pauses: Sequence[Pause] = ()) -> date:
        """Date of counted day ``n`` (``n >= 1``), skipping paused days.

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
            d = self._next_counted(d)
            if not self._is_paused(d, ranges):
                count += 1
        return self._due_day(d)

    def extend(self, due: date, n: int) -> date:
        """The ``n``-th counted day strictly after ``due`` (``n >= 1``)."""
        if n < 1:
            raise ValueError("n must be >= 1")
        d = due
        for _ in range(n):
            d = self._next_counted(d)
        return self._due_day(d)

    def working_day_number(
        self,
        received: datetime | date,
        on: datetime | date,
        pauses: Sequence[Pause] = (),
    ) -> int:
        """Counted (non-paused) days from day one through ``on``'s date."""
        ranges = self._pause_ranges(pauses)
        end = self._local_date(on)
        d = self.day_one(received)
        if self.calendar_days and not ranges:
            return max((end - d).days + 1, 0)
        k = 0
        while d <= end:
            if not self._is_paused(d, ranges):
                k += 1
            d = self._next_counted(d)
        return k

    def count_working_days(self, start: date, end: date) -> int:
        """Number of counted days ``d`` with ``start < d <= end``."""
        if self.calendar_days:
            return max((end - start).days, 0)
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
        """Where a case with an N-day deadline stands at ``now``."""
        if total < 1:
            raise ValueError("total must be >= 1")
        day = self.working_day_number(received, now, pauses)
        if any(p.end is None for p in pauses):
            return Progress(day, total, None, True, False, False, None, self.calendar_days)
        due = self.add_working_days(received, total, pauses)
        overdue = self._local_date(now) > due
        remaining = total - day
        if not overdue:
            remaining = max(remaining, 0)  # a calendar-day deadline moved past a closed day
        due_soon = not overdue and remaining <= self.rules.due_soon_days
        return Progress(day, total, due, False, overdue, due_soon, remaining, self.calendar_days)
