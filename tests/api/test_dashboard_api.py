"""The leaders' dashboard API (/api/v1/staff/statistik/...): for the same user and filters, the same figures,
files and case lists as the web page (insights:dashboard, :download, :report_pdf, :cases); the same roles;
staff figures unsuppressed as on the page; a filter the API cannot read is a 400 in Indonesian."""

import pytest
from django.urls import reverse

from pintu.insights import exports
from pintu.insights.render import display
from tests.insights.conftest import PERIOD, generated  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db
API = "/api/v1/staff/statistik/"
QUERY = PERIOD.query()
ROLES = ("bupati", "kepala.pupr", "ppid.pupr", "admin.kominfo", "inspektorat", "ppid.utama")


@pytest.fixture
def data(generated):  # noqa: F811
    return generated


def web(client, user_named, username, url):
    client.force_login(user_named(username))
    return client.get(url)


def all_pages(api, url) -> list[dict]:
    rows = []
    while url:
        body = api.get(url).json()
        rows += body["results"]
        url = body["next"]
    return rows


@pytest.mark.parametrize("username", ROLES)
def test_figures_equal_the_web_page_for_each_role(client, client_for, user_named, data, username):
    page = web(client, user_named, username, f"{reverse('insights:dashboard')}?{QUERY}").context
    response = client_for(username).get(f"{API}?{QUERY}")
    assert response.status_code == 200, response.content
    body = response.json()
    scope = page["scope"]
    assert body["scope"] == {"complaints": scope.complaints, "ppid": scope.ppid, "whole_pemkab": scope.whole_pemkab,
                             "report_drilldown": scope.report_drilldown,
                             "request_drilldown": scope.request_drilldown}  # fmt: skip
    for api_key, web_key in (("complaints", "complaint"), ("ppid", "ppid")):
        tables = [exports.to_record(item["table"]) for item in page[f"{web_key}_tables"]]
        assert [(t["key"], t["rows"]) for t in body[api_key]["tables"]] == [(t["key"], t["rows"]) for t in tables]
        figures = [(f["key"], display(f["value"], f["kind"])) for f in body[api_key]["key_figures"]]
        assert figures == [(f["key"], f["value"]) for f in page[f"{web_key}_figures"]]
    assert body["period"] == {"start": str(PERIOD.start), "end": str(PERIOD.end)}


def test_staff_figures_are_not_suppressed_as_on_the_page(client_for, data):
    body = client_for("kepala.pupr").get(f"{API}?{QUERY}").json()
    assert body["suppressed"] is False
    cells = [v for t in body["complaints"]["tables"] for row in t["rows"] for v in row.values()]
    assert not [v for v in cells if isinstance(v, str) and v.startswith("<")]
    assert [v for v in cells if isinstance(v, int) and not isinstance(v, bool) and 0 < v < 5]  # shown as they are
    public = client_for("kepala.pupr").get(f"/api/v1/statistik/?{QUERY}").json()
    assert public["suppressed_as"] in str(public)  # the public API still hides them


def test_drill_rows_lead_to_the_same_cases_as_the_web_list(client, client_for, user_named, data):
    # the admin instansi opens every report it counts (pimpinan count rahasia reports but do not open them)
    api = client_for("admin.kominfo")
    body = api.get(f"{API}?{QUERY}").json()
    table = next(t for t in body["complaints"]["tables"] if t["key"] == "volume_agency")
    drill = next(d for d in table["drill"] if d["val"] == "PUPR")
    assert drill["sumber"] == "laporan" and drill["dim"] == "agency"
    url = f"{API}cases/reports/?{QUERY}&dim=agency&val=PUPR&page_size=7"
    codes = [r["code"] for r in all_pages(api, url)]
    page = web(client, user_named, "admin.kominfo",
               f"{reverse('insights:cases')}?{QUERY}&sumber=laporan&dim=agency&val=PUPR")
    assert codes == [r.code for r in page.context["page"].paginator.object_list]
    assert codes and len(codes) == table["rows"][drill["row"]]["reports"]


