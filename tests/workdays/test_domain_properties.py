"""Property tests for pintu.workdays.domain against a brute-force oracle.

The oracle below deliberately shares no code with the module: it lays out every
date in a fixed multi-year window, marks each one working / paused / counted,
and answers questions by indexing into those lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from pintu.workdays.domain import CalendarRules, Pause, WorkCalendar

JAKARTA = ZoneInfo("Asia/Jakarta")
WINDOW_START = date(2024, 12, 1)
WINDOW_END = date(2031, 12, 31)
WINDOW = [
    WINDOW_START + timedelta(days=i)
    for i in range((WINDOW_END - WINDOW_START).days + 1)
]

PROPS = settings(max_examples=200, deadline=None)


# --- oracle -------------------------------------------------------------------


def local_parts(value: datetime | date) -> tuple[date, time | None]:
    """Local Jakarta (date, time); time is None for plain dates."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(JAKARTA)
        return value.date(), value.time()
    return value, None


@dataclass
class Oracle:
    closed: frozenset[date]
    rules: CalendarRules
    pauses: tuple[Pause, ...] = ()

    def __post_init__(self) -> None:
        spans = []
        for p in self.pauses:
            s = local_parts(p.start)[0]
            e = WINDOW_END if p.end is None else local_parts(p.end)[0]
            spans.append((s, e))
        self.working = [
            d.weekday() not in self.rules.weekend and d not in self.closed
            for d in WINDOW
        ]
        paused = [any(s < d <= e for s, e in spans) for d in WINDOW]
        self.counted = [w and not p for w, p in zip(self.working, paused, strict=False)]

    @staticmethod
    def idx(d: date) -> int:
        return (d - WINDOW_START).days

    def day_one_index(self, received: datetime | date) -> int:
        d, t = local_parts(received)
        i = self.idx(d)
        after_hours = t is not None and t >= self.rules.office_close
        if self.rules.after_hours_counts_next_day and (
            after_hours or not self.working[i]
        ):
            i += 1
            while not self.working[i]:
                i += 1
        if self.rules.day_one_is_next_working_day:
            i += 1
        while not self.working[i]:
            i += 1
        return i

    def counted_dates(self, received: datetime | date) -> list[date]:
        start = self.day_one_index(received)
        return [WINDOW[i] for i in range(start, len(WINDOW)) if self.counted[i]]

    def due(self, received: datetime | date, n: int) -> date:
        return self.counted_dates(received)[n - 1]

    def number(self, received: datetime | date, on: datetime | date) -> int:
        on_date = local_parts(on)[0]
        return sum(1 for d in self.counted_dates(received) if d <= on_date)

    def count(self, a: date, b: date) -> int:
        return sum(1 for i, d in enumerate(WINDOW) if a < d <= b and self.working[i])


# --- strategies ---------------------------------------------------------------

REAL_CLOSED = frozenset(
    date.fromisoformat(s)
    for s in (
        "2025-01-01 2025-01-27 2025-01-28 2025-01-29 2025-03-28 2025-03-29 "
        "2025-03-31 2025-04-01 2025-04-02 2025-04-03 2025-04-04 2025-04-07 "
        "2025-04-18 2025-04-20 2025-05-01 2025-05-12 2025-05-13 2025-05-29 "
        "2025-05-30 2025-06-01 2025-06-06 2025-06-09 2025-06-27 2025-08-17 "
        "2025-08-18 2025-09-05 2025-12-25 2025-12-26 "
        "2026-01-01 2026-01-16 2026-02-16 2026-02-17 2026-03-18 2026-03-19 "
        "2026-03-20 2026-03-21 2026-03-22 2026-03-23 2026-03-24 2026-04-03 "
        "2026-04-05 2026-05-01 2026-05-14 2026-05-15 2026-05-27 2026-05-28 "
        "2026-05-31 2026-06-01 2026-06-16 2026-08-17 2026-08-25 2026-12-24 "
        "2026-12-25"
    ).split()
)
RECEIPT_MIN = datetime(2025, 1, 1)
RECEIPT_MAX = datetime(2026, 12, 31, 23, 59, 59)

random_closed = st.frozensets(
    st.dates(date(2025, 1, 1), date(2027, 6, 30)), max_size=80
)
closed_dates = st.one_of(
    random_closed,
    st.just(REAL_CLOSED),
    random_closed.map(lambda s: s | REAL_CLOSED),
)

zones = st.sampled_from(
    [
        UTC,
        JAKARTA,
        ZoneInfo("Asia/Makassar"),
        ZoneInfo("Asia/Jayapura"),
        ZoneInfo("America/New_York"),
        timezone(timedelta(hours=-11)),
    ]
)
naive_dt = st.datetimes(RECEIPT_MIN, RECEIPT_MAX)
aware_dt = st.builds(lambda dt, tz: dt.replace(tzinfo=tz), naive_dt, zones)


