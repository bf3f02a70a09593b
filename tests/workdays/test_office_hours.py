"""Office hours per weekday and for dated periods, and calendar-day clocks: hand-computed cases.

The region: Monday-Thursday 07.30-16.00, Friday 07.30-16.30 with a prayer break 11.30-13.00 (its own
hours), Ramadan 1447 H from 18 February to 19 March 2026 08.00-15.00, Friday 08.00-15.30.
February 2026: 16 and 17 are closed (cuti bersama, Isra Mikraj).
"""

from datetime import date, datetime, time

import pytest
from django.urls import reverse

from pintu.workdays import services
from pintu.workdays.calendar import get_calendar
from pintu.workdays.domain import CalendarRules, HoursException, OfficeHours, WorkCalendar
from pintu.workdays.hours import office_hours_summary
from pintu.workdays.models import CalendarSettings
from pintu.workdays.models import HoursException as HoursExceptionRow
from tests.workdays.test_domain import CLOSED

FRIDAY = OfficeHours(time(7, 30), time(16, 30), time(11, 30), time(13, 0))
RAMADAN = (
    HoursException(date(2026, 2, 18), date(2026, 3, 19), OfficeHours(time(8), time(15)), name="Ramadan 1447 H"),
    HoursException(date(2026, 2, 18), date(2026, 3, 19), OfficeHours(time(8), time(15, 30)), frozenset({4}),
                   "Ramadan 1447 H"),
)  # fmt: skip
RULES = CalendarRules(
    office_open=time(7, 30), office_close=time(16), weekday_hours={4: FRIDAY}, hours_exceptions=RAMADAN
)
UNIFORM = CalendarRules(office_open=time(7, 30), office_close=time(16))


def at(y, m, d, hh, mm=0) -> datetime:
    return datetime(y, m, d, hh, mm)


def test_a_friday_1615_receipt_counts_per_the_friday_hours():
    cal = WorkCalendar(CLOSED, RULES)
    friday = at(2026, 2, 6, 16, 15)  # before Friday's 16.30 closing: received that day
    assert cal.effective_receipt_day(friday) == date(2026, 2, 6)
    assert cal.day_one(friday) == date(2026, 2, 9)
    assert cal.add_working_days(friday, 10) == date(2026, 2, 24)  # 9-13, 18-20, 23, 24 (16, 17 closed)
    # the same moment where Friday keeps the default 16.00 closing: after hours, counted from Monday
    uniform = WorkCalendar(CLOSED, UNIFORM)
    assert uniform.effective_receipt_day(friday) == date(2026, 2, 9)
    assert uniform.add_working_days(friday, 10) == date(2026, 2, 25)


def test_the_same_time_on_a_thursday_is_after_hours():
    cal = WorkCalendar(CLOSED, RULES)
    thursday = at(2026, 2, 5, 16, 15)  # Thursday closes at 16.00
    assert cal.effective_receipt_day(thursday) == date(2026, 2, 6)
    assert cal.add_working_days(thursday, 10) == date(2026, 2, 24)
    before_closing = at(2026, 2, 5, 15, 55)
    assert cal.effective_receipt_day(before_closing) == date(2026, 2, 5)
    assert cal.add_working_days(before_closing, 10) == date(2026, 2, 23)


@pytest.mark.parametrize(
    ("received", "effective"),
    [
        (at(2026, 2, 20, 15, 15), date(2026, 2, 20)),  # Ramadan Friday, before 15.30
        (at(2026, 2, 20, 15, 45), date(2026, 2, 23)),  # Ramadan Friday, after 15.30: Monday
        (at(2026, 2, 19, 15, 15), date(2026, 2, 20)),  # Ramadan Thursday closes 15.00
        (at(2026, 2, 19, 14, 59), date(2026, 2, 19)),
        (at(2026, 3, 27, 15, 45), date(2026, 3, 27)),  # after Ramadan, a Friday open until 16.30 again
        (at(2026, 3, 26, 15, 45), date(2026, 3, 26)),  # and a Thursday until 16.00
        (at(2026, 2, 17, 10, 0), date(2026, 2, 18)),  # a closed day: the next working day
    ],
)
def test_ramadan_hours_decide_the_receipt_day(received, effective):
    assert WorkCalendar(CLOSED, RULES).effective_receipt_day(received) == effective


def test_hours_of_a_day():
    assert RULES.hours_on(date(2026, 2, 6)) == FRIDAY
    assert RULES.hours_on(date(2026, 2, 5)) == OfficeHours(time(7, 30), time(16))
    assert RULES.hours_on(date(2026, 2, 20)).close == time(15, 30)  # the Friday row beats the every-day row
    assert RULES.hours_on(date(2026, 2, 19)).close == time(15)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"open": time(16), "close": time(8)},
        {"open": time(8), "close": time(16), "break_start": time(12)},
        {"open": time(8), "close": time(16), "break_start": time(7), "break_end": time(9)},
    ],
)
def test_invalid_office_hours(kwargs):
    with pytest.raises(ValueError):
        OfficeHours(**kwargs)


