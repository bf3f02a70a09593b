"""What the WhatsApp Cloud API and SMS Gateway for Android post to us: the subscription check, signatures,
messages (new reports, replies threaded by phone, BARU), and receipts for the messages we sent."""

import datetime
import hashlib
import hmac
import json
import time

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from pintu.complaints.models import Channel, Report
from pintu.complaints.phone_consent import consent_of
from pintu.history.models import Event
from pintu.interop import signing
from pintu.interop.models import Delivery, DeliveryStatus, Gateway, GatewayKind
from pintu.interop.outbound.adapters.phone_fake import FakeSmsSender

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]
APP_SECRET, DEVICE_KEY = "meta-app-secret-uji", "kunci-ponsel"  # noqa: S105 (test values)


@pytest.fixture
def wa(db):
    return Gateway.objects.create(
        slug="wa", name="WA", kind=GatewayKind.WHATSAPP_CLOUD, secret=APP_SECRET, verify_token="token-verifikasi"
    )


@pytest.fixture
def phone_gateway(db):
    return Gateway.objects.create(slug="hp", name="HP kantor", kind=GatewayKind.ANDROID_SMS, secret=DEVICE_KEY)


def post_meta(gateway, value: dict, *, secret=APP_SECRET):
    body = json.dumps(
        {
            "object": "whatsapp_business_account",
            "entry": [{"id": "1", "changes": [{"field": "messages", "value": value}]}],
        }
    ).encode()
    signature = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return Client().post(
        reverse("interop:gateway", args=[gateway.slug]),
        body,
        content_type="application/json",
        HTTP_X_HUB_SIGNATURE_256=signature,
    )


def text(wa_id: str, body: str, message_id: str, **extra) -> dict:
    return {
        "messaging_product": "whatsapp",
        "messages": [
            {
                "from": wa_id,
                "id": message_id,
                "timestamp": str(int(time.time())),
                "type": "text",
                "text": {"body": body},
                **extra,
            }
        ],
    }


def post_android(gateway, event: dict, *, key=DEVICE_KEY):
    body, stamp = json.dumps(event).encode(), str(int(time.time()))
    return Client().post(
        reverse("interop:gateway", args=[gateway.slug]),
        body,
        content_type="application/json",
        HTTP_X_TIMESTAMP=stamp,
        HTTP_X_SIGNATURE=signing.sign_android(key, stamp, body),
    )


def test_the_whatsapp_subscription_check(wa):
    url = reverse("interop:gateway", args=[wa.slug])
    ok = Client().get(
        url, {"hub.mode": "subscribe", "hub.verify_token": "token-verifikasi", "hub.challenge": "1158201444"}
    )
    assert ok.status_code == 200 and ok.content == b"1158201444"
    wrong = Client().get(url, {"hub.mode": "subscribe", "hub.verify_token": "salah", "hub.challenge": "1"})
    assert wrong.status_code == 403


def test_a_wrong_meta_signature_is_refused(wa):
    response = post_meta(wa, text("6281234567890", "Jalan di Indralaya berlubang besar.", "wamid.X"), secret="palsu")
    assert response.status_code == 401 and not Report.objects.exists()


def test_a_new_whatsapp_report_is_acknowledged_by_whatsapp_with_the_consent_it_implies(wa):
    response = post_meta(wa, text("6281234567890", "Jalan di Indralaya berlubang besar, mohon diperbaiki.", "wamid.A"))
    (result,) = response.json()["messages"]
    report = Report.objects.get(code=result["report"])
    assert result["kind"] == "new_report" and report.channel == Channel.WHATSAPP
    assert consent_of(report).channels == ("whatsapp",)
    (ack,) = FakeSmsSender.outbox
    assert ack.channel == "whatsapp" and ack.template == "pintu_laporan_diterima" and report.code in ack.text


def test_replies_thread_onto_the_report_the_number_last_heard_about_and_baru_starts_a_new_one(wa, submit):
    older = submit(email="", phone="0812-3456-7890", notify_channels=("whatsapp",))
    newer = submit(email="", phone="0812-3456-7890", notify_channels=("whatsapp",))
    reply = post_meta(wa, text("6281234567890", "Sudah ada petugas yang datang?", "wamid.B")).json()["messages"][0]
    assert reply["kind"] == "reply" and reply["report"] == newer.code  # the last one notified
    named = post_meta(wa, text("6281234567890", f"Untuk {older.code}: lubangnya makin dalam.", "wamid.C")).json()
    assert named["messages"][0]["report"] == older.code  # a code in the text wins
    fresh = post_meta(wa, text("6281234567890", "BARU lampu jalan di pasar Indralaya padam.", "wamid.D")).json()
    assert fresh["messages"][0]["kind"] == "new_report"
    created = Report.objects.get(code=fresh["messages"][0]["report"])
    assert created.text == "lampu jalan di pasar Indralaya padam."
    # a stranger writing without a code is never threaded onto someone's report
    stranger = post_meta(wa, text("6281399998888", "Jalan di Indralaya berlubang besar sekali.", "wamid.E")).json()
    assert stranger["messages"][0]["kind"] == "new_report"


def test_a_closed_report_is_not_replied_to(wa, submit):
    report = submit(email="", phone="0812-3456-7890", notify_channels=("whatsapp",))
    Report.objects.filter(pk=report.pk).update(status="selesai")
    result = post_meta(wa, text("6281234567890", "Terima kasih, jalannya sudah bagus.", "wamid.F")).json()
    assert result["messages"][0]["kind"] == "new_report"


