"""Working-day durations and percentiles for the statistics, fast enough for a million reports.

Pure Python, no Django. `WorkdayIndex` answers the same questions as
`pintu.workdays.domain.WorkCalendar` (whose rules it reuses: receipt day, day one, pauses) but in
O(log n) per question instead of walking day by day, so rebuilding a million facts stays in
minutes: it precomputes, for every date of a span, how many working days lie on or before it.
Property tests (tests/insights/test_durations.py) check it against WorkCalendar on random input.

`percentile` is PostgreSQL's `percentile_cont` (linear interpolation between the two nearest
ranks); `percentile_from_histogram` gives the same number from (value, count) pairs, which is how
the SQLite path computes percentiles from one GROUP BY instead of a list of every row.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from pintu.workdays.domain import Pause, WorkCalendar

__all__ = ["WorkdayIndex", "percentile", "percentile_from_histogram"]


class WorkdayIndex:
    """Cumulative working-day counts over [first, last] for one WorkCalendar."""

    def __init__(self, calendar: WorkCalendar, first: date, last: date) -> None:
        if last < first:
            raise ValueError("last must not be before first")
        self.calendar = calendar
        self.first = first - timedelta(days=1)
        self.last = last
        cumulative = [0]
        working = [False]
        day = first
        while day <= last:
            is_working = calendar.is_working_day(day)
            cumulative.append(cumulative[-1] + (1 if is_working else 0))
            working.append(is_working)
            day += timedelta(days=1)
        self._cum = cumulative  # _cum[i] = working days in (self.first, self.first + i]
        self._working = working

    # --- helpers -----------------------------------------------------------------------------

    def _pos(self, d: date) -> int:
        pos = (d - self.first).days
        if pos < 0 or pos >= len(self._cum):
            raise ValueError(f"{d} is outside the index span {self.first + timedelta(days=1)}..{self.last}")
        return pos

    def _upto(self, d: date) -> int:
        """Working days in (first, d]."""
        return self._cum[self._pos(d)]

    def _between(self, lo: date, hi: date) -> int:
        """Working days d with lo < d <= hi (0 when hi <= lo)."""
        if hi <= lo:
            return 0
        return self._upto(hi) - self._upto(lo)

    def _paused_ranges(self, pauses: Sequence[Pause]) -> list[tuple[date, date | None]]:
        """Merged (start, end] local-date ranges of the pauses (end None: open)."""
        local = self.calendar._local_date  # noqa: SLF001 - same rules as the calendar, on purpose
        ranges = sorted(
            ((local(p.start), None if p.end is None else local(p.end)) for p in pauses),
            key=lambda r: (r[0], r[1] is None, r[1] or r[0]),  # equal starts: open pauses last
        )
        merged: list[list] = []
        for start, end in ranges:
            if end is not None and end < start:
                raise ValueError("pause ends before it starts")
            if merged and (merged[-1][1] is None or start <= merged[-1][1]):
                if merged[-1][1] is not None and (end is None or end > merged[-1][1]):
                    merged[-1][1] = end
                continue
            merged.append([start, end])
        return [(s, e) for s, e in merged]

    def _unpaused(self, lo: date, hi: date, ranges: list[tuple[date, date | None]]) -> int:
        """Working days d with lo < d <= hi that no pause covers."""
        total = self._between(lo, hi)
        for start, end in ranges:
            top = hi if end is None else min(end, hi)
            bottom = max(start, lo)
            total -= self._between(bottom, top)
        return total

    # --- the questions -----------------------------------------------------------------------

    def working_day_number(self, received: datetime | date, on: datetime | date, pauses: Sequence[Pause] = ()) -> int:
        """Same as WorkCalendar.working_day_number: counted working days from day one through `on`."""
        ranges = self._paused_ranges(pauses)
        day_one = self.calendar.day_one(received)
        end = self.calendar._local_date(on)  # noqa: SLF001
        if end < day_one:
            return 0
        return self._unpaused(day_one - timedelta(days=1), end, ranges)

    def add_working_days(self, received: datetime | date, n: int, pauses: Sequence[Pause] = ()) -> date:
        """Same as WorkCalendar.add_working_days: the date of counted working day `n`."""
        if n < 1:
            raise ValueError("n must be >= 1")
        ranges = self._paused_ranges(pauses)
        if any(end is None for _, end in ranges):
            raise ValueError("open pause: due date unknown")
        before = self.calendar.day_one(received) - timedelta(days=1)
        lo, hi = self._pos(before) + 1, len(self._cum) - 1
        if self._unpaused(before, self.first + timedelta(days=hi), ranges) < n:
            raise ValueError("due date beyond the index span")
        while lo < hi:  # smallest position whose unpaused count reaches n
            mid = (lo + hi) // 2
            if self._unpaused(before, self.first + timedelta(days=mid), ranges) >= n:
                hi = mid
            else:
                lo = mid + 1
        return self.first + timedelta(days=lo)


def percentile(values: Iterable[float], p: float) -> float | None:
    """PostgreSQL percentile_cont(p) over `values`; None for no values."""
    ordered = sorted(values)
    if not ordered:
        return None
    if not 0 <= p <= 1:
        raise ValueError("p must be within 0..1")
    position = p * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def percentile_from_histogram(histogram: Iterable[tuple[float, int]], p: float) -> float | None:
    """percentile_cont(p) from (value, count) pairs (any order, counts >= 0)."""
    pairs = sorted((value, count) for value, count in histogram if count > 0)
    n = sum(count for _, count in pairs)
    if n == 0:
        return None
    if not 0 <= p <= 1:
        raise ValueError("p must be within 0..1")
    ends = []  # ends[i]: rank (0-based) of the last copy of pairs[i]
    running = 0
    for _, count in pairs:
        running += count
        ends.append(running - 1)

    def at(rank: int) -> float:
        return pairs[bisect_left(ends, rank)][0]

    position = p * (n - 1)
    low = math.floor(position)
    high = min(low + 1, n - 1)
    return at(low) + (at(high) - at(low)) * (position - low)
