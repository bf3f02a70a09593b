"""The calendar as data: the 2026 reference list, the command, changes and the recompute hook."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command

from pintu.workdays import services
from pintu.workdays.calendar import get_calendar
from pintu.workdays.models import CalendarSettings, ClosedDay, ClosureKind
from pintu.workdays.recompute import register_due_date_recomputer, unregister_due_date_recomputer

D = datetime.date
# DOMAIN.md section 4, verbatim.
LIBUR_NASIONAL_2026 = [
    D(2026, 1, 1),
    D(2026, 1, 16),
    D(2026, 2, 17),
    D(2026, 3, 19),
    D(2026, 3, 21),
    D(2026, 3, 22),
    D(2026, 4, 3),
    D(2026, 4, 5),
    D(2026, 5, 1),
    D(2026, 5, 14),
    D(2026, 5, 27),
    D(2026, 5, 31),
    D(2026, 6, 1),
    D(2026, 6, 16),
    D(2026, 8, 17),
    D(2026, 8, 25),
    D(2026, 12, 25),
]
CUTI_BERSAMA_2026 = [
    D(2026, 2, 16),
    D(2026, 3, 18),
    D(2026, 3, 20),
    D(2026, 3, 23),
    D(2026, 3, 24),
    D(2026, 5, 15),
    D(2026, 5, 28),
    D(2026, 12, 24),
]


def dates(kind, year=2026):
    return sorted(set(ClosedDay.objects.filter(kind=kind, date__year=year, active=True).values_list("date", flat=True)))


@pytest.mark.django_db
def test_demo_calendar_holds_the_2026_holidays_and_cuti_bersama_of_the_domain(demo):
    assert dates(ClosureKind.NATIONAL) == LIBUR_NASIONAL_2026
    assert dates(ClosureKind.CUTI_BERSAMA) == CUTI_BERSAMA_2026
    assert ClosedDay.objects.filter(date=D(2026, 3, 19)).first().name  # named in Indonesian
    assert ClosedDay.objects.filter(date=D(2026, 3, 19)).first().name_en == "Day of Silence"


@pytest.mark.django_db
def test_workdays_add_command_prints_the_iso_date_on_its_last_line(demo):
    out = StringIO()
    call_command("workdays", "add", "2026-03-16", "10", stdout=out)
    assert out.getvalue().strip().splitlines()[-1] == "2026-04-07"


@pytest.mark.django_db
def test_workdays_count_command(demo):
    out = StringIO()
    call_command("workdays", "count", "2026-03-16", "2026-04-07", stdout=out)
    assert out.getvalue().strip() == "10"


@pytest.mark.django_db
def test_prefill_is_idempotent(demo):
    before = ClosedDay.objects.count()
    assert services.prefill_year(2026) == 0
    assert ClosedDay.objects.count() == before


@pytest.mark.django_db
def test_a_local_closure_moves_due_dates_and_bumps_the_version(demo):
    version = CalendarSettings.load().version
    assert get_calendar().add_working_days(D(2026, 3, 16), 10) == D(2026, 4, 7)
    services.add_closed_day(D(2026, 3, 26), "Penutupan kantor HUT Kabupaten", ClosureKind.LOCAL)
    assert CalendarSettings.load().version == version + 1
    assert get_calendar().add_working_days(D(2026, 3, 16), 10) == D(2026, 4, 8)


@pytest.mark.django_db
def test_removing_a_package_day_deactivates_it_so_prefill_does_not_bring_it_back(demo):
    day = ClosedDay.objects.get(date=D(2026, 12, 24), kind=ClosureKind.CUTI_BERSAMA)
    services.remove_closed_day(day)
    services.prefill_year(2026)
    assert not ClosedDay.objects.filter(date=D(2026, 12, 24), active=True).exists()
    assert get_calendar().is_working_day(D(2026, 12, 24))


@pytest.mark.django_db
def test_rules_change_applies_to_the_calendar(demo):
    services.update_rules(day_one_is_next_working_day=False)
    assert get_calendar().add_working_days(D(2026, 3, 16), 10) == D(2026, 4, 6)
    with pytest.raises(ValueError):
        services.update_rules(version=7)


@pytest.mark.django_db
def test_every_calendar_change_runs_the_registered_recomputers(demo):
    seen = []

    def recompute(calendar):
        seen.append(calendar.add_working_days(D(2026, 3, 16), 10))
        return 1

    register_due_date_recomputer("test-cases", recompute)
    try:
        services.add_closed_day(D(2026, 3, 26), "Penutupan kantor", ClosureKind.LOCAL)
        day = ClosedDay.objects.get(date=D(2026, 3, 26))
        services.remove_closed_day(day)
    finally:
        unregister_due_date_recomputer("test-cases")
    assert seen == [D(2026, 4, 8), D(2026, 4, 7)]
