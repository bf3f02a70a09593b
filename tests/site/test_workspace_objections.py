"""The Atasan PPID's workspace counts its work (issue #19 item 1): objections waiting for an answer and those past
the answer date, linked to the objection register; other roles get no such figure."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from pintu.site.workspace import objection_figures
from tests.factories.ppid import make_objection, make_request

pytestmark = pytest.mark.django_db


def test_the_atasan_ppid_counts_waiting_and_late_objections(demo, client, user_named):
    atasan, today = user_named("atasan.ppid"), timezone.localdate()
    before = {f.key: f.count for f in objection_figures(atasan, today)}
    make_objection(make_request())
    make_objection(make_request(), answer_due=today - datetime.timedelta(days=1))
    make_objection(make_request(), status="answered")
    after = {f.key: f.count for f in objection_figures(atasan, today)}
    assert after["objections_waiting"] == before["objections_waiting"] + 2
    assert after["objections_overdue"] == before["objections_overdue"] + 1
    client.force_login(atasan)
    page = client.get(reverse("web:staff_home")).content.decode()
    assert 'data-figure="objections_waiting"' in page and reverse("ppid:staff_objections") in page
    assert objection_figures(user_named("ppid.pupr"), today) == []