def quarter_hour(k: int) -> time:
    return time(k // 4, 15 * (k % 4))


@st.composite
def rules_strategy(draw: st.DrawFn) -> CalendarRules:
    open_k = draw(st.integers(0, 94))
    close_k = draw(st.integers(open_k + 1, 95))
    return CalendarRules(
        office_open=quarter_hour(open_k),
        office_close=quarter_hour(close_k),
        weekend=draw(st.frozensets(st.integers(0, 6), max_size=5)),
        after_hours_counts_next_day=draw(st.booleans()),
        day_one_is_next_working_day=draw(st.booleans()),
    )


# Quarter-hour receipts hit office_open/office_close exactly now and then.
on_the_quarter = st.builds(
    lambda d, k: datetime.combine(d, quarter_hour(k)),
    st.dates(RECEIPT_MIN.date(), RECEIPT_MAX.date()),
    st.integers(0, 95),
)
receipts = st.one_of(
    naive_dt, aware_dt, on_the_quarter, st.dates(RECEIPT_MIN.date(), RECEIPT_MAX.date())
)
rules_st = st.one_of(st.just(CalendarRules()), rules_strategy())


@st.composite
def closed_pause(draw: st.DrawFn) -> Pause:
    start = draw(st.one_of(naive_dt, aware_dt))
    length = draw(st.timedeltas(timedelta(0), timedelta(days=45)))
    return Pause(start, start + length)


closed_pauses = st.lists(closed_pause(), max_size=3).map(tuple)


@st.composite
def pauses_with_open(draw: st.DrawFn) -> tuple[Pause, ...]:
    pauses = list(draw(closed_pauses))
    if draw(st.booleans()):
        pauses.append(Pause(draw(st.one_of(naive_dt, aware_dt))))
    return tuple(pauses)


# --- properties -----------------------------------------------------------------


@PROPS
@given(closed_dates, rules_st, receipts, st.integers(1, 80))
def test_add_working_days_matches_oracle(closed, rules, received, n) -> None:
    cal = WorkCalendar(closed, rules)
    due = cal.add_working_days(received, n)
    assert due == Oracle(closed, rules).due(received, n)
    assert cal.is_working_day(due)
    assert due >= cal.day_one(received)


@PROPS
@given(closed_dates, rules_st, receipts, st.integers(1, 80), closed_pauses)
def test_add_working_days_with_pauses_matches_oracle(
    closed, rules, received, n, pauses
) -> None:
    cal = WorkCalendar(closed, rules)
    due = cal.add_working_days(received, n, pauses)
    assert due == Oracle(closed, rules, pauses).due(received, n)
    assert cal.is_working_day(due)
    assert cal.working_day_number(received, due, pauses) == n
    assert due >= cal.add_working_days(received, n)  # pauses never shorten


@PROPS
@given(closed_dates, rules_st, receipts, st.integers(1, 79), closed_pauses)
def test_monotonic_in_n(closed, rules, received, n, pauses) -> None:
    cal = WorkCalendar(closed, rules)
    assert cal.add_working_days(received, n) < cal.add_working_days(received, n + 1)
    assert cal.add_working_days(received, n, pauses) < cal.add_working_days(
        received, n + 1, pauses
    )


@PROPS
@given(closed_dates, rules_st, receipts, st.integers(1, 80))
def test_working_day_number_inverts_add(closed, rules, received, n) -> None:
    cal = WorkCalendar(closed, rules)
    due = cal.add_working_days(received, n)
    assert cal.working_day_number(received, due) == n
    assert cal.working_day_number(received, due - timedelta(days=1)) == n - 1


@PROPS
@given(
    closed_dates,
    rules_st,
    receipts,
    pauses_with_open(),
    st.one_of(naive_dt, aware_dt, st.dates(date(2024, 12, 15), date(2027, 6, 30))),
)
def test_working_day_number_matches_oracle(closed, rules, received, pauses, on) -> None:
    cal = WorkCalendar(closed, rules)
    expected = Oracle(closed, rules, pauses).number(received, on)
    assert cal.working_day_number(received, on, pauses) == expected


@PROPS
@given(
    closed_dates,
    rules_st,
    st.lists(st.dates(date(2025, 1, 1), date(2027, 12, 31)), min_size=3, max_size=3),
)
def test_count_working_days_additive_and_matches_oracle(closed, rules, ds) -> None:
    a, b, c = sorted(ds)
    cal = WorkCalendar(closed, rules)
    assert cal.count_working_days(a, b) + cal.count_working_days(b, c) == (
        cal.count_working_days(a, c)
    )
    assert cal.count_working_days(a, c) == Oracle(closed, rules).count(a, c)
    assert cal.count_working_days(c, a) == 0


@PROPS
@given(closed_dates, rules_st, receipts, st.integers(1, 60), st.integers(1, 40))
def test_extend_equals_longer_deadline(closed, rules, received, n, m) -> None:
    cal = WorkCalendar(closed, rules)
    due = cal.add_working_days(received, n)
    assert cal.extend(due, m) == cal.add_working_days(received, n + m)
    assert cal.count_working_days(due, cal.extend(due, m)) == m


@PROPS
@given(
    closed_dates,
    rules_st,
    receipts,
    st.integers(1, 40),
    pauses_with_open(),
    st.one_of(naive_dt, aware_dt, st.dates(date(2024, 12, 15), date(2027, 6, 30))),
)
def test_progress_consistent_with_oracle(
    closed, rules, received, total, pauses, now
) -> None:
    cal = WorkCalendar(closed, rules)
    oracle = Oracle(closed, rules, pauses)
    prog = cal.progress(received, total, now, pauses)
    assert prog.total == total
    assert prog.day == oracle.number(received, now)
    if any(p.end is None for p in pauses):
        assert prog.paused and prog.due is None and prog.remaining is None
        assert not prog.overdue and not prog.due_soon
        return
    due = oracle.due(received, total)
    now_date = local_parts(now)[0]
    assert not prog.paused
    assert prog.due == due
    assert prog.remaining == total - prog.day
    assert prog.overdue == (now_date > due)
    assert prog.due_soon == (
        not prog.overdue and total - prog.day <= rules.due_soon_days
    )
    if prog.overdue:
        assert prog.remaining <= 0
