"""The annual report on the API: the staff's figures and narrative, editing and publishing by the right roles,
the live and the published files (the web's own files), and the public list of published reports."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from pintu.agencies.models import Agency
from pintu.history.models import Event
from pintu.ppid.annual import services as annual
from pintu.ppid.annual.models import AnnualReport, AnnualReportSection
from tests.ppid.readers import V1, pdf_text, sheet_values, web_as

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


def test_annual_list_is_the_web_list_with_its_file_links(demo, user_named):
    year = timezone.localdate().year - 1
    annual.save_sections(user_named("ppid.utama"), year, None, {"policy": "Kebijakan layanan informasi."})
    report = annual.publish_report(user_named("ppid.utama"), year, None)
    annual.save_sections(user_named("ppid.utama"), year - 1, None, {"policy": "Belum diumumkan."})  # a draft

    page = Client().get(reverse("ppid:annual_list"))
    answer = APIClient().get(reverse("api:ppid_annual"))
    assert answer.status_code == 200, answer.content
    rows = answer.json()["results"]
    assert [r["id"] for r in rows] == [r.pk for r in page.context["reports"]] == [report.pk]
    assert rows[0]["year"] == year and rows[0]["agency"] is None
    pdf = APIClient().get(rows[0]["pdf_url"])
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert rows[0]["xlsx_url"] == reverse("api:ppid_annual_xlsx", args=[report.pk])


LAST_YEAR = timezone.localdate().year - 1


def test_published_annual_report_downloads(anon, demo, user_named):
    report = annual.publish_report(user_named("ppid.utama"), LAST_YEAR, None)
    web = web_as(user_named)
    pdf = anon.get(V1 + f"ppid/annual/{report.pk}/pdf/")
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    web_pdf = web.get(reverse("ppid:annual_pdf", args=[report.pk]))
    assert pdf_text(pdf.content) == pdf_text(web_pdf.content)
    assert pdf["Content-Disposition"] == web_pdf["Content-Disposition"]
    xlsx = anon.get(V1 + f"ppid/annual/{report.pk}/xlsx/")
    assert sheet_values(xlsx.content) == sheet_values(web.get(reverse("ppid:annual_xlsx", args=[report.pk])).content)

    draft = annual.save_sections(user_named("ppid.utama"), LAST_YEAR - 1, None, {"policy": "Belum diumumkan."})
    assert anon.get(V1 + f"ppid/annual/{draft.pk}/pdf/").status_code == 404


def test_staff_annual_download(anon, demo, user_named, client_for):
    annual.save_sections(user_named("ppid.pupr"), LAST_YEAR, Agency.objects.get(code="PUPR"),
                         {"obstacles": "Jaringan internet kecamatan."})  # fmt: skip
    query = {"tahun": LAST_YEAR, "instansi": "PUPR"}
    pdf = client_for("ppid.pupr").get(V1 + "staff/ppid/annual/pdf/", query)
    assert pdf.status_code == 200 and "Jaringan internet kecamatan" in " ".join(pdf_text(pdf.content).split())
    web = web_as(user_named, "ppid.pupr")
    assert pdf_text(pdf.content) == pdf_text(web.get(reverse("ppid:staff_annual_pdf"), query).content)
    xlsx = client_for("atasan.ppid").get(V1 + "staff/ppid/annual/xlsx/", query)
    web_xlsx = web_as(user_named, "atasan.ppid").get(reverse("ppid:staff_annual_xlsx"), query)
    assert xlsx["Content-Disposition"] == web_xlsx["Content-Disposition"]
    assert sheet_values(xlsx.content) == sheet_values(web_xlsx.content)
    assert client_for("ppid.pupr").get(V1 + "staff/ppid/annual/pdf/", {"instansi": "TIDAKADA"}).status_code == 404
    assert client_for("warga").get(V1 + "staff/ppid/annual/pdf/").status_code == 403
    assert anon.get(V1 + "staff/ppid/annual/xlsx/").status_code == 401
