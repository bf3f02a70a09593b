"""Hostile structures (issue #15 item 5): JSON nested 1,000 deep, dates in year 9999, forged page cursors,
an XLSX declaring a huge sheet, NUL and NaN in Open311 parameters. Each was an HTTP 500 or worse; each now
answers 400 with a message in Indonesian (English when English is chosen), Open311 in its error list."""

import base64
import csv
import datetime
import io
import json
import re
import zipfile
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from openpyxl import Workbook
from rest_framework.test import APIClient

from pintu.apikit.models import issue_token
from pintu.interop import signing
from pintu.interop.models import Gateway
from pintu.ppid.registers import io as dip_io
from pintu.ppid.registers.models import DipItem
from pintu.security.jsoninput import MAX_DEPTH, JsonTooDeep, check_depth, loads
from pintu.web.keyset import encode_cursor

pytestmark = pytest.mark.django_db

DEEP_ARRAY = "[" * 1000 + "]" * 1000
DEEP_OBJECT = '{"a":' * 1000 + "1" + "}" * 1000
TOO_DEEP = "Isi JSON bersarang terlalu dalam"
OUT_OF_RANGE = "Tanggal harus antara tahun 1970 dan 2099."
OUT_OF_RANGE_EN = "The date must be between the years 1970 and 2099."


def api_as(user_named, username: str) -> APIClient:
    _token, raw = issue_token(user_named(username))
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {raw}")
    return client


# --- JSON nested 1,000 deep ------------------------------------------------------------------------


