"""PPID clocks in calendar days where the region's rule says so (PpidSettings); due dates follow the setting."""

import datetime

import pytest
from django.urls import reverse

from pintu.ppid.models import PpidSettings
from pintu.ppid.objections import clocks as objection_clocks
from pintu.ppid.requests import clocks
from pintu.ppid.requests.models import InformationRequest
from pintu.workdays.calendar import get_calendar
from tests.factories.ppid import local

pytestmark = pytest.mark.django_db
D = datetime.date


def _set(**flags):
    PpidSettings.objects.filter(pk=PpidSettings.load().pk).update(**flags)


def test_the_notice_clock_in_calendar_days(assigned):
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    assert request.due_date == D(2026, 4, 7)  # 10 hari kerja (the example)
    _set(request_calendar_days=True)
    assert clocks.compute_due(request, get_calendar()) == (D(2026, 3, 26), None)  # 17..26 March, all open
    progress = clocks.current_clock(request, get_calendar(), now=local(2026, 3, 20, 9)).progress
    assert (progress.day, progress.total, progress.calendar_days) == (4, 10, True)


def test_changing_the_setting_in_the_admin_recomputes_open_requests(client, assigned, user_named):
    request = assigned(received_at=local(2026, 3, 16, 10, 0))
    client.force_login(user_named("sysadmin"))
    row = PpidSettings.load()
    data = {"pembantu_label": row.pembantu_label, "berkala_period_months": row.berkala_period_months,
            "berkala_remind_days": row.berkala_remind_days, "post_delivery_days": row.post_delivery_days,
            "request_clock_waits_for_complete": "on",
            "request_calendar_days": "on"}  # fmt: skip
    response = client.post(reverse("admin:ppid_ppidsettings_change", args=[row.pk]), data)
    assert response.status_code == 302
    assert InformationRequest.objects.get(pk=request.pk).due_date == D(2026, 3, 26)


def test_objection_and_dispute_clocks_in_calendar_days(demo):
    calendar = get_calendar()
    filed = local(2026, 3, 16, 10, 0)
    assert objection_clocks.answer_due(calendar, filed) == D(2026, 5, 6)  # 30 hari kerja
    _set(objection_answer_calendar_days=True)
    assert objection_clocks.answer_due(calendar, filed) == D(2026, 4, 15)  # 17 March + 29 days: a Wednesday
    _set(objection_filing_calendar_days=True)
    # the ground arose Monday 11 May: day 1 is 12 May, day 30 Wednesday 10 June; on a Sunday it counts from Monday
    assert objection_clocks.filing_deadline(calendar, D(2026, 5, 11)) == D(2026, 6, 10)
    assert objection_clocks.filing_deadline(calendar, D(2026, 5, 10)) == D(2026, 6, 10)
    _set(dispute_calendar_days=True)
    start, finish = objection_clocks.dispute_dues(calendar, D(2026, 3, 2))
    assert start == D(2026, 3, 16)  # 3..16 March
    assert finish == D(2026, 6, 10)  # 100 days after 2 March
