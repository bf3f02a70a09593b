"""Background jobs: exactly-once markers, sweeps that catch up, queueing inside transactions."""

import datetime
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django_q.conf import Conf
from django_q.models import OrmQ, Schedule

from pintu.jobs.models import OnceMarker, SweepRun
from pintu.jobs.services import claim_once, enqueue
from pintu.jobs.sweeps import _SWEEPS, register_sweep, run_sweeps
from pintu.workdays import services as calendar_services
from pintu.workdays.models import CalendarYear

pytestmark = pytest.mark.django_db
WIB = ZoneInfo("Asia/Jakarta")


def test_claim_once_is_true_only_the_first_time():
    assert claim_once("breach:1")
    assert not claim_once("breach:1")
    assert OnceMarker.objects.filter(key="breach:1").count() == 1


def test_a_rolled_back_claim_can_be_claimed_again():
    with pytest.raises(RuntimeError), transaction.atomic():
        assert claim_once("breach:2")
        raise RuntimeError("side effect failed")
    assert claim_once("breach:2")


def test_a_failing_sweep_is_recorded_and_does_not_stop_the_others():
    calls = []
    register_sweep("zz.fails", lambda now: 1 / 0)
    register_sweep("zz.works", lambda now: calls.append(now) or 3)
    try:
        results = run_sweeps(names=["zz.fails", "zz.works"])
    finally:
        _SWEEPS.pop("zz.fails")
        _SWEEPS.pop("zz.works")
    assert results == {"zz.fails": -1, "zz.works": 3}
    assert "ZeroDivisionError" in SweepRun.objects.get(name="zz.fails").error
    assert SweepRun.objects.get(name="zz.works").processed == 3


@pytest.fixture
def queued(monkeypatch):
    """Run enqueue() as production does (into the ORM queue) instead of synchronously."""
    monkeypatch.setattr(Conf, "SYNC", False)


def test_a_task_queued_in_a_rolled_back_transaction_is_never_run(queued):
    with pytest.raises(RuntimeError), transaction.atomic():
        enqueue("pintu.jobs.tasks.run_all_sweeps")
        assert OrmQ.objects.count() == 1
        raise RuntimeError
    assert OrmQ.objects.count() == 0
    enqueue("pintu.jobs.tasks.run_all_sweeps")
    assert OrmQ.objects.count() == 1


def test_setup_schedules_is_idempotent():
    call_command("setup_schedules", stdout=StringIO())
    call_command("setup_schedules", stdout=StringIO())
    assert Schedule.objects.filter(name="pintu-sweeps", func="pintu.jobs.tasks.run_all_sweeps").count() == 1


def reminders():
    return [m for m in mail.outbox if "belum dikonfirmasi" in m.subject]


def test_calendar_upkeep_prefills_and_reminds_once_even_when_run_twice(demo):
    CalendarYear.objects.filter(year=2027).update(confirmed_at=None)
    now = datetime.datetime(2026, 11, 2, 7, 0, tzinfo=WIB)
    run_sweeps(now, names=["workdays.calendar_upkeep"])
    run_sweeps(now, names=["workdays.calendar_upkeep"])
    assert len(reminders()) == 1
    assert "2027" in reminders()[0].subject
    assert reminders()[0].to == ["sysadmin@demo.pintu.invalid"]


def test_calendar_upkeep_catches_up_after_missed_runs(demo):
    """No run in October or November: the first run in December still sends the reminder."""
    now = datetime.datetime(2026, 12, 30, 7, 0, tzinfo=WIB)
    run_sweeps(now, names=["workdays.calendar_upkeep"])
    assert [m.subject for m in reminders()] == ["[Pintu] Kalender hari kerja 2027 belum dikonfirmasi"]


def test_calendar_upkeep_prefills_a_missing_next_year(demo):
    now = datetime.datetime(2027, 6, 1, 7, 0, tzinfo=WIB)
    run_sweeps(now, names=["workdays.calendar_upkeep"])
    assert CalendarYear.objects.get(year=2028).prefilled_at is not None
    calendar_services.confirm_year(2027, actor=None)
    mail.outbox.clear()
    run_sweeps(now, names=["workdays.calendar_upkeep"])
    assert reminders() == []
