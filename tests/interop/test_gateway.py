"""The SMS/WhatsApp gateway webhook: signatures, stale and replayed requests, duplicates, threading."""

import json
import time

import pytest
from django.urls import reverse

from pintu.complaints.models import Channel, Report
from pintu.history.models import Event
from pintu.interop import signing
from pintu.interop.models import Gateway
from pintu.interop.outbound.adapters.phone_fake import FakeSmsSender

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]
SECRET = "gateway-secret"


@pytest.fixture
def gateway(db):
    return Gateway.objects.create(slug="sms-oi", name="Gateway SMS Ogan Ilir", secret=SECRET)


@pytest.fixture
def post(client, gateway, django_capture_on_commit_callbacks):
    def send(payload: dict | bytes, *, secret=SECRET, timestamp=None, headers=None):
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        signed = headers or signing.signed_headers(secret, body, now=timestamp)
        extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in signed.items()}
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                reverse("interop:gateway", args=[gateway.slug]), body, content_type="application/json", **extra
            )
        response.signed = signed
        response.body = body
        return response

    return send


def sms(id="gw-1", sender="081234567890", text="Jalan di Indralaya berlubang besar, mohon diperbaiki.", channel="sms"):
    return {"id": id, "from": sender, "text": text, "channel": channel, "timestamp": int(time.time())}


def test_good_signature_creates_a_report(post):
    response = post(sms())
    assert response.status_code == 200, response.content
    data = response.json()
    report = Report.objects.get(code=data["report"])
    assert report.channel == Channel.SMS and data["kind"] == "new_report" and not data["duplicate"]
    assert len(FakeSmsSender.outbox) == 1
    answer = FakeSmsSender.outbox[0]
    assert answer.to == "+6281234567890" and report.code in answer.text


def test_whatsapp_is_recorded_as_its_channel(post):
    data = post(sms(channel="whatsapp")).json()
    assert Report.objects.get(code=data["report"]).channel == Channel.WHATSAPP


def test_bad_signature_is_refused(post):
    response = post(sms(), secret="not-the-secret")
    assert response.status_code == 401 and response.json()["error"] == "bad_signature"
    assert not Report.objects.exists() and not FakeSmsSender.outbox


def test_stale_timestamp_is_refused(post, settings):
    response = post(sms(), timestamp=time.time() - 301)
    assert response.status_code == 401 and response.json()["error"] == "stale"
    settings.PINTU_INTEROP_SIGNATURE_WINDOW = 600
    assert post(sms(), timestamp=time.time() - 301).status_code == 200


def test_a_replayed_request_returns_the_same_report_not_a_twin(post):
    first = post(sms())
    replay = post(first.body, headers=first.signed)  # byte for byte the same request
    assert replay.status_code == 200 and replay.json()["duplicate"]
    assert replay.json()["report"] == first.json()["report"]
    assert Report.objects.count() == 1
    assert len(FakeSmsSender.outbox) == 1  # the sender is answered once


def test_the_same_message_resent_by_the_gateway_is_one_report(post):
    first = post(sms()).json()
    time.sleep(1.1)  # the gateway retries later with a fresh timestamp and signature
    again = post(sms()).json()
    assert again["report"] == first["report"] and again["duplicate"]
    assert Report.objects.count() == 1


def test_a_replayed_signature_on_another_body_fails(post):
    first = post(sms())
    forged = post(
        json.dumps(sms(id="gw-2", text="Pesan palsu yang disisipkan orang lain.")).encode(), headers=first.signed
    )
    assert forged.status_code == 401
    assert Report.objects.count() == 1


def test_a_reply_with_the_code_from_the_same_phone_threads(post):
    code = post(sms()).json()["report"]
    reply = post(sms(id="gw-2", text=f"{code} lubangnya makin besar setelah hujan")).json()
    assert reply["report"] == code and reply["kind"] == "reply"
    report = Report.objects.get(code=code)
    assert Event.objects.for_case("report", report.pk).filter(kind="reporter_reply").count() == 1
    assert FakeSmsSender.outbox[-1].text.startswith("Balasan Anda") and code in FakeSmsSender.outbox[-1].text


def test_the_code_from_another_phone_makes_a_new_report(post):
    code = post(sms()).json()["report"]
    other = post(sms(id="gw-3", sender="085311112222", text=f"{code} saya juga melihat jalan itu rusak")).json()
    assert other["report"] != code and other["kind"] == "new_report"


def test_bad_bodies_are_400_and_too_short_texts_422(post):
    assert post(b"not json").status_code == 400
    assert post(sms(sender="12")).status_code == 400
    assert post(sms(channel="pigeon")).status_code == 400
    assert post(sms(text="halo")).status_code == 422
    assert not Report.objects.exists()


def test_unknown_or_inactive_gateway_is_404(client, gateway):
    gateway.active = False
    gateway.save()
    response = client.post(reverse("interop:gateway", args=[gateway.slug]), b"{}", content_type="application/json")
    assert response.status_code == 404
