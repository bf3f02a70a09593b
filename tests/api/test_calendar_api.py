"""The working-day calendar on the API (pintu/api/calendar.py), against the site's pages: the same answers,
the same refusals (both read pintu.workdays.calculator)."""

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from pintu.workdays.models import ClosedDay

pytestmark = pytest.mark.django_db


def test_workday_due_equals_the_calculator_page(demo):
    """Across Lebaran 2026 the page and the API skip the same holidays and land on the same day."""
    page = Client().get(reverse("web:workday_calculator"),
                        {"received_date": "2026-03-16", "working_days": 10})  # fmt: skip
    result = page.context["result"]
    answer = APIClient().get(reverse("api:workday_due", args=["2026-03-16", 10]))
    assert answer.status_code == 200, answer.content
    body = answer.json()
    assert body["due"] == result["due"].isoformat() and body["day_one"] == result["day_one"].isoformat()
    assert [d["date"] for d in body["skipped"]] == [d.date.isoformat() for d in result["skipped"]]
    assert body["skipped"], "the fixture window must cross holidays"
    assert body["skipped"][0]["kind_label"] and body["working_days"] == 10


def test_workday_due_after_service_hours_equals_the_page(demo):
    page = Client().get(reverse("web:workday_calculator"),
                        {"received_date": "2026-03-13", "received_time": "20:30", "working_days": 1})  # fmt: skip
    answer = APIClient().get(reverse("api:workday_due", args=["2026-03-13", 1]), {"time": "20:30"}).json()
    assert answer["due"] == page.context["result"]["due"].isoformat()
    assert answer["received_time"] == "20:30:00"


def test_workday_due_refuses_what_the_form_refuses(demo):
    api = APIClient()
    bad_date = api.get(reverse("api:workday_due", args=["2026-02-30", 5]))
    assert bad_date.status_code == 400 and "received_date" in bad_date.json()["errors"]
    too_many = api.get(reverse("api:workday_due", args=["2026-03-16", 367]))
    assert too_many.status_code == 400 and "working_days" in too_many.json()["errors"]
    bad_time = api.get(reverse("api:workday_due", args=["2026-03-16", 5]), {"time": "25:99"})
    assert bad_time.status_code == 400 and "received_time" in bad_time.json()["errors"]


def test_calendar_year_equals_the_page_and_hides_inactive_days(demo):
    day = ClosedDay.objects.filter(date__year=2026).order_by("date").first()
    day.active = False
    day.save()
    page = Client().get(reverse("web:calendar_year", args=[2026]))
    answer = APIClient().get(reverse("api:calendar_year", args=[2026]))
    assert answer.status_code == 200, answer.content
    body = answer.json()
    on_page = [(d.date.isoformat(), d.name) for d in page.context["days"]]
    assert [(d["date"], d["name"]) for d in body["days"]] == on_page
    assert day.date.isoformat() not in {d["date"] for d in body["days"]}
    assert body["years"] == list(page.context["years"]) and 2026 in body["years"]
    assert body["confirmed"] is bool(page.context["info"] and page.context["info"].confirmed)
    assert APIClient().get(reverse("api:calendar_year", args=[1999])).status_code == 404
