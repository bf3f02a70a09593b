"""Issue #15, "it must show": personal data typed into a report never reaches a public face.

A report filed through the public API as anonim, with a NIK, a phone number, an e-mail address and the
reporter's name in its title and text, verified by the admin instansi through the API, shows none of them
on /laporan/<code>/, /api/v1/reports/<code>/, /open311/v2/requests.json and .xml, nor on /laporan/?q=<the NIK>
(the search index holds the public text only). The handlers still read the original. The API schema has
`anonim` and `rahasia` as two booleans (the old `privacy` deprecated).
"""

import re

import pytest
from rest_framework.test import APIClient

from pintu.complaints.models import Report
from pintu.textnorm.redaction import EMAIL_MARK, NAME_MARK, NIK_MARK, PHONE_MARK
from tests.api.conftest import ADMIN

pytestmark = pytest.mark.django_db

NAME, NIK, PHONE, EMAIL = "Sukarni Rahmawati", "1610061503900001", "0813-9988-7766", "sukarni.rw@example.com"
TITLE = f"Pungutan liar di kantor desa, hubungi {PHONE}"
TEXT = (
    f"Saya {NAME} (NIK {NIK}) dimintai uang Rp 150.000 untuk surat pengantar di kantor desa Tanjung Pering. "
    f"Hubungi saya di {PHONE} atau {EMAIL}."
)


def _leaks(body: str) -> list[str]:
    digits = re.sub(r"\D", "", PHONE)
    found = [needle for needle in (NAME, "Sukarni", "Rahmawati", NIK, PHONE, EMAIL) if needle in body]
    return found + [digits] * (digits in re.sub(r"[\s.\-]", "", body))


@pytest.fixture
def verified_code(area, client_for):
    kecamatan, desa = area
    payload = {"title": TITLE, "text": TEXT, "kecamatan": kecamatan.pk, "desa": desa.pk, "anonim": True,
               "name": NAME, "email": EMAIL, "phone": PHONE, "nik": NIK}  # fmt: skip
    filed = APIClient().post("/api/v1/reports/submit/", payload, format="json", HTTP_IDEMPOTENCY_KEY="e2e-1")
    assert filed.status_code == 201, filed.content
    code = filed.json()["code"]
    report = Report.objects.get(code=code)
    assert report.anonim and not report.rahasia

    admin_api = client_for(ADMIN)
    staff_view = admin_api.get(f"/api/v1/staff/reports/{code}/").json()
    assert staff_view["text"] == TEXT and staff_view["title"] == TITLE  # the handlers read the original
    preview = staff_view["public_text"]  # the preview the admin instansi reviews
    assert NIK_MARK in preview and PHONE_MARK in preview and EMAIL_MARK in preview and NAME_MARK in preview
    assert not _leaks(preview + staff_view["public_title"])
    assert staff_view["anonim"] is True and staff_view["rahasia"] is False

    edited = preview.replace("Tanjung Pering", "[alamat disamarkan]")  # the admin takes out a place as well
    verified = admin_api.post(f"/api/v1/staff/reports/{code}/verify/", {"public_text": edited}, format="json")
    assert verified.status_code == 200, verified.content
    report.refresh_from_db()
    assert report.status == "terverifikasi" and "[alamat disamarkan]" in report.public_text
    return code


def test_no_public_face_shows_the_personal_data(client, verified_code):
    code = verified_code
    page = client.get(f"/laporan/{code}/")
    assert page.status_code == 200 and NIK_MARK in page.content.decode()
    api = APIClient().get(f"/api/v1/reports/{code}/")
    assert api.status_code == 200 and api.json()["text"].startswith(f"Saya {NAME_MARK}")
    listing = APIClient().get("/api/v1/reports/")
    for response in (page, api, listing, client.get("/laporan/")):
        body = response.content.decode()
        assert not _leaks(body), (response.wsgi_request.path, _leaks(body))
        assert "Tanjung Pering" not in body
    for fmt in ("json", "xml"):
        open311 = client.get(f"/open311/v2/requests.{fmt}")
        body = open311.content.decode()
        assert open311.status_code == 200 and code in body and NIK_MARK in body, body[:500]
        assert not _leaks(body), (fmt, _leaks(body))
        single = client.get(f"/open311/v2/requests/{code}.{fmt}").content.decode()
        assert code in single and not _leaks(single)


def test_the_search_index_holds_the_public_text_only(client, verified_code):
    found = client.get("/laporan/", {"q": "pungutan liar"}).content.decode()
    assert verified_code in found and not _leaks(found)
    for needle in ("0813", "Sukarni", "sukarni.rw"):
        response = client.get("/laporan/", {"q": needle})
        assert response.status_code == 200 and verified_code not in response.content.decode(), needle
    # A number is indexed as a number token (pintu.textnorm): a NIK query may list reports with any long number
    # (here the amount), but never shows the NIK or anything else of the reporter; the search box echoes the query.
    response = client.get("/laporan/", {"q": NIK})
    assert response.status_code == 200
    assert not _leaks(re.sub(r"<input[^>]*>", "", response.content.decode()))
    report = Report.objects.get(code=verified_code)
    assert NIK not in report.search_text and "sukarni" not in report.search_text.lower()


def test_the_schema_has_anonim_and_rahasia_as_two_booleans(client):
    schema = client.get("/api/schema/", {"format": "json"}).json()
    components = schema["components"]["schemas"]
    for name in ("ReportSubmitRequest", "PrivacyInputRequest", "StaffReportInputRequest"):
        properties = components[name]["properties"]
        assert properties["anonim"]["type"] == "boolean" and properties["rahasia"]["type"] == "boolean", name
        assert properties["privacy"].get("deprecated") is True, name
    for name in ("StaffReport", "TrackedReport"):
        properties = components[name]["properties"]
        assert properties["anonim"]["type"] == properties["rahasia"]["type"] == "boolean"
        assert "privacy" not in properties
