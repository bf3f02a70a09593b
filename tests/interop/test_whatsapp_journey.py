"""End to end (issue #16 item 4): a guest with only a phone number reports through the web wizard, ticks
"Kirim kabar lewat WhatsApp", receives the tracking code and secret by WhatsApp (captured by the local server
speaking the Cloud API), replies by WhatsApp (Meta's webhook, signed with the app secret) and the reply lands
on the report, where the tracking page shows it."""

import hashlib
import hmac
import json
import time

import pytest
from django.test import Client
from django.urls import reverse

from pintu.agencies.models import Area
from pintu.categories.models import Category
from pintu.complaints.models import Report
from pintu.history.models import Event
from pintu.interop.models import Delivery, DeliveryStatus, Gateway, GatewayKind, InboundMessage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]
APP_SECRET = "meta-app-secret-uji"  # noqa: S105 (test value)
PHONE, WA_ID = "0812-7788-9900", "6281277889900"


@pytest.fixture
def whatsapp_gateway(db):
    return Gateway.objects.create(slug="wa-oi", name="WhatsApp Ogan Ilir", kind=GatewayKind.WHATSAPP_CLOUD,
                                  secret=APP_SECRET, verify_token="verifikasi-pintu")  # fmt: skip


def meta_webhook(client: Client, gateway: Gateway, message: dict):
    body = json.dumps({
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "6271140000", "phone_number_id": "106540352242922"},
            "contacts": [{"profile": {"name": "Warga"}, "wa_id": message["from"]}],
            "messages": [message],
        }}]}],
    }).encode()  # fmt: skip
    signature = "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return client.post(reverse("interop:gateway", args=[gateway.slug]), body, content_type="application/json",
                       HTTP_X_HUB_SIGNATURE_256=signature)  # fmt: skip


def walk_the_wizard(client: Client) -> str:
    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")  # Indralaya
    what = {
        "kind": "pengaduan",
        "category": Category.objects.get(code="INFRASTRUKTUR").pk,
        "title": "Jalan berlubang di depan SD",
        "text": "Jalan di depan SD negeri berlubang besar dan tergenang.",
    }
    assert client.post(reverse("complaints:intake_what"), what).status_code == 302
    where = {"kecamatan": kecamatan.pk, "desa": "", "latitude": "", "longitude": "", "incident_date": ""}
    assert client.post(reverse("complaints:intake_where"), where).status_code == 302
    client.get(reverse("complaints:intake_similar"))
    page = client.get(reverse("complaints:intake_finish")).content.decode()
    assert "Kirim kabar lewat WhatsApp ke nomor ini" in page  # only WhatsApp is set up in this region
    finish = {"idempotency_key": client.session["lapor_draft"]["key"], "privacy": "biasa", "name": "Sari",
              "email": "", "phone": PHONE, "nik": "", "notify_phone": "on", "consent": "on"}  # fmt: skip
    response = client.post(reverse("complaints:intake_finish"), finish)
    assert response.status_code == 302, response.content.decode()[:3000]
    return response["Location"]


def test_a_guest_with_only_a_phone_gets_the_code_by_whatsapp_and_replies_onto_the_case(
    cloud_api, whatsapp_gateway, settings
):
    settings.PINTU_SMS_PROVIDER = "off"
    guest = Client()
    done = guest.get(walk_the_wizard(guest)).content.decode()
    report = Report.objects.get()
    secret = done.split('id="secret-code"', 1)[1].split(">", 1)[1].split("<", 1)[0].strip()
    assert "lewat WhatsApp ke +62812" in done and "tidak dapat mengirim kode" not in done

    # the acknowledgement, as the Cloud API received it: an approved template, the code and secret as parameters
    (ack,) = cloud_api.sent
    assert ack["to"] == "+6281277889900" and ack["type"] == "template"
    assert ack["template"]["name"] == "pintu_laporan_diterima" and ack["template"]["language"] == {"code": "id"}
    params = [p["text"] for p in ack["template"]["components"][0]["parameters"]]
    assert params[:2] == [report.code, secret] and params[2].endswith(f"/lapor/lacak/{report.code}/")
    assert cloud_api.requests[0]["headers"]["Authorization"] == f"Bearer {cloud_api.TOKEN}"
    delivery = Delivery.objects.get(report=report)
    assert delivery.status == DeliveryStatus.SENT and delivery.external_ref == cloud_api.ids[0]

    # the citizen answers that message by WhatsApp (swipe to reply: context.id is our message's wamid)
    incoming = {"from": WA_ID, "id": "wamid.MASUK1", "timestamp": str(int(time.time())), "type": "text",
                "text": {"body": "Lubangnya makin besar setelah hujan semalam."},
                "context": {"from": "6271140000", "id": cloud_api.ids[0]}}  # fmt: skip
    response = meta_webhook(Client(), whatsapp_gateway, incoming)
    assert response.status_code == 200, response.content
    assert response.json()["messages"] == [{"ok": True, "report": report.code, "kind": "reply", "duplicate": False}]
    reply = Event.objects.for_case("report", report.pk).get(kind="reporter_reply")
    assert reply.reason == "Lubangnya makin besar setelah hujan semalam."
    assert InboundMessage.objects.get(external_id="wamid.MASUK1").report == report

    # the receipt goes back as free text (inside WhatsApp's 24-hour window), and the tracking page shows the reply
    answer = cloud_api.sent[-1]
    assert answer["type"] == "text" and answer["to"] == "+6281277889900"
    assert answer["text"]["body"].startswith(f"Balasan Anda untuk laporan {report.code}")
    tracker = Client()
    tracker.post(reverse("complaints:track"), {"code": report.code, "secret": secret})
    page = tracker.get(reverse("complaints:track_detail", args=[report.code])).content.decode()
    assert "Lubangnya makin besar setelah hujan semalam." in page
    assert "Berhenti menerima kabar lewat WhatsApp/SMS" in page

    # Meta delivers the same webhook again: still one reply
    assert meta_webhook(Client(), whatsapp_gateway, incoming).json()["messages"][0]["duplicate"] is True
    assert Event.objects.for_case("report", report.pk).filter(kind="reporter_reply").count() == 1
