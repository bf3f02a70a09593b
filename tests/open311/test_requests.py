"""GET requests.{fmt} and requests/{id}.{fmt}: public reports only, the specification's fields and filters."""

import datetime
import re

import pytest
from django.utils import timezone

from pintu.categories.models import Category
from pintu.complaints.models import Privacy, Report
from pintu.complaints.services import handling
from pintu.files.validation import clean_upload
from tests.open311 import spec_fields as spec
from tests.open311.conftest import BASE, FORMATS, errors, items

pytestmark = pytest.mark.django_db


def check_request(request_doc: dict) -> None:
    assert spec.REQUEST_REQUIRED <= set(request_doc) <= spec.REQUEST_ALLOWED, set(request_doc) ^ spec.REQUEST_ALLOWED
    assert request_doc["status"] in spec.REQUEST_STATUSES
    for name in ("requested_datetime", "updated_datetime"):
        assert re.match(spec.W3C_DATETIME, request_doc[name]), request_doc[name]
    if request_doc["expected_datetime"]:
        assert re.match(spec.W3C_DATETIME, request_doc["expected_datetime"])


def listed(client, fmt, **params) -> list[dict]:
    response = client.get(f"{BASE}/requests.{fmt}", params)
    assert response.status_code == 200, response.content
    found = items(response, fmt, "service_requests", "request")
    for request_doc in found:
        check_request(request_doc)
    return found


@pytest.mark.parametrize("fmt", FORMATS)
def test_public_reports_are_listed_with_public_fields_only(client, make_report, desa, fmt):
    report = make_report(follow_up="Lubang sudah ditambal pada hari Senin.")
    (found,) = listed(client, fmt)
    assert found["service_request_id"] == report.code
    assert found["status"] == "open"
    assert found["status_notes"] == "Lubang sudah ditambal pada hari Senin."
    assert found["service_code"] == "INFRASTRUKTUR" and found["description"] == report.text
    assert found["agency_responsible"] == "Dinas Pekerjaan Umum dan Penataan Ruang"
    assert found["address_id"] == desa.code and desa.name in found["address"]
    assert str(found["lat"]) == "-3.235" and str(found["long"]) == "104.654"  # rounded to about 100 m
    assert "media_url" not in found
    body = client.get(f"{BASE}/requests.{fmt}").content.decode()
    for private in ("Siti", "Aminah", "siti.aminah@example.com", "0812", "3456", "1610061503900001", "penghubung"):
        assert private not in body


@pytest.mark.parametrize("fmt", FORMATS)
def test_rahasia_unverified_and_anonim_identity_never_leave(client, make_report, fmt):
    secret = make_report(privacy=Privacy.RAHASIA, title="Pungutan liar di kantor desa")
    make_report(public=False, title="Belum diverifikasi")
    anonim = make_report(privacy=Privacy.ANONIM, name="Orang Tanpa Nama", email="tanpa.nama@example.com")
    found = listed(client, fmt)
    assert [r["service_request_id"] for r in found] == [anonim.code]
    body = client.get(f"{BASE}/requests.{fmt}").content.decode()
    assert "Tanpa Nama" not in body and "tanpa.nama" not in body and secret.code not in body
    for code in (secret.code, Report.objects.get(title="Belum diverifikasi").code):
        errors(client.get(f"{BASE}/requests/{code}.{fmt}"), fmt, 404)
        assert listed(client, fmt, service_request_id=code) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_one_request_by_id(client, make_report, fmt):
    report = make_report()
    response = client.get(f"{BASE}/requests/{report.code}.{fmt}")
    assert response.status_code == 200
    (found,) = items(response, fmt, "service_requests", "request")
    check_request(found)
    assert found["service_request_id"] == report.code
    errors(client.get(f"{BASE}/requests/LPR-2026-ZZZZZ.{fmt}"), fmt, 404)


@pytest.mark.parametrize("fmt", FORMATS)
def test_filters_by_id_service_code_status_and_dates(client, make_report, user_named, fmt):
    road = make_report()
    health = make_report(category=Category.objects.get(code="KESEHATAN"), title="Puskesmas tutup")
    closed = make_report(title="Sudah selesai", follow_up="Sudah diperbaiki.")
    handling.close(Report.objects.get(pk=closed.pk), user=user_named("penghubung.pupr"), reason="Sudah diperbaiki.")
    codes = lambda **p: sorted(r["service_request_id"] for r in listed(client, fmt, **p))  # noqa: E731

    assert codes() == sorted([road.code, health.code, closed.code])
    assert codes(service_request_id=f"{road.code},{closed.code}", status="open") == sorted([road.code, closed.code])
    assert codes(service_code="KESEHATAN") == [health.code]
    assert codes(service_code="KESEHATAN,INFRASTRUKTUR") == sorted([road.code, health.code, closed.code])
    assert codes(status="closed") == [closed.code]
    assert codes(status="open") == sorted([road.code, health.code])
    assert codes(status="open,closed") == sorted([road.code, health.code, closed.code])
    now = timezone.now()
    Report.objects.filter(pk=road.pk).update(submitted_at=now - datetime.timedelta(days=120))
    assert road.code not in codes()  # the default span is the last 90 days
    start = (now - datetime.timedelta(days=125)).isoformat(timespec="seconds")
    end = (now - datetime.timedelta(days=100)).isoformat(timespec="seconds")
    assert codes(start_date=start, end_date=end) == [road.code]
    assert codes(start_date=start.replace("+00:00", "Z")) == [road.code]
    assert road.code in codes(end_date=(now - datetime.timedelta(days=60)).date().isoformat())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"start_date": "kemarin"}, "start_date"),
        ({"end_date": "2026-13-45T00:00:00Z"}, "end_date"),
        ({"start_date": "2026-01-05T08:00:00"}, "zona waktu"),  # W3C requires the offset
        ({"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"}, "90 hari"),
        ({"start_date": "2026-02-01T00:00:00Z", "end_date": "2026-01-01T00:00:00Z"}, "sebelum"),
        ({"status": "pending"}, "status"),
    ],
)
def test_bad_filters_are_400(client, demo, fmt, params, words):
    found = errors(client.get(f"{BASE}/requests.{fmt}", params), fmt, 400)
    assert any(words in e["description"] for e in found), found


def test_a_closed_report_has_no_expected_datetime_and_an_open_one_has_its_due_date(client, make_report, user_named):
    report = make_report()
    (found,) = listed(client, "json")
    assert report.resolve_due and found["expected_datetime"].startswith(report.resolve_due.isoformat() + "T23:59:59")
    report = handling.post_follow_up(report, user=user_named("penghubung.pupr"), text="Sudah dikerjakan.")
    handling.close(Report.objects.get(pk=report.pk), user=user_named("penghubung.pupr"), reason="Selesai dikerjakan.")
    (found,) = listed(client, "json")
    assert found["status"] == "closed" and found["expected_datetime"] is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_media_url_only_for_public_attachments(client, make_report, user_named, fmt):
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "blue").save(buffer, "PNG")
    reporter_only = make_report(files=[clean_upload("rumah saya.png", buffer.getvalue())])
    (found,) = listed(client, fmt)
    assert found["service_request_id"] == reporter_only.code and "media_url" not in found
    handling.post_follow_up(
        reporter_only, user=user_named("penghubung.pupr"), text="Foto hasil perbaikan.",
        files=[clean_upload("hasil.png", buffer.getvalue())],
    )
    (found,) = listed(client, fmt)
    media_url = found["media_url"]
    assert media_url.startswith("http://testserver/lapor/lampiran/")
    assert client.get(media_url.removeprefix("http://testserver")).status_code == 200
