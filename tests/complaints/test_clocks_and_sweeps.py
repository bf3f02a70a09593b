"""Clocks in working days (pause and resume), escalation once per breach, auto-close."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core import mail

from pintu.categories.models import Category
from pintu.complaints import sweeps
from pintu.complaints.clocks import current_clock, store_due_dates
from pintu.complaints.models import CategoryClock, Escalation, Pause, Report
from pintu.complaints.services import admin, handling, reporter
from pintu.complaints.workflow import Status
from pintu.workdays import services as calendar_services
from pintu.workdays.calendar import get_calendar

pytestmark = pytest.mark.django_db
WIB = ZoneInfo("Asia/Jakarta")
D = datetime.date


def at(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=WIB)


def restamp(report, **fields) -> Report:
    """Move a report's timestamps into the past and recompute its stored due dates."""
    Report.objects.filter(pk=report.pk).update(**fields)
    report = Report.objects.get(pk=report.pk)
    store_due_dates(report, get_calendar())
    report.save()
    return report


@pytest.fixture
def simple(report):
    """A report in a category with the simple (14-day) resolution clock."""
    Report.objects.filter(pk=report.pk).update(category=Category.objects.get(code="KEPENDUDUKAN"))
    return Report.objects.get(pk=report.pk)


def test_verification_clock_counts_working_days_across_nyepi_and_lebaran(report):
    report = restamp(report, submitted_at=at(2026, 3, 16))
    assert report.verify_due == D(2026, 3, 26)  # 17 Mar, then 18-24 closed, 25, 26
    clock = current_clock(report, get_calendar(), now=at(2026, 3, 25, 9))
    assert (clock.name, clock.progress.day, clock.progress.total) == ("verify", 2, 3)
    assert clock.progress.due_soon and not clock.progress.overdue


def test_resolution_clock_is_60_days_for_field_checks_and_per_category_override(report, user_named, agency):
    report = admin.disposition(report, user=user_named("admin.kominfo"), agency=agency("PUPR"))
    report = restamp(report, dispositioned_at=at(2026, 4, 6, 9))
    assert report.resolve_due == get_calendar().add_working_days(at(2026, 4, 6, 9), 60)
    CategoryClock.objects.create(category=report.category, resolve_days=20, first_response_days=2)
    report = restamp(report)
    assert report.resolve_due == get_calendar().add_working_days(at(2026, 4, 6, 9), 20)
    assert report.first_response_due == D(2026, 4, 8)


def test_asking_the_reporter_pauses_the_clock_and_the_reply_resumes_it(simple, user_named, agency):
    opd = user_named("penghubung.pupr")
    report = admin.disposition(simple, user=user_named("admin.kominfo"), agency=agency("PUPR"))
    report = restamp(report, dispositioned_at=at(2026, 4, 6, 9))
    assert report.first_response_due == D(2026, 4, 13)
    report = handling.request_info(report, user=opd, question="Nomor KK Anda?")
    assert report.first_response_due is None and report.resolve_due is None  # unknown while paused
    assert current_clock(report, get_calendar(), now=at(2026, 4, 9)).progress.paused
    Pause.objects.filter(report=report).update(started_at=at(2026, 4, 8))
    report = reporter.reply(Report.objects.get(pk=report.pk), text="Sudah saya kirim lewat lampiran.")
    Pause.objects.filter(report=report).update(ended_at=at(2026, 4, 13, 11))
    report = restamp(report)
    assert report.status == Status.DIPROSES
    assert report.first_response_due == D(2026, 4, 16)  # 9, 10 and 13 April did not count


def test_a_calendar_change_recomputes_open_reports(report):
    report = restamp(report, submitted_at=at(2026, 3, 16))
    calendar_services.add_closed_day(D(2026, 3, 26), "Penutupan kantor", "local")
    assert Report.objects.get(pk=report.pk).verify_due == D(2026, 3, 27)


