"""Property tests for office hours per weekday, dated hours (Ramadan) and calendar-day clocks.

The oracle shares no code with pintu.workdays.domain: it lays every date of a fixed window out in a
list, decides each day's closing time by its own reading of the rules, and answers by indexing.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pintu.workdays.domain import CalendarRules, HoursException, OfficeHours, WorkCalendar
from tests.workdays.test_domain_properties import (
    WINDOW,
    WINDOW_END,
    WINDOW_START,
    closed_dates,
    closed_pauses,
    local_parts,
    quarter_hour,
    receipts,
)

PROPS = settings(max_examples=200, deadline=None)


# --- oracle -------------------------------------------------------------------


def oracle_closing(rules: CalendarRules, d: date) -> time:
    """The closing time of `d`, read from the rules as the docs state them (no call into the domain)."""
    covering = [
        (position, exception)
        for position, exception in enumerate(rules.hours_exceptions)
        if exception.start <= d <= exception.end and (not exception.weekdays or d.weekday() in exception.weekdays)
    ]
    if covering:
        named = [c for c in covering if c[1].weekdays] or covering
        latest_start = max(e.start for _, e in named)
        named = [c for c in named if c[1].start == latest_start]
        shortest = min(e.end - e.start for _, e in named)
        named = [c for c in named if c[1].end - c[1].start == shortest]
        return named[-1][1].hours.close
    weekday_closing = dict(rules.weekday_hours)
    if d.weekday() in weekday_closing:
        return weekday_closing[d.weekday()].close
    return rules.office_close


class Oracle:
    def __init__(self, closed, rules: CalendarRules, pauses=(), *, calendar_days: bool = False) -> None:
        self.rules = rules
        self.working = [d.weekday() not in rules.weekend and d not in closed for d in WINDOW]
        spans = []
        for p in pauses:
            s = local_parts(p.start)[0]
            e = WINDOW_END if p.end is None else local_parts(p.end)[0]
            spans.append((s, e))
        paused = [any(s < d <= e for s, e in spans) for d in WINDOW]
        counts = [True] * len(WINDOW) if calendar_days else self.working
        self.counted = [c and not p for c, p in zip(counts, paused, strict=True)]
        self.calendar_days = calendar_days

    @staticmethod
    def idx(d: date) -> int:
        return (d - WINDOW_START).days

    def effective_index(self, received) -> int:
        d, t = local_parts(received)
        i = self.idx(d)
        after_hours = t is not None and t >= oracle_closing(self.rules, d)
        if self.rules.after_hours_counts_next_day and (after_hours or not self.working[i]):
            i += 1
            while not self.working[i]:
                i += 1
        return i

    def day_one_index(self, received) -> int:
        i = self.effective_index(received)
        if self.rules.day_one_is_next_working_day:
            i += 1
        if not self.calendar_days:
            while not self.working[i]:
                i += 1
        return i

    def due(self, received, n: int) -> date:
        start = self.day_one_index(received)
        counted = [i for i in range(start, len(WINDOW)) if self.counted[i]]
        i = counted[n - 1]
        while not self.working[i]:  # a calendar-day deadline on a closed day moves on
            i += 1
        return WINDOW[i]

    def number(self, received, on) -> int:
        start = self.day_one_index(received)
        last = self.idx(local_parts(on)[0])
        return sum(1 for i in range(start, min(last, len(WINDOW) - 1) + 1) if self.counted[i])


# --- strategies ---------------------------------------------------------------


@st.composite
def office_hours(draw: st.DrawFn) -> OfficeHours:
    open_k = draw(st.integers(0, 90))
    close_k = draw(st.integers(open_k + 1, 95))
    if close_k - open_k >= 3 and draw(st.booleans()):
        break_start = draw(st.integers(open_k + 1, close_k - 2))
        break_end = draw(st.integers(break_start + 1, close_k - 1))
        return OfficeHours(
            quarter_hour(open_k), quarter_hour(close_k), quarter_hour(break_start), quarter_hour(break_end)
        )
    return OfficeHours(quarter_hour(open_k), quarter_hour(close_k))


@st.composite
def hours_exception(draw: st.DrawFn) -> HoursException:
    start = draw(st.dates(date(2025, 1, 1), date(2026, 12, 31)))
    end = start + timedelta(days=draw(st.integers(0, 60)))
    weekdays = draw(st.frozensets(st.integers(0, 6), max_size=3))
    return HoursException(start, end, draw(office_hours()), weekdays)


@st.composite
def rules_with_hours(draw: st.DrawFn) -> CalendarRules:
    open_k = draw(st.integers(0, 94))
    close_k = draw(st.integers(open_k + 1, 95))
    weekday_hours = draw(st.dictionaries(st.integers(0, 6), office_hours(), max_size=7))
    return CalendarRules(
        office_open=quarter_hour(open_k),
        office_close=quarter_hour(close_k),
        weekend=draw(st.frozensets(st.integers(0, 6), max_size=5)),
        after_hours_counts_next_day=draw(st.booleans()),
        day_one_is_next_working_day=draw(st.booleans()),
        weekday_hours=weekday_hours,
        hours_exceptions=tuple(draw(st.lists(hours_exception(), max_size=3))),
    )


ON = st.one_of(
    st.dates(date(2024, 12, 15), date(2027, 6, 30)),
    st.builds(lambda d, k: datetime.combine(d, quarter_hour(k)), st.dates(date(2025, 1, 1), date(2027, 6, 30)),
              st.integers(0, 95)),
)  # fmt: skip


# --- office hours -------------------------------------------------------------------


@PROPS
@given(rules_with_hours(), st.dates(date(2025, 1, 1), date(2026, 12, 31)))
def test_closing_time_follows_exception_then_weekday_then_default(rules, d) -> None:
    assert rules.hours_on(d).close == oracle_closing(rules, d)


@PROPS
@given(closed_dates, rules_with_hours(), receipts, st.integers(1, 60))
def test_due_dates_with_weekday_and_dated_hours_match_oracle(closed, rules, received, n) -> None:
    cal = WorkCalendar(closed, rules)
    assert cal.add_working_days(received, n) == Oracle(closed, rules).due(received, n)
    assert cal.effective_receipt_day(received) == WINDOW[Oracle(closed, rules).effective_index(received)]


@PROPS
@given(closed_dates, rules_with_hours(), st.dates(date(2025, 1, 1), date(2026, 12, 31)), st.integers(0, 95))
def test_a_receipt_counts_the_same_day_exactly_until_that_days_closing(closed, rules, d, k) -> None:
    cal = WorkCalendar(closed, rules)
    received = datetime.combine(d, quarter_hour(k))
    before_closing = quarter_hour(k) < rules.hours_on(d).close
    if cal.is_working_day(d) and before_closing:
        assert cal.effective_receipt_day(received) == d
    elif rules.after_hours_counts_next_day:
        assert cal.effective_receipt_day(received) == cal.next_working_day(d)


# --- calendar-day clocks -------------------------------------------------------------


@PROPS
@given(closed_dates, rules_with_hours(), receipts, st.integers(1, 80), closed_pauses)
def test_calendar_day_due_matches_oracle(closed, rules, received, n, pauses) -> None:
    cal = WorkCalendar(closed, rules).counting(calendar_days=True)
    due = cal.add_working_days(received, n, pauses)
    assert due == Oracle(closed, rules, pauses, calendar_days=True).due(received, n)
    assert cal.is_working_day(due)  # the office can act on the last day


@PROPS
@given(closed_dates, rules_with_hours(), receipts, st.integers(1, 80), closed_pauses)
def test_calendar_days_never_give_more_time_than_working_days(closed, rules, received, n, pauses) -> None:
    working = WorkCalendar(closed, rules)
    calendar = working.counting(calendar_days=True)
    assert calendar.add_working_days(received, n, pauses) <= working.add_working_days(received, n, pauses)
    assert calendar.add_working_days(received, n, pauses) <= calendar.add_working_days(received, n + 1, pauses)


@PROPS
@given(closed_dates, rules_with_hours(), receipts, closed_pauses, ON)
def test_calendar_day_number_matches_oracle(closed, rules, received, pauses, on) -> None:
    cal = WorkCalendar(closed, rules, calendar_days=True)
    expected = Oracle(closed, rules, pauses, calendar_days=True).number(received, on)
    assert cal.working_day_number(received, on, pauses) == expected


@PROPS
@given(closed_dates, rules_with_hours(), receipts, st.integers(1, 40), closed_pauses, ON)
def test_calendar_day_progress_is_consistent(closed, rules, received, total, pauses, now) -> None:
    cal = WorkCalendar(closed, rules, calendar_days=True)
    oracle = Oracle(closed, rules, pauses, calendar_days=True)
    prog = cal.progress(received, total, now, pauses)
    due = oracle.due(received, total)
    assert prog.calendar_days and prog.due == due and prog.day == oracle.number(received, now)
    assert prog.overdue == (local_parts(now)[0] > due)
    assert prog.remaining == (total - prog.day if prog.overdue else max(total - prog.day, 0))


@PROPS
@given(closed_dates, rules_with_hours(), st.dates(date(2025, 1, 1), date(2027, 6, 30)), st.integers(1, 60))
def test_calendar_day_extension_counts_every_day_then_lands_on_a_working_day(closed, rules, due, m) -> None:
    cal = WorkCalendar(closed, rules, calendar_days=True)
    extended = cal.extend(due, m)
    assert cal.is_working_day(extended)
    assert extended >= due + timedelta(days=m)
    assert all(not cal.is_working_day(due + timedelta(days=k)) for k in range(m, (extended - due).days))


@given(closed_dates, rules_with_hours())
def test_counting_switches_and_comes_back(closed, rules) -> None:
    working = WorkCalendar(closed, rules)
    calendar = working.counting(calendar_days=True)
    assert working.counting(calendar_days=False) is working
    assert calendar.counting(calendar_days=False) is working and calendar.calendar_days
    assert calendar.closed_dates == working.closed_dates and calendar.rules is working.rules


@given(closed_dates, rules_with_hours(), receipts, st.integers(1, 30))
def test_calendar_day_number_without_pauses_counts_from_day_one(closed, rules, received, n) -> None:
    """Without pauses, a calendar-day count is the days from day one through the date, plus one."""
    cal = WorkCalendar(closed, rules, calendar_days=True)
    one = cal.day_one(received)
    assert cal.working_day_number(received, one + timedelta(days=n - 1)) == n
    assert cal.working_day_number(received, one - timedelta(days=1)) == 0
