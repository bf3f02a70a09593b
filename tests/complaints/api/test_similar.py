"""The "similar reports" step on the API, against the wizard's page: public reports only, the same results."""

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from pintu.complaints.services import admin

pytestmark = pytest.mark.django_db


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
