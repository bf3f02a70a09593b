"""Fixed, hand-computed cases for pintu.workdays.domain (2025/2026 calendars)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from pintu.workdays.domain import CalendarRules, Pause, Progress, WorkCalendar

WIB = ZoneInfo("Asia/Jakarta")
UTC = UTC


def _dates(year: int, spec: str) -> frozenset[date]:
    out = set()
    for item in spec.split(","):
        day, month = item.split()
        out.add(date(year, int(month), int(day)))
    return frozenset(out)


# National holidays + cuti bersama.
CLOSED_2026 = _dates(
    2026,
    "1 1,16 1,16 2,17 2,18 3,19 3,20 3,21 3,22 3,23 3,24 3,3 4,5 4,1 5,14 5,"
    "15 5,27 5,28 5,31 5,1 6,16 6,17 8,25 8,24 12,25 12",
)
CLOSED_2025 = _dates(
    2025,
    "1 1,27 1,28 1,29 1,28 3,29 3,31 3,1 4,2 4,3 4,4 4,7 4,18 4,20 4,1 5,12 5,"
    "13 5,29 5,30 5,1 6,6 6,9 6,27 6,17 8,18 8,5 9,25 12,26 12",
)
CLOSED = CLOSED_2025 | CLOSED_2026

MON_1000 = datetime(2026, 3, 16, 10, 0)  # Monday, in office hours


@pytest.fixture
def cal() -> WorkCalendar:
    return WorkCalendar(CLOSED)


def test_holiday_fixture_sizes() -> None:
    assert len(CLOSED_2026) == 25
    assert len(CLOSED_2025) == 28


# --- basic predicates -----------------------------------------------------


def test_is_working_day(cal: WorkCalendar) -> None:
    assert cal.is_working_day(date(2026, 3, 16))  # Monday
    assert not cal.is_working_day(date(2026, 3, 18))  # Nyepi / cuti bersama
    assert not cal.is_working_day(date(2026, 3, 14))  # Saturday
    assert not cal.is_working_day(date(2026, 3, 15))  # Sunday


def test_next_working_day_is_strictly_after(cal: WorkCalendar) -> None:
    assert cal.next_working_day(date(2026, 3, 16)) == date(2026, 3, 17)
    assert cal.next_working_day(date(2026, 3, 17)) == date(2026, 3, 25)
    assert cal.next_working_day(date(2026, 4, 2)) == date(2026, 4, 6)


# --- the reference example ------------------------------------------------


def test_reference_example_2026(cal: WorkCalendar) -> None:
    assert cal.effective_receipt_day(MON_1000) == date(2026, 3, 16)
    assert cal.day_one(MON_1000) == date(2026, 3, 17)
    due = cal.add_working_days(MON_1000, 10)
    assert due == date(2026, 4, 7)
    assert cal.extend(due, 7) == date(2026, 4, 16)
    assert cal.add_working_days(MON_1000, 17) == date(2026, 4, 16)


def test_day_one_is_day_number_one(cal: WorkCalendar) -> None:
    assert cal.add_working_days(MON_1000, 1) == date(2026, 3, 17)
    assert cal.add_working_days(MON_1000, 2) == date(2026, 3, 25)


# --- office hours and non-working receipt days -------------------------------


def test_after_hours_receipt_counts_from_next_working_day(cal: WorkCalendar) -> None:
    late = datetime(2026, 3, 16, 17, 0)
    assert cal.effective_receipt_day(late) == date(2026, 3, 17)
    assert cal.day_one(late) == date(2026, 3, 25)  # 18-24 March closed
    # 25,26,27,30,31 Mar, 1,2 Apr, (3 Apr closed) 6,7,8 Apr
    assert cal.add_working_days(late, 10) == date(2026, 4, 8)


@pytest.mark.parametrize(
    ("hour", "minute", "second", "day_one"),
    [
        (15, 59, 59, date(2026, 3, 17)),  # last second in hours
        (16, 0, 0, date(2026, 3, 25)),  # office_close itself is after hours
        (6, 0, 0, date(2026, 3, 17)),  # before office_open counts as that day
        (0, 0, 0, date(2026, 3, 17)),
    ],
)
def test_office_hour_boundaries(
    cal: WorkCalendar, hour: int, minute: int, second: int, day_one: date
) -> None:
    assert cal.day_one(datetime(2026, 3, 16, hour, minute, second)) == day_one


def test_plain_date_counts_as_in_hours(cal: WorkCalendar) -> None:
    assert cal.effective_receipt_day(date(2026, 3, 16)) == date(2026, 3, 16)
    assert cal.add_working_days(date(2026, 3, 16), 10) == date(2026, 4, 7)


def test_received_on_saturday(cal: WorkCalendar) -> None:
    sat = datetime(2026, 2, 14, 10, 0)
    # Sun 15, Mon 16 and Tue 17 Feb (Imlek + cuti bersama) are closed.
    assert cal.effective_receipt_day(sat) == date(2026, 2, 18)
    assert cal.day_one(sat) == date(2026, 2, 19)
    # 19,20,23,24,25,26,27 Feb, 2,3,4 Mar
    assert cal.add_working_days(sat, 10) == date(2026, 3, 4)


def test_received_on_holiday(cal: WorkCalendar) -> None:
    new_year = datetime(2026, 1, 1, 9, 0)  # Thursday, closed
    assert cal.effective_receipt_day(new_year) == date(2026, 1, 2)
    assert cal.day_one(new_year) == date(2026, 1, 5)
    assert cal.add_working_days(new_year, 5) == date(2026, 1, 9)

    independence = datetime(2026, 8, 17, 9, 0)  # Monday, closed
    assert cal.day_one(independence) == date(2026, 8, 19)


def test_day_one_is_receipt_day_variant() -> None:
    cal = WorkCalendar(CLOSED, CalendarRules(day_one_is_next_working_day=False))
    assert cal.day_one(MON_1000) == date(2026, 3, 16)
    # 16,17,25,26,27,30,31 Mar, 1,2,6 Apr
    assert cal.add_working_days(MON_1000, 10) == date(2026, 4, 6)
    late = datetime(2026, 3, 16, 17, 0)
    assert cal.day_one(late) == date(2026, 3, 17)
    assert cal.add_working_days(late, 10) == date(2026, 4, 7)
    assert cal.day_one(datetime(2026, 2, 14, 10, 0)) == date(2026, 2, 18)


def test_after_hours_flag_off() -> None:
    cal = WorkCalendar(CLOSED, CalendarRules(after_hours_counts_next_day=False))
    late = datetime(2026, 3, 16, 17, 0)
    assert cal.effective_receipt_day(late) == date(2026, 3, 16)
    assert cal.day_one(late) == date(2026, 3, 17)
    sat = datetime(2026, 2, 14, 10, 0)
    assert cal.effective_receipt_day(sat) == date(2026, 2, 14)
    assert cal.day_one(sat) == date(2026, 2, 18)

    both_off = WorkCalendar(
        CLOSED,
        CalendarRules(
            after_hours_counts_next_day=False, day_one_is_next_working_day=False
        ),
    )
    assert both_off.day_one(sat) == date(2026, 2, 18)  # day one is a working day
    assert both_off.day_one(late) == date(2026, 3, 16)


def test_custom_office_hours_and_six_day_week() -> None:
    cal = WorkCalendar(
        CLOSED, CalendarRules(office_close=time(12, 0), weekend=frozenset({6}))
    )
    sat = datetime(2026, 3, 14, 11, 0)  # Saturday is a working day here
    assert cal.effective_receipt_day(sat) == date(2026, 3, 14)
    assert cal.day_one(sat) == date(2026, 3, 16)
    assert cal.day_one(datetime(2026, 3, 14, 12, 0)) == date(2026, 3, 17)


# --- 2025 calendar ------------------------------------------------------------


def test_idul_fitri_2025(cal: WorkCalendar) -> None:
    received = datetime(2025, 3, 27, 9, 0)  # Thursday
    # 28 Mar, 31 Mar, 1-4 Apr and 7 Apr are closed.
    assert cal.day_one(received) == date(2025, 4, 8)
    # 8,9,10,11,14,15,16,17 Apr, (18 Apr Good Friday), 21, 22 Apr
    assert cal.add_working_days(received, 10) == date(2025, 4, 22)


def test_imlek_2025(cal: WorkCalendar) -> None:
    received = datetime(2025, 1, 24, 14, 0)  # Friday; 27-29 Jan closed
    assert cal.day_one(received) == date(2025, 1, 30)
    assert cal.add_working_days(received, 3) == date(2025, 2, 3)


def test_year_end_2025_into_2026(cal: WorkCalendar) -> None:
    received = datetime(2025, 12, 23, 10, 0)  # Tuesday; 24 Dec 2025 is open
    # 24 Dec, 29, 30, 31 Dec, (1 Jan closed) 2 Jan
    assert cal.add_working_days(received, 5) == date(2026, 1, 2)


# --- time zones ---------------------------------------------------------------


def test_aware_utc_crosses_midnight_into_next_jakarta_day(cal: WorkCalendar) -> None:
    received = datetime(2026, 3, 16, 20, 0, tzinfo=UTC)  # 03:00 17 Mar WIB
    assert cal.effective_receipt_day(received) == date(2026, 3, 17)
    assert cal.day_one(received) == date(2026, 3, 25)


def test_aware_close_boundary_in_utc(cal: WorkCalendar) -> None:
    assert cal.day_one(datetime(2026, 3, 16, 8, 59, tzinfo=UTC)) == date(2026, 3, 17)
    assert cal.day_one(datetime(2026, 3, 16, 9, 0, tzinfo=UTC)) == date(2026, 3, 25)
    wita = ZoneInfo("Asia/Makassar")  # UTC+8: 16:30 WITA == 15:30 WIB
    assert cal.day_one(datetime(2026, 3, 16, 16, 30, tzinfo=wita)) == date(2026, 3, 17)
    assert cal.day_one(datetime(2026, 3, 16, 15, 0, tzinfo=WIB)) == date(2026, 3, 17)


# --- pauses -------------------------------------------------------------------


def test_pause_shifts_due_by_paused_working_days(cal: WorkCalendar) -> None:
    pause = Pause(datetime(2026, 3, 26, 11, 0), datetime(2026, 3, 31, 9, 0))
    # Paused: 27, 30, 31 March (start day 26 still counts).
    base = cal.add_working_days(MON_1000, 10)
    paused_due = cal.add_working_days(MON_1000, 10, [pause])
    assert paused_due == date(2026, 4, 10)
    assert paused_due == cal.extend(base, 3)
    assert cal.working_day_number(MON_1000, paused_due, [pause]) == 10


def test_same_day_pause_has_no_effect(cal: WorkCalendar) -> None:
    pause = Pause(datetime(2026, 3, 26, 9, 0), datetime(2026, 3, 26, 15, 0))
    assert cal.add_working_days(MON_1000, 10, [pause]) == date(2026, 4, 7)


def test_overlapping_pauses_are_a_union(cal: WorkCalendar) -> None:
    pauses = [
        Pause(datetime(2026, 3, 26, 9, 0), datetime(2026, 3, 30, 9, 0)),
        Pause(datetime(2026, 3, 27, 9, 0), datetime(2026, 3, 31, 9, 0)),
    ]
    assert cal.add_working_days(MON_1000, 10, pauses) == date(2026, 4, 10)


def test_pause_over_closed_days_only_costs_working_days(cal: WorkCalendar) -> None:
    # Pause 17 Mar -> 25 Mar: only 25 Mar is a paused working day.
    pause = Pause(datetime(2026, 3, 17, 10, 0), datetime(2026, 3, 25, 10, 0))
    assert cal.add_working_days(MON_1000, 10, [pause]) == date(2026, 4, 8)


def test_open_pause(cal: WorkCalendar) -> None:
    pause = Pause(datetime(2026, 3, 26, 11, 0))
    with pytest.raises(ValueError, match="open pause"):
        cal.add_working_days(MON_1000, 10, [pause])
    prog = cal.progress(MON_1000, 10, datetime(2026, 4, 20, 9, 0), [pause])
    # Counted so far: 17, 25, 26 March.
    assert prog == Progress(
        day=3,
        total=10,
        due=None,
        paused=True,
        overdue=False,
        due_soon=False,
        remaining=None,
    )


# --- working day number / progress ------------------------------------------


def test_working_day_number(cal: WorkCalendar) -> None:
    assert cal.working_day_number(MON_1000, datetime(2026, 3, 16, 15, 0)) == 0
    assert cal.working_day_number(MON_1000, date(2026, 3, 10)) == 0
    assert cal.working_day_number(MON_1000, date(2026, 3, 17)) == 1
    assert cal.working_day_number(MON_1000, date(2026, 3, 24)) == 1
    assert cal.working_day_number(MON_1000, date(2026, 4, 7)) == 10
    assert cal.working_day_number(MON_1000, date(2026, 4, 16)) == 17


@pytest.mark.parametrize(
    ("now", "day", "overdue", "due_soon"),
    [
        (datetime(2026, 3, 16, 12, 0), 0, False, False),
        (date(2026, 4, 1), 7, False, False),  # remaining 3
        (date(2026, 4, 2), 8, False, True),  # remaining 2 == due_soon_days
        (date(2026, 4, 4), 8, False, True),  # Saturday, 3 Apr closed
        (datetime(2026, 4, 7, 23, 59), 10, False, True),  # due day itself
        (date(2026, 4, 8), 11, True, False),
        (datetime(2026, 4, 7, 17, 30, tzinfo=UTC), 11, True, False),  # 00:30 WIB
    ],
)
def test_progress_boundaries(
    cal: WorkCalendar, now: datetime | date, day: int, overdue: bool, due_soon: bool
) -> None:
    prog = cal.progress(MON_1000, 10, now)
    assert prog.day == day
    assert prog.total == 10
    assert prog.due == date(2026, 4, 7)
    assert prog.paused is False
    assert prog.overdue is overdue
    assert prog.due_soon is due_soon
    assert prog.remaining == 10 - day


def test_progress_overdue_on_weekend_after_due(cal: WorkCalendar) -> None:
    # Due Fri 10 Apr (10 days from Thu 26 Mar); Saturday after is overdue
    # although no further working day has been counted.
    received = datetime(2026, 3, 26, 10, 0)
    assert cal.add_working_days(received, 10) == date(2026, 4, 10)
    prog = cal.progress(received, 10, date(2026, 4, 11))
    assert (prog.day, prog.remaining, prog.overdue, prog.due_soon) == (
        10,
        0,
        True,
        False,
    )


def test_progress_with_closed_pause(cal: WorkCalendar) -> None:
    pause = Pause(datetime(2026, 3, 26, 11, 0), datetime(2026, 3, 31, 9, 0))
    prog = cal.progress(MON_1000, 10, date(2026, 4, 8), [pause])
    assert prog.due == date(2026, 4, 10)
    assert prog.day == 8
    assert not prog.overdue and prog.due_soon and not prog.paused


# --- count_working_days ---------------------------------------------------------


def test_count_working_days(cal: WorkCalendar) -> None:
    assert cal.count_working_days(date(2026, 3, 17), date(2026, 3, 25)) == 1
    assert cal.count_working_days(date(2026, 3, 16), date(2026, 4, 7)) == 10
    assert cal.count_working_days(date(2025, 3, 27), date(2025, 4, 8)) == 1
    assert cal.count_working_days(date(2026, 3, 16), date(2026, 3, 16)) == 0
    assert cal.count_working_days(date(2026, 4, 7), date(2026, 3, 16)) == 0


# --- errors ---------------------------------------------------------------------


@pytest.mark.parametrize("n", [0, -1])
def test_n_must_be_positive(cal: WorkCalendar, n: int) -> None:
    with pytest.raises(ValueError):
        cal.add_working_days(MON_1000, n)
    with pytest.raises(ValueError):
        cal.extend(date(2026, 4, 7), n)
    with pytest.raises(ValueError):
        cal.progress(MON_1000, n, MON_1000)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"weekend": frozenset(range(7))},
        {"weekend": frozenset({7})},
        {"office_open": time(16, 0), "office_close": time(16, 0)},
        {"office_open": time(17, 0)},
        {"due_soon_days": -1},
        {"tz": "Not/AZone"},
    ],
)
def test_invalid_rules(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        CalendarRules(**kwargs)


def test_pause_ending_before_start_is_rejected(cal: WorkCalendar) -> None:
    bad = Pause(datetime(2026, 3, 27, 9, 0), datetime(2026, 3, 26, 9, 0))
    with pytest.raises(ValueError):
        cal.add_working_days(MON_1000, 10, [bad])
