"""Leak tests of the two privacy flags (issue #15 item 3) and of the public text (item 2), for all four
combinations of anonim and rahasia, across the web, the API, Open311 and search.

- rahasia: the report is on no public face (page, list, search, API, Open311), and pimpinan do not open it
  (they only count it); the admin instansi and the handling OPD do.
- anonim: the reporter's identity is hidden from the handling OPD; the report itself may be public.
- never: the reporter's name, e-mail, phone or NIK on a public face, typed into the text or not.
"""

import pytest
from rest_framework.test import APIClient

from pintu.apikit.models import issue_token
from tests.factories import complaints as factories

pytestmark = pytest.mark.django_db

NAME, EMAIL, PHONE, NIK = "Wulandari Kusumawati", "wulan.kusuma@example.com", "0857-1234-9876", "1610064107880002"
WORD = "jembatangantung"  # one word only these reports hold, to search for
COMBINATIONS = [(False, False), (True, False), (False, True), (True, True)]


def _api(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {issue_token(user)[1]}")
    return client


def _leaks(body: str) -> list[str]:
    needles = (NAME, "Wulandari", "Kusumawati", EMAIL, PHONE, "085712349876", NIK)
    return [needle for needle in needles if needle in body]


@pytest.fixture
def report(demo, request):
    anonim, rahasia = request.param
    return factories.make_report(
        at="PUPR", anonim=anonim, rahasia=rahasia, name=NAME, email=EMAIL, phone=PHONE, nik=NIK,
        title=f"Jembatan rusak {WORD}",
        text=f"Saya {NAME}, NIK {NIK}, telepon {PHONE}, surel {EMAIL}: {WORD} di desa kami rusak berat.",
    )  # fmt: skip


@pytest.mark.parametrize("report", COMBINATIONS, indirect=True, ids=["biasa", "anonim", "rahasia", "keduanya"])
def test_public_faces(client, report):
    code, public = report.code, not report.rahasia
    anon = APIClient()
    responses = {
        "web detail": client.get(f"/laporan/{code}/"),
        "web list": client.get("/laporan/"),
        "web search": client.get("/laporan/", {"q": WORD}),
        "api detail": anon.get(f"/api/v1/reports/{code}/"),
        "api list": anon.get("/api/v1/reports/"),
        "api search": anon.get("/api/v1/reports/", {"q": WORD}),
        "open311 json": client.get("/open311/v2/requests.json"),
        "open311 xml": client.get("/open311/v2/requests.xml"),
        "open311 one json": client.get(f"/open311/v2/requests/{code}.json"),
        "open311 one xml": client.get(f"/open311/v2/requests/{code}.xml"),
        "sitemap": client.get("/sitemap.xml"),
    }
    for face, response in responses.items():
        body = response.content.decode()
        assert not _leaks(body), (face, _leaks(body))
        if face.endswith(("detail", "one json", "one xml")):
            assert response.status_code == (200 if public else 404), (face, response.status_code)
        else:
            assert response.status_code == 200, face
            assert (code in body) == public, (face, public)
    if public:
        assert "[NIK disamarkan]" in responses["web detail"].content.decode()
        assert "[nama disamarkan]" in responses["api detail"].json()["text"]


@pytest.mark.parametrize("report", COMBINATIONS, indirect=True, ids=["biasa", "anonim", "rahasia", "keduanya"])
def test_staff_faces(client, report, user_named):
    code = report.code
    admin, opd, bupati = (user_named(n) for n in (factories.ADMIN, factories.PUPR, factories.BUPATI))
    for user, sees in ((admin, True), (opd, True), (bupati, not report.rahasia)):
        detail = _api(user).get(f"/api/v1/staff/reports/{code}/")
        assert detail.status_code == (200 if sees else 404), (user.username, detail.status_code)
        listing = _api(user).get("/api/v1/staff/reports/", {"q": WORD}).content.decode()
        assert (code in listing) == sees, user.username
        client.force_login(user)
        assert client.get(f"/staf/laporan/{code}/").status_code == (200 if sees else 404), user.username
        if sees:
            assert detail.json()["text"].startswith(f"Saya {NAME}")  # handlers read the original text
            contact = detail.json()["contact"]
            if user == opd:  # the handling OPD never learns who an anonim reporter is
                assert contact["hidden"] == report.anonim and (contact["email"] == EMAIL) != report.anonim
    client.logout()
