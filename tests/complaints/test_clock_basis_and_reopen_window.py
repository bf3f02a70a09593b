"""Per-clock calendar days (ComplaintSettings / CategoryClock) and the reopen window after closing."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from pintu.complaints.clocks import current_clock, reopen_deadline, store_due_dates
from pintu.complaints.models import CategoryClock, ComplaintSettings, Report
from pintu.complaints.services import admin, handling, reporter
from pintu.complaints.workflow import Status
from pintu.workdays.calendar import get_calendar

pytestmark = pytest.mark.django_db
WIB = ZoneInfo("Asia/Jakarta")
D = datetime.date


def at(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=WIB)


def restamp(report, **fields) -> Report:
    Report.objects.filter(pk=report.pk).update(**fields)
    report = Report.objects.get(pk=report.pk)
    store_due_dates(report, get_calendar())
    report.save()
    return report


def test_verification_in_calendar_days_when_the_region_says_so(report):
    report = restamp(report, submitted_at=at(2026, 3, 16))
    assert report.verify_due == D(2026, 3, 26)  # hari kerja: 17, then 18-24 closed, 25, 26
    ComplaintSettings.objects.filter(pk=ComplaintSettings.load().pk).update(verify_calendar_days=True)
    report = restamp(report)
    assert report.verify_due == D(2026, 3, 25)  # 17, 18, 19: the 19th is closed (Nyepi), so 25 March
    clock = current_clock(report, get_calendar(), now=at(2026, 3, 18, 9))
    assert (clock.progress.day, clock.progress.total, clock.progress.calendar_days) == (2, 3, True)


def test_a_category_override_of_the_day_basis(report, user_named, agency):
    report = admin.disposition(report, user=user_named("admin.kominfo"), agency=agency("PUPR"))
    report = restamp(report, dispositioned_at=at(2026, 4, 6, 9))
    working = report.resolve_due
    CategoryClock.objects.create(category=report.category, resolve_days=14, resolve_calendar_days=True)
    report = restamp(report)
    assert report.resolve_due == D(2026, 4, 20)  # 7 April is day 1, 20 April day 14 (a Monday)
    assert report.resolve_due < working
    assert report.first_response_due == D(2026, 4, 13)  # still hari kerja: the override names one clock
    ComplaintSettings.objects.filter(pk=ComplaintSettings.load().pk).update(resolve_calendar_days=True)
    CategoryClock.objects.filter(category=report.category).update(resolve_calendar_days=False)
    report = restamp(report)
    assert report.resolve_due == get_calendar().add_working_days(at(2026, 4, 6, 9), 14)  # the category says no


def test_changing_the_setting_in_the_admin_recomputes_open_reports(client, report, user_named):
    report = restamp(report, submitted_at=at(2026, 3, 16))
    assert report.verify_due == D(2026, 3, 26)
    client.force_login(user_named("sysadmin"))
    row = ComplaintSettings.load()
    data = {field.name: getattr(row, field.name) for field in row._meta.fields if field.name != "id"}
    data = {name: value for name, value in data.items() if value is not False}
    data["verify_calendar_days"] = "on"
    response = client.post(reverse("admin:complaints_complaintsettings_change", args=[row.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Report.objects.get(pk=report.pk).verify_due == D(2026, 3, 25)  # the queued task ran (tests run inline)


def _closed(report, user_named, agency, closed_at):
    opd = user_named("penghubung.pupr")
    report = admin.disposition(report, user=user_named("admin.kominfo"), agency=agency("PUPR"))
    report = handling.post_follow_up(report, user=opd, text="Sudah ditambal.")
    report = handling.close(report, user=opd, reason="Selesai ditambal.")
    Report.objects.filter(pk=report.pk).update(closed_at=closed_at)
    return Report.objects.get(pk=report.pk)


def test_reopen_only_within_the_window_after_closing(report, user_named, agency, monkeypatch):
    report = _closed(report, user_named, agency, at(2026, 4, 6, 9))
    assert reopen_deadline(report, get_calendar()) == get_calendar().add_working_days(at(2026, 4, 6, 9), 30)
    deadline = reopen_deadline(report, get_calendar())
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: deadline + datetime.timedelta(days=1))
    assert not reporter.can_reopen(report)
    with pytest.raises(ValidationError) as refused:
        reporter.reopen(report, reason="Rusak lagi")
    message = refused.value.messages[0]
    assert "hanya dapat diajukan sampai" in message and report.code in message and "laporan baru" in message
    with pytest.raises(ValidationError):  # the admin instansi too
        reporter.reopen(report, reason="Rusak lagi", user=user_named("admin.kominfo"), by_admin=True)
    assert Report.objects.get(pk=report.pk).status == Status.SELESAI

    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: deadline)
    assert reporter.can_reopen(report)
    report = reporter.reopen(report, reason="Rusak lagi")
    assert report.status == Status.DIBUKA_KEMBALI


def test_a_zero_window_means_no_limit_and_calendar_days_count_every_day(report, user_named, agency):
    report = _closed(report, user_named, agency, at(2025, 1, 6, 9))
    settings = ComplaintSettings.load()
    settings.reopen_window_days, settings.reopen_window_calendar_days = 10, True
    settings.save()
    assert reopen_deadline(report, get_calendar()) == D(2025, 1, 16)
    assert not reporter.can_reopen(report)
    settings.reopen_window_days = 0
    settings.save()
    assert reopen_deadline(report, get_calendar()) is None and reporter.can_reopen(report)


def test_the_tracking_page_says_until_when_and_then_that_it_ended(client, report, user_named, agency, monkeypatch):
    report = _closed(report, user_named, agency, at(2026, 4, 6, 9))
    session = client.session
    session["tracked_reports"] = [report.code]
    session.save()
    deadline = reopen_deadline(report, get_calendar())
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: deadline)
    page = client.get(reverse("complaints:track_detail", args=[report.code])).content.decode()
    assert 'id="buka-kembali"' in page and "Dapat diajukan sampai" in page
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: deadline + datetime.timedelta(days=1))
    page = client.get(reverse("complaints:track_detail", args=[report.code])).content.decode()
    assert 'id="buka-kembali"' not in page and "Masa untuk meminta laporan ini dibuka kembali berakhir" in page
    response = client.post(reverse("complaints:track_reopen", args=[report.code]), {"reason": "Rusak lagi"})
    assert response.status_code == 200 and "hanya dapat diajukan sampai" in response.content.decode()
    assert Report.objects.get(pk=report.pk).status == Status.SELESAI