def test_a_message_too_short_for_a_report_is_answered_with_what_we_need(wa):
    response = post_meta(wa, text("6281234567890", "halo", "wamid.G"))
    assert response.status_code == 200 and response.json()["messages"][0]["ok"] is False
    assert not Report.objects.exists()
    (answer,) = FakeSmsSender.outbox
    assert answer.channel == "whatsapp" and "belum dapat kami catat" in answer.text


def test_stickers_and_foreign_numbers_are_skipped(wa):
    value = {
        "messaging_product": "whatsapp",
        "messages": [
            {"from": "6281234567890", "id": "wamid.S", "timestamp": "1", "type": "sticker", "sticker": {"id": "1"}},
            {
                "from": "14155550100",
                "id": "wamid.US",
                "timestamp": "1",
                "type": "text",
                "text": {"body": "Hello there!"},
            },
        ],
    }
    answer = post_meta(wa, value).json()
    assert answer == {"ok": True, "messages": [], "receipts": 0, "skipped": 2} and not Report.objects.exists()


def sent_delivery(submit) -> Delivery:
    report = submit(email="", phone="0812-3456-7890", notify_channels=("whatsapp",))
    delivery = Delivery.objects.get(report=report)
    assert delivery.status == DeliveryStatus.SENT and delivery.payload["text"]
    return delivery


def statuses(ref: str, status: str, **extra) -> dict:
    return {
        "messaging_product": "whatsapp",
        "statuses": [
            {"id": ref, "status": status, "timestamp": str(int(time.time())), "recipient_id": "6281234567890", **extra}
        ],
    }


def test_whatsapp_receipts_are_noted_and_the_text_let_go_once_delivered(wa, submit):
    delivery = sent_delivery(submit)
    assert post_meta(wa, statuses(delivery.external_ref, "sent")).json()["receipts"] == 1
    delivery.refresh_from_db()
    assert delivery.receipt == "sent" and delivery.payload.get("text")
    post_meta(wa, statuses(delivery.external_ref, "read"))
    post_meta(wa, statuses(delivery.external_ref, "delivered"))  # late: does not step back from "read"
    delivery.refresh_from_db()
    assert delivery.receipt == "read" and "text" not in delivery.payload and delivery.payload["to"] == "+62812****7890"


def test_a_failed_receipt_sends_the_message_again_with_backoff(wa, submit):
    delivery = sent_delivery(submit)
    failed = statuses(
        delivery.external_ref,
        "failed",
        errors=[{"code": 131049, "title": "Message not delivered: healthy ecosystem engagement."}],
    )
    post_meta(wa, failed)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and "131049" in delivery.last_error
    assert delivery.next_attempt_at > timezone.now()
    from pintu.interop.outbound.deliveries import attempt

    assert attempt(delivery.pk, delivery.next_attempt_at + datetime.timedelta(seconds=1)) == DeliveryStatus.SENT
    assert len(FakeSmsSender.outbox) == 2


def test_texts_of_sent_messages_are_let_go_after_a_week_by_the_sweep(submit):
    from pintu.interop.outbound.deliveries import deliver_due

    delivery = sent_delivery(submit)
    deliver_due(timezone.now() + datetime.timedelta(days=8))
    delivery.refresh_from_db()
    assert set(delivery.payload) == {"channel", "kind", "to"}


def test_an_sms_to_the_office_phone_becomes_a_report_acknowledged_by_sms(phone_gateway):
    event = {
        "deviceId": "ffff",
        "event": "sms:received",
        "id": "Ey6EC",
        "webhookId": "w",
        "payload": {
            "messageId": "abc",
            "message": "Air PDAM di Indralaya mati tiga hari, mohon segera diperbaiki.",
            "phoneNumber": "+6281234567890",
            "simNumber": 1,
            "receivedAt": "2026-06-22T15:46:11.000+07:00",
        },
    }
    (result,) = post_android(phone_gateway, event).json()["messages"]
    report = Report.objects.get(code=result["report"])
    assert report.channel == Channel.SMS and consent_of(report).channels == ("sms",)
    assert FakeSmsSender.outbox[0].channel == "sms" and report.code in FakeSmsSender.outbox[0].text
    assert post_android(phone_gateway, event).json()["messages"][0]["duplicate"] is True
    assert post_android(phone_gateway, event, key="salah").status_code == 401


def test_sms_gateway_receipts(phone_gateway, submit):
    report = submit(email="", phone="0812-3456-7890", notify_channels=("sms",))
    delivery = Delivery.objects.get(report=report)
    for event, status in (("sms:sent", "sent"), ("sms:delivered", "delivered")):
        post_android(phone_gateway, {"event": event, "id": event, "payload": {"messageId": delivery.external_ref}})
        delivery.refresh_from_db()
        assert delivery.receipt == status
    other = Delivery.objects.get(report=submit(email="", phone="0812-3456-7890", notify_channels=("sms",)))
    post_android(
        phone_gateway,
        {
            "event": "sms:failed",
            "id": "f1",
            "payload": {"messageId": other.external_ref, "reason": "RESULT_ERROR_NO_SERVICE"},
        },
    )
    other.refresh_from_db()
    assert other.status == DeliveryStatus.FAILED and "RESULT_ERROR_NO_SERVICE" in other.last_error
    assert post_android(phone_gateway, {"event": "system:ping", "id": "p", "payload": {}}).status_code == 200


def test_the_reply_is_a_reporter_event(wa, submit):
    report = submit(email="", phone="0812-3456-7890", notify_channels=("whatsapp",))
    post_meta(wa, text("6281234567890", "Lubangnya makin besar.", "wamid.R"))
    assert Event.objects.for_case("report", report.pk).filter(kind="reporter_reply").exists()
