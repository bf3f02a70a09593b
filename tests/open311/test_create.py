"""POST requests.{fmt} (create with api_key) and tokens/{token}.{fmt}, in XML and JSON, errors included."""

import pytest
from django.core import mail

from pintu.complaints.models import Channel, Report, ReporterContact
from pintu.complaints.workflow import Status
from pintu.history.models import Event
from pintu.open311.models import Open311Client, Open311Request
from tests.open311 import spec_fields as spec
from tests.open311.conftest import BASE, FORMATS, errors, items

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(client, api_key, kecamatan, desa):
    def send(fmt="json", **overrides):
        data = {
            "api_key": api_key,
            "service_code": "INFRASTRUKTUR",
            "lat": "-3.2345678",
            "long": "104.6543219",
            "address_id": desa.code,
            "description": "Lampu jalan di depan masjid mati sejak seminggu, jalan gelap di malam hari.",
            "first_name": "Rahmat",
            "last_name": "Hidayat",
            "email": "rahmat@example.com",
            "phone": "0812 1111 2222",
            "account_id": "akun-77",
            "device_id": "perangkat-1",
        }
        data.update(overrides)
        return client.post(f"{BASE}/requests.{fmt}", {k: v for k, v in data.items() if v is not None})

    return send


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_created_request_is_a_whole_report_from_the_api_channel(post, desa, kecamatan, fmt):
    response = post(fmt)
    assert response.status_code == 201, response.content
    (created,) = items(response, fmt, "service_requests", "request")
    assert set(created) == spec.CREATED
    report = Report.objects.get(code=created["service_request_id"])
    assert created["account_id"] == "akun-77" and created["token"]
    assert report.code in created["service_notice"]
    assert report.channel == Channel.API and report.status == Status.DITERIMA
    assert (report.kecamatan, report.desa) == (kecamatan, desa)
    assert str(report.latitude) == "-3.234568" and str(report.longitude) == "104.654322"
    assert not report.anonim and not report.rahasia and report.title.startswith("Lampu jalan di depan masjid")
    assert report.verify_due is not None and report.search_text
    link = Open311Request.objects.get(report=report)
    assert link.client.name == "Aplikasi Uji" and link.token == created["token"]
    assert Open311Client.objects.get().last_used_at is not None
    contact = ReporterContact.objects.get(report=report)
    assert (contact.name, contact.email) == ("Rahmat Hidayat", "rahmat@example.com")
    assert Event.objects.for_case("report", report.pk).get().payload == {"channel": "api"}
    assert [m.to for m in mail.outbox] == [["rahmat@example.com"]]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_token_gives_the_request_id(client, post, fmt):
    (created,) = items(post("json"), "json", "service_requests", "request")
    response = client.get(f"{BASE}/tokens/{created['token']}.{fmt}")
    assert response.status_code == 200
    (found,) = items(response, fmt, "service_requests", "request")
    assert set(found) == spec.TOKEN
    assert found == {"service_request_id": created["service_request_id"], "token": created["token"]}
    errors(client.get(f"{BASE}/tokens/tidak-ada.{fmt}"), fmt, 404)


def test_without_a_name_the_request_is_anonymous_and_the_kecamatan_may_come_from_an_attribute(post, kecamatan):
    response = post(first_name=None, last_name=None, address_id=None, **{"attribute[kecamatan]": kecamatan.code})
    assert response.status_code == 201, response.content
    report = Report.objects.get(code=response.json()[0]["service_request_id"])
    assert report.anonim and not report.rahasia and report.kecamatan == kecamatan and report.desa is None
    assert ReporterContact.objects.get(report=report).name == ""


def test_an_address_string_is_kept_with_the_text(post):
    response = post(lat=None, long=None, address_string="Jl. Lintas Timur km 32")
    assert response.status_code == 201, response.content
    assert Report.objects.get().text.endswith("Lokasi: Jl. Lintas Timur km 32")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("overrides", "status", "words"),
    [
        ({"api_key": "salah"}, 403, "api_key"),
        ({"api_key": None}, 403, "api_key"),
        ({"service_code": None}, 400, "service_code"),
        ({"service_code": "TIDAK-ADA"}, 404, "service_code"),
        ({"lat": None, "long": None, "address_id": None}, 400, "Lokasi"),
        ({"address_id": "99.99.99"}, 400, "address_id"),
        ({"address_id": None}, 400, "kecamatan"),
        ({"lat": "utara"}, 400, "lat"),
        ({"description": "pendek"}, 400, "description"),
        ({"email": "bukan-email"}, 400, "email"),
        ({"attribute[privacy]": "terbuka"}, 400, "privacy"),
        ({"attribute[rahasia]": "mungkin"}, 400, "rahasia"),
        ({"jurisdiction_id": "kota-lain.go.id"}, 404, "jurisdiction_id"),
    ],
)
def test_a_refused_request_stores_nothing(post, fmt, overrides, status, words):
    found = errors(post(fmt, **overrides), fmt, status)
    assert any(words in e["description"] for e in found), found
    assert not Report.objects.exists() and not Open311Request.objects.exists()


def test_an_inactive_client_is_refused(post):
    Open311Client.objects.update(active=False)
    errors(post("xml"), "xml", 403)
    assert not Report.objects.exists()


def test_a_failure_after_the_report_leaves_no_half(post, monkeypatch):
    """The link row is written in the report's transaction: if it fails, the report is gone too."""
    import pintu.open311.intake as intake

    def broken(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(intake.Open311Request.objects, "create", broken)
    with pytest.raises(RuntimeError):
        post("json")
    assert not Report.objects.exists() and not ReporterContact.objects.exists()
    assert not Event.objects.filter(case_type="report").exists()


def test_xml_special_characters_are_escaped(client, post, user_named):
    description = 'Saluran <tersumbat> & "meluap" di RT 03; tolong </request> ditangani.'
    response = post("xml", description=description)
    assert response.status_code == 201
    report = Report.objects.get()
    from pintu.agencies.models import Agency
    from pintu.complaints.services import admin

    admin.disposition(report, user=user_named("admin.kominfo"), agency=Agency.objects.get(code="PUPR"))
    (found,) = items(client.get(f"{BASE}/requests/{report.code}.xml"), "xml", "service_requests", "request")
    assert found["description"] == description


def test_control_characters_do_not_break_the_xml():
    import xml.etree.ElementTree as ET

    from pintu.open311.render import to_xml

    body = to_xml("service_requests", [{"description": "bel\x07 berbunyi\x0b terus & <keras>"}])
    assert ET.fromstring(body).find("request/description").text == "bel berbunyi terus & <keras>"  # noqa: S314


@pytest.mark.parametrize(
    ("attributes", "flags"),
    [
        ({}, (False, False)),
        ({"attribute[anonim]": "true"}, (True, False)),
        ({"attribute[rahasia]": "true"}, (False, True)),
        ({"attribute[anonim]": "true", "attribute[rahasia]": "true"}, (True, True)),
        ({"attribute[privacy]": "rahasia"}, (False, True)),  # the deprecated single choice, mapped
        ({"attribute[privacy]": "anonim", "attribute[rahasia]": "true"}, (True, True)),
    ],
)
def test_anonim_and_rahasia_are_two_attributes(post, attributes, flags):
    response = post(**attributes)
    assert response.status_code == 201, response.content
    report = Report.objects.get(code=response.json()[0]["service_request_id"])
    assert (report.anonim, report.rahasia) == flags
