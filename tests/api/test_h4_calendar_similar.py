"""The working-day calendar and the "similar reports" step on the API, against their web pages."""

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from pintu.complaints.services import admin
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


@pytest.fixture
def dispatched(submit, user_named, agency):
    def make(**overrides):
        report = submit(**overrides).report
        return admin.disposition(report, user=user_named("admin.kominfo"), agency=agency("PUPR"))

    return make


def test_similar_reports_are_the_wizards_with_public_fields_only(dispatched, area):
    kecamatan, desa = area
    lamp = dispatched(title="Lampu jalan mati", text="Lampu penerangan jalan mati di depan masjid sejak minggu lalu.")
    dispatched(title="Lampu jalan mati", text="Lampu penerangan jalan mati di depan masjid, rahasia.",
               privacy="rahasia")  # fmt: skip
    dispatched(title="Air PDAM mati", text="Air tidak mengalir tiga hari.")
    payload = {"kecamatan": kecamatan.pk, "desa": desa.pk, "title": "Lampu mati",
               "text": "lampu jalan mati depan masjid"}  # fmt: skip
    answer = APIClient().post(reverse("api:similar_reports"), payload, format="json")
    assert answer.status_code == 200, answer.content
    rows = answer.json()["results"]
    assert [r["code"] for r in rows] == [lamp.code]  # the rahasia one is never offered
    assert 0 < rows[0]["score"] <= 1 and rows[0]["kecamatan"]["id"] == kecamatan.pk
    assert "siti" not in answer.content.decode().lower()  # no reporter identity
    assert not {"text", "privacy", "latitude", "name", "email"} & set(rows[0])

    # the wizard's step for the same draft shows the same report
    web = Client()
    what = web.post(reverse("complaints:intake_what"), {"title": "Lampu mati", "text": "lampu jalan mati depan masjid",
                                                        "category": lamp.category_id, "kind": "pengaduan"})  # fmt: skip
    assert what.status_code == 302, what.context["form"].errors
    where = web.post(reverse("complaints:intake_where"), {"kecamatan": kecamatan.pk, "desa": desa.pk})
    assert where.status_code == 302, where.context["form"].errors
    page = web.get(reverse("complaints:intake_similar"))
    assert page.status_code == 200
    assert [r.code for r in page.context["similar"]] == [r["code"] for r in rows]


def test_similar_reports_refuse_unknown_areas(demo, area):
    kecamatan, desa = area
    api = APIClient()
    no_area = api.post(reverse("api:similar_reports"), {"kecamatan": 999999, "text": "lampu"}, format="json")
    assert no_area.status_code == 400 and "kecamatan" in no_area.json()["errors"]
    desa_as_kecamatan = api.post(reverse("api:similar_reports"), {"kecamatan": desa.pk, "text": "x"}, format="json")
    assert desa_as_kecamatan.status_code == 400
    other = kecamatan.__class__.objects.filter(level="kecamatan").exclude(pk=kecamatan.pk).first()
    foreign_desa = other.children.first()
    wrong = api.post(reverse("api:similar_reports"), {"kecamatan": kecamatan.pk, "desa": foreign_desa.pk,
                                                       "text": "lampu"}, format="json")  # fmt: skip
    assert wrong.status_code == 400 and "desa" in wrong.json()["errors"]
    assert api.post(reverse("api:similar_reports"), {}, format="json").status_code == 400