def test_request_cases_keep_to_the_pembantu_own_agency(client, client_for, user_named, data):
    api = client_for("ppid.pupr")
    rows = all_pages(api, f"{API}cases/requests/?{QUERY}")
    assert rows and {r["agency"]["code"] for r in rows} == {"PUPR"}
    page = web(client, user_named, "ppid.pupr", f"{reverse('insights:cases')}?{QUERY}&sumber=ppid")
    assert [r["id"] for r in rows] == [r.pk for r in page.context["page"].paginator.object_list]
    assert api.get(f"{API}cases/reports/?{QUERY}").status_code == 404  # no report list for this role, as the page
    assert client_for("sysadmin").get(f"{API}cases/reports/?{QUERY}").status_code == 404


def test_table_download_is_the_web_file(client, client_for, user_named, data):
    url = reverse("insights:download", args=["compliance_agency", "csv"]) + f"?{QUERY}"
    web_file = web(client, user_named, "kepala.pupr", url)
    api_file = client_for("kepala.pupr").get(f"{API}tables/compliance_agency/csv/?{QUERY}")
    assert api_file.status_code == 200 and api_file["Content-Type"] == exports.CSV_TYPE
    assert api_file.content == web_file.content
    assert api_file["Content-Disposition"] == web_file["Content-Disposition"]
    xlsx = client_for("kepala.pupr").get(f"{API}tables/compliance_agency/xlsx/?{QUERY}")
    assert xlsx["Content-Type"] == exports.XLSX_TYPE and xlsx.content[:2] == b"PK"
    assert client_for("kepala.pupr").get(f"{API}tables/compliance_agency/pdf/").status_code == 404
    missing = client_for("kepala.pupr").get(f"{API}tables/tidak_ada/csv/")
    assert missing.status_code == 404 and missing.json()["detail"] == "Tabel statistik tidak dikenal."
    assert client_for("ppid.pupr").get(f"{API}tables/volume_month/csv/").status_code == 404  # not in its scope


def test_monthly_pdf_and_a_bad_period(client_for, data):
    api = client_for("bupati")
    response = api.get(f"{API}reports/bulanan/2026-03/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    for kind, period in (("bulanan", "2026-13"), ("triwulanan", "2026-Q5"), ("tahunan", "2026"),
                         ("bulanan", "0001-01")):  # fmt: skip
        bad = api.get(f"{API}reports/{kind}/{period}/")
        assert bad.status_code == 400, (kind, period)
        assert bad.json()["errors"]["period"][0].startswith("Periode tidak valid")


def test_filters_the_api_cannot_read_are_a_400_naming_them(client_for, data):
    api = client_for("bupati")
    bad = api.get(API, {"dari": "31-03-2026", "instansi": "TIDAK_ADA"})
    assert bad.status_code == 400 and set(bad.json()["errors"]) == {"dari"}
    assert bad.json()["errors"]["dari"] == ["Tanggal harus berformat TTTT-BB-HH, misalnya 2026-03-31."]
    unknown = api.get(API, {"instansi": "TIDAK_ADA", "kategori": "TIDAK_ADA", "wilayah": "0"}).json()["errors"]
    assert unknown == {"instansi": ["Tidak ada instansi dengan kode ini."],
                       "kategori": ["Tidak ada kategori dengan kode ini."],
                       "wilayah": ["Tidak ada kecamatan atau desa dengan kode ini."]}  # fmt: skip
    assert api.get(f"{API}cases/reports/", {"dim": "warna"}).json()["errors"] == {
        "dim": ["Dimensi tidak dikenal untuk daftar ini."]
    }


def test_refused_like_the_page(anon, client_for, demo):
    assert anon.get(API).status_code == 401
    for url in ("", "tables/volume_month/csv/", "reports/bulanan/2026-03/", "cases/reports/", "cases/requests/"):
        assert client_for("warga").get(API + url).status_code == 403, url