def escalation_mail():
    return [m for m in mail.outbox if "Tenggat terlewati" in m.subject]


def test_overdue_verification_is_escalated_once_when_the_sweep_runs_twice(report):
    restamp(report, submitted_at=at(2026, 3, 16))
    assert sweeps.escalate_overdue(at(2026, 3, 27, 7)) == 1
    assert sweeps.escalate_overdue(at(2026, 3, 27, 8)) == 0
    assert len(escalation_mail()) == 1
    assert escalation_mail()[0].to == ["admin.kominfo@demo.pintu.invalid"]
    assert Escalation.objects.get(report=report).due == D(2026, 3, 26)


def test_a_missed_run_still_escalates_every_breach_once(report, submit, user_named, agency):
    restamp(report, submitted_at=at(2026, 3, 16))
    late = admin.disposition(submit().report, user=user_named("admin.kominfo"), agency=agency("PUPR"))
    restamp(late, submitted_at=at(2026, 3, 16), dispositioned_at=at(2026, 3, 17))
    mail.outbox.clear()
    assert sweeps.escalate_overdue(at(2026, 5, 4, 7)) == 2  # no run for weeks: both breaches found
    assert sweeps.escalate_overdue(at(2026, 5, 5, 7)) == 0
    recipients = sorted(r for m in escalation_mail() for r in m.to)
    assert recipients == [
        "admin.kominfo@demo.pintu.invalid",
        "admin.kominfo@demo.pintu.invalid",
        "kepala.pupr@demo.pintu.invalid",
    ]


def test_a_new_due_date_after_reopening_is_a_new_breach(simple, user_named, agency):
    report = admin.disposition(simple, user=user_named("admin.kominfo"), agency=agency("PUPR"))
    report = restamp(report, dispositioned_at=at(2026, 4, 6, 9))
    assert sweeps.escalate_overdue(at(2026, 4, 20, 7)) == 1  # first response due 13 April
    report = restamp(report, dispositioned_at=at(2026, 4, 20, 9))
    assert sweeps.escalate_overdue(at(2026, 5, 4, 7)) == 1
    assert Escalation.objects.filter(report=report, clock="first_response").count() == 2


def test_paused_reports_are_not_escalated(simple, user_named, agency):
    report = admin.disposition(simple, user=user_named("admin.kominfo"), agency=agency("PUPR"))
    handling.request_info(report, user=user_named("penghubung.pupr"), question="Alamat lengkap?")
    restamp(report, dispositioned_at=at(2026, 4, 6, 9), submitted_at=at(2026, 4, 6, 8))
    assert sweeps.escalate_overdue(at(2026, 6, 1, 7)) == 0


def test_auto_close_after_ten_silent_working_days(simple, user_named, agency):
    report = admin.disposition(simple, user=user_named("admin.kominfo"), agency=agency("PUPR"))
    report = handling.post_follow_up(report, user=user_named("penghubung.pupr"), text="KK sudah dicetak.")
    report = restamp(report, last_follow_up_at=at(2026, 4, 6, 9))
    assert report.autoclose_due == D(2026, 4, 20)
    assert sweeps.auto_close(at(2026, 4, 20, 18)) == 0
    assert sweeps.auto_close(at(2026, 4, 21, 7)) == 1
    assert sweeps.auto_close(at(2026, 4, 21, 8)) == 0
    assert Report.objects.get(pk=report.pk).status == Status.SELESAI


def test_no_auto_close_when_the_reporter_answered(simple, user_named, agency):
    report = admin.disposition(simple, user=user_named("admin.kominfo"), agency=agency("PUPR"))
    report = handling.post_follow_up(report, user=user_named("penghubung.pupr"), text="KK sudah dicetak.")
    reporter.reply(report, text="Tapi namanya salah ketik.")
    assert sweeps.auto_close(at(2027, 1, 1, 7)) == 0
