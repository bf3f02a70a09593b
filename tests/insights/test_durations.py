"""WorkdayIndex answers exactly what WorkCalendar answers; the percentiles are percentile_cont."""

import statistics
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pintu.insights.durations import WorkdayIndex, percentile, percentile_from_histogram
from pintu.workdays.domain import CalendarRules, Pause, WorkCalendar

TZ = ZoneInfo("Asia/Jakarta")
FIRST, LAST = date(2025, 12, 1), date(2027, 6, 30)
# 2026 national holidays and cuti bersama (DOMAIN.md section 4)
CLOSED_2026 = [date(2026, 1, 1), date(2026, 1, 16), date(2026, 2, 16), date(2026, 2, 17), date(2026, 3, 18),
               date(2026, 3, 19), date(2026, 3, 20), date(2026, 3, 21), date(2026, 3, 22), date(2026, 3, 23),
               date(2026, 3, 24), date(2026, 4, 3), date(2026, 5, 1), date(2026, 5, 14), date(2026, 5, 15),
               date(2026, 5, 27), date(2026, 5, 28), date(2026, 6, 1), date(2026, 6, 16),
               date(2026, 8, 17)]  # fmt: skip

days = st.integers(min_value=0, max_value=300).map(lambda n: date(2026, 1, 1) + timedelta(days=n))
moments = st.builds(lambda d, h, m: datetime.combine(d, time(h, m), tzinfo=TZ), days, st.integers(0, 23),
                    st.integers(0, 59))  # fmt: skip
calendars = st.builds(
    lambda saturday, shift, next_day: WorkCalendar(CLOSED_2026, CalendarRules(
        weekend=frozenset({6} if saturday else {5, 6}), after_hours_counts_next_day=shift,
        day_one_is_next_working_day=next_day)),
    st.booleans(), st.booleans(), st.booleans(),
)  # fmt: skip


@st.composite
def pauses(draw, start):
    result = []
    for _ in range(draw(st.integers(0, 3))):
        begin = start + timedelta(days=draw(st.integers(0, 40)), hours=draw(st.integers(0, 23)))
        end = None if draw(st.integers(0, 9)) == 0 else begin + timedelta(days=draw(st.integers(0, 20)))
        result.append(Pause(begin, end))
    return result


@settings(max_examples=300, deadline=None)
@given(data=st.data(), calendar=calendars, received=moments, span=st.integers(0, 120))
def test_working_day_number_matches_the_calendar(data, calendar, received, span):
    index = WorkdayIndex(calendar, FIRST, LAST)
    on = received + timedelta(days=span, hours=data.draw(st.integers(0, 23)))
    breaks = data.draw(pauses(received))
    assert index.working_day_number(received, on, breaks) == calendar.working_day_number(received, on, breaks)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), calendar=calendars, received=moments, n=st.integers(1, 60))
def test_add_working_days_matches_the_calendar(data, calendar, received, n):
    index = WorkdayIndex(calendar, FIRST, LAST)
    breaks = [p for p in data.draw(pauses(received)) if p.end is not None]
    assert index.add_working_days(received, n, breaks) == calendar.add_working_days(received, n, breaks)


def test_across_idul_fitri_and_its_cuti_bersama():
    calendar = WorkCalendar(CLOSED_2026)
    index = WorkdayIndex(calendar, FIRST, LAST)
    received = datetime(2026, 3, 17, 15, 0, tzinfo=TZ)  # Tuesday before Nyepi and Lebaran
    # closed 18-24 March: day one is Wednesday 25 March; 27 March is day 3
    assert index.working_day_number(received, datetime(2026, 3, 27, 10, tzinfo=TZ)) == 3
    paused = [Pause(datetime(2026, 3, 25, 9, tzinfo=TZ), datetime(2026, 3, 26, 9, tzinfo=TZ))]
    assert index.working_day_number(received, datetime(2026, 3, 27, 10, tzinfo=TZ), paused) == 2


def test_outside_the_span_is_refused():
    index = WorkdayIndex(WorkCalendar(), date(2026, 1, 1), date(2026, 2, 1))
    with pytest.raises(ValueError):
        index.working_day_number(date(2026, 1, 5), date(2026, 6, 1))


@given(st.lists(st.integers(0, 80), min_size=1, max_size=60), st.sampled_from([0.1, 0.25, 0.5, 0.9, 0.99]))
def test_percentile_is_percentile_cont(values, p):
    expected = float(values[0]) if len(values) == 1 else statistics.quantiles(values, n=100, method="inclusive")[
        round(p * 100) - 1]  # fmt: skip
    assert percentile(values, p) == pytest.approx(expected)
    histogram = [(v, values.count(v)) for v in set(values)]
    assert percentile_from_histogram(histogram, p) == pytest.approx(expected)


def test_percentile_of_nothing():
    assert percentile([], 0.5) is None
    assert percentile_from_histogram([(3, 0)], 0.5) is None


def test_an_open_and_a_closed_pause_starting_the_same_day():
    calendar = WorkCalendar(CLOSED_2026)
    index = WorkdayIndex(calendar, FIRST, LAST)
    start = datetime(2026, 1, 11, 20, 0, tzinfo=TZ)
    breaks = [Pause(start, start), Pause(datetime(2026, 1, 11, 0, 0, tzinfo=TZ), None)]
    on = datetime(2026, 1, 30, 9, tzinfo=TZ)
    assert index.working_day_number(start, on, breaks) == calendar.working_day_number(start, on, breaks)
