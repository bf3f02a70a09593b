"""The staff annual report endpoints (the web's ppid:staff_annual and staff_annual_publish).

Each test goes through the same services as the web page: an allowed role succeeds, a refused role gets
403/404 and nothing changes, a validation error answers 400 with the API's error body.
"""

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from pintu.history.models import Event
from pintu.ppid.annual.models import AnnualReport, AnnualReportSection

pytestmark = pytest.mark.django_db
URL = "/api/v1/staff/ppid/annual/"


def test_report_figures_for_ppid_staff(demo, client_for):
    assert APIClient().get(URL).status_code == 401
    assert client_for("warga").get(URL).status_code == 403
    assert client_for("ppid.pupr").get(URL, {"instansi": "NOPE"}).status_code == 404
    future = client_for("ppid.utama").get(URL, {"tahun": timezone.localdate().year + 1})
    assert future.status_code == 400 and "tahun" in future.json()["errors"]

    pemkab = client_for("ppid.pupr").get(URL)
    assert pemkab.status_code == 200, pemkab.content
    body = pemkab.json()
    assert body["year"] == timezone.localdate().year - 1 and body["agency"] is None
    assert body["may_edit"] is False and body["may_publish"] is False and isinstance(body["stats"], dict)
    own = client_for("ppid.pupr").get(URL, {"instansi": "PUPR"}).json()
    assert own["agency"] == "PUPR" and own["may_edit"] is True


def test_narrative_saved_by_the_editors_only(demo, client_for):
    url = URL + "narrative/"
    text = {"instansi": "", "policy": "Kebijakan layanan informasi ditetapkan dengan Perbup."}
    assert client_for("ppid.pupr").post(url, text, format="json").status_code == 403  # the Pemkab report
    assert client_for("atasan.ppid").post(url, {**text, "instansi": "PUPR"}, format="json").status_code == 403
    assert client_for("ppid.pupr").post(url, {**text, "instansi": "NOPE"}, format="json").status_code == 404
    assert not AnnualReportSection.objects.exists() and not Event.objects.filter(kind="narrative_saved").exists()

    empty = client_for("ppid.utama").post(url, {"instansi": ""}, format="json")
    assert empty.status_code == 400 and "sections" in empty.json()["errors"]
    assert not AnnualReport.objects.exists()

    saved = client_for("ppid.utama").post(url, text, format="json")
    assert saved.status_code == 200, saved.content
    assert saved.json()["sections"]["policy"] == text["policy"]
    own = client_for("ppid.pupr").post(url, {"instansi": "PUPR", "budget": "Rp 10 juta."}, format="json")
    assert own.status_code == 200, own.content
    assert AnnualReportSection.objects.get(report__agency__code="PUPR").text == "Rp 10 juta."
    assert Event.objects.filter(kind="narrative_saved").count() == 2


def test_publish_by_the_utama(demo, client_for):
    url = URL + "publish/"
    last_year = timezone.localdate().year - 1
    for name in ("ppid.pupr", "atasan.ppid"):
        assert client_for(name).post(url, {"tahun": last_year}, format="json").status_code == 403
    assert not AnnualReport.objects.exists()

    this_year = client_for("ppid.utama").post(url, {"tahun": timezone.localdate().year}, format="json")
    assert this_year.status_code == 400 and this_year.json()["detail"]
    assert not AnnualReport.objects.filter(published_at__isnull=False).exists()
    done = client_for("ppid.utama").post(url, {"tahun": last_year}, format="json")
    assert done.status_code == 200, done.content
    report = AnnualReport.objects.get(year=last_year, agency=None)
    assert report.published_at is not None and done.json()["published_at"]
    assert Event.objects.filter(kind="published").count() == 1