def test_depth_is_counted_outside_strings_only():
    check_depth('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "b": "\\\\\\"[[[[[["}', limit=2)
    check_depth("[" * MAX_DEPTH + "]" * MAX_DEPTH)
    with pytest.raises(JsonTooDeep):
        check_depth("[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1))
    with pytest.raises(json.JSONDecodeError):  # a JsonTooDeep is a JSONDecodeError: old except clauses catch it
        loads(DEEP_OBJECT.encode())
    assert loads(b'{"a": [1, {"b": "]]]"}]}') == {"a": [1, {"b": "]]]"}]}


@pytest.mark.parametrize("body", [DEEP_ARRAY, DEEP_OBJECT], ids=["array", "object"])
@pytest.mark.parametrize(
    "path", ["/api/v1/reports/submit/", "/api/v1/ppid/requests/submit/", "/api/v1/similar-reports/"]
)
def test_deep_json_on_public_endpoints_is_a_400(demo, path, body):
    response = APIClient().post(path, data=body, content_type="application/json")
    assert response.status_code == 400
    assert TOO_DEEP in response.json()["detail"]


def test_deep_json_on_a_staff_endpoint_is_a_400(demo, user_named):
    client = api_as(user_named, "admin.kominfo")
    response = client.post("/api/v1/staff/reports/bulk-verify/", data=DEEP_ARRAY, content_type="application/json")
    assert response.status_code == 400 and TOO_DEEP in response.json()["detail"]


def test_broken_json_is_explained_in_indonesian(demo):
    response = APIClient().post("/api/v1/reports/submit/", data='{"title": ', content_type="application/json")
    assert response.status_code == 400 and response.json()["detail"].startswith("Isi permintaan bukan JSON yang sah")


def test_deep_json_on_the_signed_gateway_webhook_is_a_bad_body(demo, client):
    gateway = Gateway.objects.create(slug="sms-oi", name="Gateway SMS", secret="rahasia-gateway")
    body = DEEP_OBJECT.encode()
    headers = {
        f"HTTP_{k.upper().replace('-', '_')}": v for k, v in signing.signed_headers(gateway.secret, body).items()
    }
    response = client.post(reverse("interop:gateway", args=[gateway.slug]), body, content_type="application/json",
                           **headers)  # fmt: skip
    assert response.status_code == 400 and response.json() == {"ok": False, "error": "not_json"}


# --- dates in year 9999 ----------------------------------------------------------------------------

PUBLIC_STATISTICS = ["/statistik/", "/statistik/data/semua.json", "/statistik/data/volume_month.csv",
                     "/statistik/data/volume_month.json"]  # fmt: skip


@pytest.mark.parametrize("name", ["dari", "sampai"])
@pytest.mark.parametrize("path", PUBLIC_STATISTICS)
def test_statistics_pages_and_files_refuse_year_9999(client, demo, path, name):
    response = client.get(path, {name: "9999-12-31"})
    assert response.status_code == 400
    assert OUT_OF_RANGE in response.content.decode()


@pytest.mark.parametrize("path", ["/api/v1/statistik/", "/api/v1/statistik/volume_month/"])
def test_statistics_api_refuses_year_9999_and_unreadable_dates(demo, path):
    response = APIClient().get(path, {"dari": "0001-01-01", "sampai": "9999-12-31"})
    assert response.status_code == 400
    assert response.json()["errors"] == {"dari": [OUT_OF_RANGE], "sampai": [OUT_OF_RANGE]}
    unreadable = APIClient().get(path, {"dari": "31-12-2026"})
    assert unreadable.status_code == 400 and set(unreadable.json()["errors"]) == {"dari"}
    english = APIClient().get(path, {"sampai": "9999-12-31"}, HTTP_ACCEPT_LANGUAGE="en")
    assert english.status_code == 400 and english.json()["errors"]["sampai"] == [OUT_OF_RANGE_EN]


def test_the_page_links_back_without_the_bad_date(client, demo):
    html = client.get("/statistik/", {"sampai": "9999-12-31", "kategori": "INFRASTRUKTUR"}).content.decode()
    assert 'href="/statistik/?kategori=INFRASTRUKTUR"' in html


@pytest.mark.parametrize("path", ["/pimpinan/statistik/", "/pimpinan/statistik/kasus/",
                                  "/pimpinan/statistik/unduh/volume_month.csv"])  # fmt: skip
def test_leaders_dashboard_refuses_year_9999(demo, user_named, path):
    client = Client()
    client.force_login(user_named("bupati"))
    response = client.get(path, {"sampai": "9999-12-31"})
    assert response.status_code == 400 and OUT_OF_RANGE in response.content.decode()


def test_leaders_dashboard_api_refuses_year_9999(demo, user_named):
    response = api_as(user_named, "bupati").get("/api/v1/staff/statistik/", {"sampai": "9999-12-31"})
    assert response.status_code == 400 and response.json()["errors"] == {"sampai": [OUT_OF_RANGE]}


@pytest.mark.parametrize("day", ["9999-12-28", "0001-01-01"])
def test_workday_calculator_refuses_dates_beyond_its_calendar(client, demo, day):
    page = client.get("/hari-kerja/", {"received_date": day, "working_days": "10"})
    assert page.status_code == 400 and OUT_OF_RANGE in page.content.decode()
    api = APIClient().get(f"/api/v1/workdays/{day}/plus/10/")
    assert api.status_code == 400 and api.json()["errors"]["received_date"] == [OUT_OF_RANGE]
    english = APIClient().get(f"/api/v1/workdays/{day}/plus/10/", HTTP_ACCEPT_LANGUAGE="en")
    assert english.json()["errors"]["received_date"] == [OUT_OF_RANGE_EN]


def test_workday_calculator_still_answers_the_last_year(client, demo):
    assert client.get("/hari-kerja/", {"received_date": "2099-12-01", "working_days": "366"}).status_code == 200


@pytest.mark.parametrize("name", ["start_date", "end_date"])
@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_open311_refuses_year_9999_in_its_error_list(client, demo, name, fmt):
    response = client.get(f"/open311/v2/requests.{fmt}", {name: "9999-12-31T23:59:59-10:00"})
    assert response.status_code == 400
    body = response.content.decode()
    if fmt == "json":
        assert response.json() == [{"code": 400, "description": f"{name} harus antara tahun 1970 dan 2099."}]
    else:
        assert "<errors><error><code>400</code>" in body and f"{name} harus antara tahun 1970 dan 2099." in body


def test_staff_date_inputs_beyond_the_calendar_are_refused(demo, user_named):
    """The other date inputs found by the same search: a paper request received in year 1 overflowed its clock."""
    utama = api_as(user_named, "ppid.utama")
    paper = {"channel": "walk_in", "name": "Siti Aminah", "information": "Daftar paket pekerjaan jalan tahun ini",
             "purpose": "Penelitian", "obtain_method": "soft", "delivery_method": "email",
             "email": "siti@example.org", "consent": True, "received_at": "0001-01-01T10:00:00+07:00"}  # fmt: skip
    response = utama.post("/api/v1/staff/ppid/requests/register/", paper, format="json")
    assert response.status_code == 400 and response.json()["errors"]["received_at"] == [OUT_OF_RANGE]
    dik = {"agency": "PUPR", "information": "Nilai HPS paket jalan", "document": "Dokumen HPS 2026", "legal_basis": "b",
           "consequence": "Membuka HPS sebelum lelang merugikan.", "public_interest": "Persaingan sehat.",
           "exempt_until": "9999-12-31"}  # fmt: skip
    response = api_as(user_named, "ppid.pupr").post("/api/v1/staff/ppid/dik/draft/", dik, format="json")
    assert response.status_code == 400 and response.json()["errors"]["exempt_until"] == [OUT_OF_RANGE]


# --- forged cursors --------------------------------------------------------------------------------


def _raw_cursor(items) -> str:
    return base64.urlsafe_b64encode(json.dumps(items).encode()).decode().rstrip("=")


FORGED_KEYSET = {
    "string for an id": _raw_cursor([["t", "2026-03-01T08:00:00+07:00"], ["s", "x"]]),
    "integer beyond the column": _raw_cursor([["t", "2026-03-01T08:00:00+07:00"], ["i", 10**30]]),
    "datetime overflowing in UTC": _raw_cursor([["t", "9999-12-31T23:00:00-10:00"], ["i", 1]]),
    "naive datetime": _raw_cursor([["t", "2026-03-01T08:00:00"], ["i", 1]]),
    "NUL in a text": _raw_cursor([["s", "a\u0000b"], ["i", 1]]),
    "not a cursor": "!!!tidak-sah!!!",
}


@pytest.mark.parametrize("cursor", FORGED_KEYSET.values(), ids=FORGED_KEYSET.keys())
@pytest.mark.parametrize("direction", ["sesudah", "sebelum"])
def test_forged_cursor_on_the_public_list_is_a_400(client, demo, cursor, direction):
    response = client.get("/laporan/", {direction: cursor, "kategori": "x"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Tautan halaman ini rusak atau diubah" in html and 'href="/laporan/?kategori=x"' in html


@pytest.mark.parametrize("cursor", FORGED_KEYSET.values(), ids=FORGED_KEYSET.keys())
def test_forged_cursor_on_staff_lists_is_a_400(demo, user_named, cursor):
    admin, utama = Client(), Client()
    admin.force_login(user_named("admin.kominfo"))
    utama.force_login(user_named("ppid.utama"))
    for who, path in ((admin, "/staf/laporan/?tab=semua"), (admin, "/staf/laporan/"),
                      (utama, reverse("ppid:staff_requests"))):  # fmt: skip
        response = who.get(path, {"sesudah": cursor})
        assert response.status_code == 400, path
        assert "Tautan halaman ini rusak atau diubah" in response.content.decode()


def test_a_real_cursor_still_pages(client, demo):
    real = encode_cursor((timezone.now(), 1))
    assert client.get("/laporan/", {"sesudah": real}).status_code == 200


def _drf_cursor(position: str) -> str:
    return base64.b64encode(f"o=0&p={position}".encode()).decode()


@pytest.mark.parametrize("position", ["abc", "9" * 40, "2026-01-01", "\x00", "9999-12-31 23:00:00-10:00"])
def test_forged_cursor_on_api_lists_is_a_400(demo, user_named, position):
    anonymous = APIClient().get("/api/v1/reports/", {"cursor": _drf_cursor(position)})
    assert anonymous.status_code == 400
    assert anonymous.json()["errors"]["cursor"][0].startswith("Kursor halaman tidak sah")
    query = {"cursor": _drf_cursor(position), "dim": "kind", "val": "pengaduan"}
    staff = api_as(user_named, "bupati").get("/api/v1/staff/statistik/cases/reports/", query)
    assert staff.status_code == 400 and "cursor" in staff.json()["errors"]


def test_forged_due_date_cursor_on_the_api_inbox_is_a_400(demo, user_named):
    response = api_as(user_named, "admin.kominfo").get("/api/v1/staff/reports/", {"cursor": _drf_cursor("bukan-tgl")})
    assert response.status_code == 400 and "cursor" in response.json()["errors"]


# --- an XLSX declaring a huge sheet -----------------------------------------------------------------


def _huge_dimension_xlsx(rows, *, far_cell: bool = True) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    source, target = zipfile.ZipFile(io.BytesIO(buffer.getvalue())), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', data.decode())
                if far_cell:  # a stray cell in the last column of the last row
                    text = text.replace("</sheetData>",
                                        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
                                        "</sheetData>")  # fmt: skip
                data = text.encode()
            out.writestr(info, data)
    return target.getvalue()


ROWS = [["Judul informasi", "Jenis informasi"], ["Profil dinas", "berkala"], ["Rencana kerja 2026", "setiap saat"]]


def test_a_declared_huge_sheet_is_read_within_the_limits(demo):
    rows = dip_io.read_rows("dip.xlsx", _huge_dimension_xlsx(ROWS))
    assert [[cell for cell in row if cell] for row in rows] == ROWS  # the far stray cell lies beyond what is read
    assert all(len(row) <= dip_io.MAX_IMPORT_COLUMNS for row in rows)


def test_importing_a_declared_huge_sheet_through_the_api(demo, user_named):
    upload = io.BytesIO(_huge_dimension_xlsx(ROWS))
    upload.name = "dip.xlsx"
    response = api_as(user_named, "ppid.pupr").post("/api/v1/staff/ppid/dip/import/",
                                                    {"file": upload, "agency": "PUPR"}, format="multipart")  # fmt: skip
    assert response.status_code == 201, response.content
    assert DipItem.objects.filter(title__in=["Profil dinas", "Rencana kerja 2026"]).count() == 2


def test_an_xlsx_that_unpacks_too_large_is_a_400(demo, user_named):
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("xl/sharedStrings.xml", b"<sst>" + b" " * (dip_io.MAX_XLSX_UNPACKED + 1) + b"</sst>")
    upload = io.BytesIO(target.getvalue())
    upload.name = "dip.xlsx"
    response = api_as(user_named, "ppid.pupr").post("/api/v1/staff/ppid/dip/import/",
                                                    {"file": upload, "agency": "PUPR"}, format="multipart")  # fmt: skip
    assert response.status_code == 400
    assert response.json()["errors"]["file"] == ["Isi berkas XLSX terlalu besar setelah dibuka (paling besar 30 MB)."]


def test_a_csv_with_an_overlong_field_is_a_clean_error(demo):
    limit = csv.field_size_limit(100_000)  # the csv module's default is 131,072; other code may raise it
    try:
        with pytest.raises(dip_io.DipImportError, match="CSV tidak dapat dibaca"):
            dip_io.read_rows("dip.csv", b'judul,jenis\n"' + b"x" * 200_000 + b'",berkala\n')
    finally:
        csv.field_size_limit(limit)


# --- NUL and NaN in parameters ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("path", ["/open311/v2/requests.{fmt}", "/open311/v2/services.{fmt}"])
def test_nul_in_an_open311_query_is_its_error_list(client, demo, fmt, path):
    response = client.get(path.format(fmt=fmt), {"status": "open\x00"})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json" if fmt == "json" else "text/xml")
    assert "Parameter berisi karakter yang tidak diizinkan (NUL)." in response.content.decode()


def test_nul_in_an_api_query_is_a_json_400(demo):
    response = APIClient().get("/api/v1/reports/", {"q": "a\x00b"})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Alamat halaman berisi karakter yang tidak diizinkan")


def test_nan_coordinates_in_an_open311_submission_are_refused(client, demo):
    from pintu.agencies.models import Area
    from pintu.open311.models import issue_client

    _client, api_key = issue_client("Aplikasi uji")
    desa = Area.objects.filter(level="desa").order_by("code").first()
    data = {"api_key": api_key, "service_code": "INFRASTRUKTUR", "lat": "NaN", "long": "104.6",
            "description": "Lampu jalan padam di depan sekolah sejak seminggu.", "address_id": desa.code}  # fmt: skip
    response = client.post("/open311/v2/requests.json", data)
    assert response.status_code == 400
    assert response.json() == [{"code": 400, "description": "lat harus berupa angka desimal (WGS84)."}]


def test_nan_coordinates_never_reach_a_comparison(demo):
    from pintu.complaints.services.intake import ReportDraft, validate_draft

    draft = ReportDraft(title="Lampu padam", text="Lampu jalan padam di depan sekolah.", kecamatan=None,
                        latitude=Decimal("NaN"), longitude=Decimal("104.6"))  # fmt: skip
    with pytest.raises(Exception) as refused:
        validate_draft(draft)
    assert "latitude" in refused.value.message_dict


def test_dates_in_range_helper_edges():
    from pintu.workdays.bounds import in_range

    assert in_range(datetime.date(1970, 1, 1)) and in_range(datetime.date(2099, 12, 31))
    assert not in_range(datetime.date(9999, 12, 31)) and not in_range(datetime.date(1, 1, 1))


@pytest.mark.parametrize("value", ["9" * 40, "²", "١٢"])
def test_numbers_in_query_strings_that_int_cannot_take(demo, user_named, value):
    """The same search found more: a 40-digit id overflowed the database's integer, a Unicode digit passed
    isdigit() but not int(); both were a 500 on the drill-down lists and the areas directory."""
    assert APIClient().get("/api/v1/areas/", {"parent": value}).status_code == 200
    leader = Client()
    leader.force_login(user_named("bupati"))
    for dim in ("kecamatan", "rating"):
        assert leader.get("/pimpinan/statistik/kasus/", {"dim": dim, "val": value}).status_code == 200
