"""One tracking box (issue #16 item 2): /lacak/ takes a complaint code, a PPID registration number or an
objection number with its secret and opens the right page; a PPID number typed into the complaint
tracker is handed over, never answered "kode salah"; wrong secrets are counted per code and client."""

import pytest
from django.urls import reverse
from django.utils import timezone

from pintu.ppid.objections import services as objection_services
from tests.factories import complaints as report_factories
from tests.factories.ppid import SECRET, make_request

pytestmark = pytest.mark.django_db
TRACK = "/lacak/"


@pytest.fixture
def submitted(demo):
    return report_factories.submit()


@pytest.fixture
def report(submitted):
    return submitted.report


def test_the_home_page_has_the_one_box(client):
    html = client.get("/").content.decode()
    assert f'action="{reverse("web:track")}"' in html and 'name="code"' in html and 'name="secret"' in html


def test_a_complaint_code_opens_the_report(client, submitted):
    report = submitted.report
    response = client.post(TRACK, {"code": report.code.lower(), "secret": submitted.secret})
    assert response.status_code == 302 and response["Location"] == reverse(
        "complaints:track_detail", args=[report.code]
    )
    assert client.get(response["Location"]).status_code == 200


def test_a_complaint_code_typed_with_spaces_opens_the_report_as_in_the_complaint_tracker(client, submitted):
    report = submitted.report
    typed = report.code.replace("-", " ").lower()  # "lpr 2026 7k3qx", as /lapor/lacak/ accepts it
    response = client.post(TRACK, {"code": typed, "secret": submitted.secret})
    assert response.status_code == 302
    assert response["Location"] == reverse("complaints:track_detail", args=[report.code])


def test_a_ppid_number_opens_the_request(client, demo):
    info = make_request()
    typed = info.number.replace("/", " ").lower()
    response = client.post(TRACK, {"code": typed, "secret": SECRET.lower()})
    assert response.status_code == 302
    assert response["Location"] == reverse("ppid:request_track_detail", args=[info.slug])
    assert client.get(response["Location"]).status_code == 200


def test_an_objection_number_with_the_request_secret_opens_the_objection(client, demo):
    info = make_request(decided=timezone.now(), decision="refused")
    proof = objection_services.prove_requester(info, secret=SECRET)
    objection = objection_services.file_objection(proof, info, grounds=["a"], description="Ditolak tanpa alasan.")
    response = client.post(TRACK, {"code": objection.number, "secret": SECRET})
    assert response.status_code == 302
    assert response["Location"] == reverse("ppid:objection_track", args=[objection.pk])
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.parametrize("kind", ["report", "request"])
def test_a_wrong_secret_says_so_and_keeps_the_code(client, report, kind):
    code = report.code if kind == "report" else make_request().number
    response = client.post(TRACK, {"code": code, "secret": "ZZZZ-ZZZZ"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kode atau kode rahasia salah" in html and code in html


def test_the_complaint_tracker_hands_a_ppid_number_to_the_one_box(client, demo):
    info = make_request()
    response = client.post(reverse("complaints:track"), {"code": info.number, "secret": SECRET})
    assert response.status_code == 307 and response["Location"] == reverse("web:track")
    followed = client.post(response["Location"], {"code": info.number, "secret": SECRET})
    assert followed["Location"] == reverse("ppid:request_track_detail", args=[info.slug])


def test_empty_box_explains_in_indonesian(client):
    response = client.post(TRACK, {"code": "", "secret": ""})
    assert response.status_code == 400
    assert "Isi kode lacak atau nomor Anda." in response.content.decode()