def test_calendar_day_clock_counts_every_day_and_lands_on_a_working_day():
    cal = WorkCalendar(CLOSED).counting(calendar_days=True)
    monday = at(2026, 3, 16, 10)
    assert cal.day_one(monday) == date(2026, 3, 17)
    assert cal.add_working_days(monday, 14) == date(2026, 3, 30)
    assert WorkCalendar(CLOSED).add_working_days(monday, 14) == date(2026, 4, 13)
    # the 5th day is Saturday 21 March, inside Nyepi and Idul Fitri (18-24 closed): the office acts on the 25th
    assert cal.add_working_days(monday, 5) == date(2026, 3, 25)
    progress = cal.progress(monday, 14, at(2026, 3, 27, 9))
    assert (progress.day, progress.total, progress.due, progress.calendar_days) == (11, 14, date(2026, 3, 30), True)
    assert cal.extend(date(2026, 3, 30), 7) == date(2026, 4, 6)  # 6 April, a Monday (Sunday 5th is Easter)


def test_a_saturday_receipt_still_waits_for_the_next_working_day_in_calendar_days():
    cal = WorkCalendar(CLOSED, calendar_days=True)
    saturday = at(2026, 3, 14, 10)
    assert cal.effective_receipt_day(saturday) == date(2026, 3, 16)
    assert cal.day_one(saturday) == date(2026, 3, 17)


# --- as data -------------------------------------------------------------------------


@pytest.mark.django_db
def test_weekday_and_dated_hours_from_the_admin_data_reach_the_calendar(demo):
    version = CalendarSettings.load().version
    services.update_rules(office_open=time(7, 30), office_close=time(16))
    services.set_weekday_hours(4, open=time(7, 30), close=time(16, 30), break_start=time(11, 30), break_end=time(13))
    for weekday, close in ((None, time(15)), (4, time(15, 30))):
        services.save_hours_exception(HoursExceptionRow(
            name="Ramadan 1447 H", start_date=date(2026, 2, 18), end_date=date(2026, 3, 19), weekday=weekday,
            open=time(8), close=close,
        ))  # fmt: skip
    assert CalendarSettings.load().version == version + 4
    cal = get_calendar()
    assert cal.effective_receipt_day(at(2026, 2, 6, 16, 15)) == date(2026, 2, 6)
    assert cal.effective_receipt_day(at(2026, 2, 5, 16, 15)) == date(2026, 2, 6)
    assert cal.effective_receipt_day(at(2026, 2, 20, 15, 45)) == date(2026, 2, 23)

    summary = office_hours_summary(date(2026, 2, 1))
    assert [(line.days, line.hours.close) for line in summary.week] == [
        ("Senin-Kamis", time(16)),
        ("Jumat", time(16, 30)),
    ]
    assert summary.week[1].hours.break_start == time(11, 30)
    ramadan = summary.periods[0]
    assert ramadan.name == "Ramadan 1447 H"
    assert [(line.days, line.hours.close) for line in ramadan.lines] == [
        ("Senin-Kamis", time(15)),
        ("Jumat", time(15, 30)),
    ]
    assert office_hours_summary(date(2026, 4, 1)).periods == []


@pytest.mark.django_db
def test_invalid_hours_are_refused_in_indonesian(demo):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        services.set_weekday_hours(4, open=time(16), close=time(8))
    assert "Jam tutup harus sesudah jam buka." in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        services.save_hours_exception(HoursExceptionRow(
            name="Ramadan", start_date=date(2026, 3, 19), end_date=date(2026, 2, 18), open=time(8), close=time(15)
        ))  # fmt: skip
    assert "sesudah tanggal mulai" in str(refused.value)


@pytest.mark.django_db
def test_the_public_pages_state_the_friday_hours(client, demo):
    services.set_weekday_hours(4, open=time(8), close=time(16, 30), break_start=time(11, 30), break_end=time(13))
    for url in (reverse("ppid:page", args=["layanan"]), reverse("web:workday_calculator")):
        page = client.get(url).content.decode()
        assert "Senin-Kamis 08.00-16.00; Jumat 08.00-16.30 (istirahat 11.30-13.00)" in page, url


@pytest.mark.django_db
def test_the_system_admin_edits_the_hours_in_the_admin(client, user_named):
    client.force_login(user_named("sysadmin"))
    url = reverse("admin:workdays_weekdayhours_add")
    response = client.post(url, {"weekday": 4, "open": "07:30", "close": "16:30", "break_start": "11:30",
                                 "break_end": "13:00"})  # fmt: skip
    assert response.status_code == 302
    assert get_calendar().rules.hours_on(date(2026, 2, 6)).close == time(16, 30)
    response = client.post(url, {"weekday": 3, "open": "16:00", "close": "08:00"})
    assert response.status_code == 200 and "Jam tutup harus sesudah jam buka." in response.content.decode()


@pytest.mark.django_db
def test_hours_deleted_in_the_admin_one_or_a_selection_reach_the_calendar(client, user_named):
    client.force_login(user_named("sysadmin"))
    friday = services.set_weekday_hours(4, open=time(7, 30), close=time(16, 30))
    thursday = services.set_weekday_hours(3, open=time(7, 30), close=time(15, 30))
    assert get_calendar().rules.hours_on(date(2026, 2, 6)).close == time(16, 30)
    response = client.post(reverse("admin:workdays_weekdayhours_delete", args=[friday.pk]), {"post": "yes"})
    assert response.status_code == 302
    assert get_calendar().rules.hours_on(date(2026, 2, 6)).close != time(16, 30)
    changelist = reverse("admin:workdays_weekdayhours_changelist")
    response = client.post(changelist, {"action": "delete_selected", "_selected_action": [thursday.pk], "post": "yes"})
    assert response.status_code == 302
    assert get_calendar().rules.hours_on(date(2026, 2, 5)).close != time(15, 30)
