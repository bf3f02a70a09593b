"""The WhatsApp and SMS adapters against local servers speaking the real APIs (tests/interop/phone_servers.py):
request shapes, errors, rate limits, retries with backoff, dead letters, and the delivery log (staff page, API)."""

import datetime
import json

import pytest
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from pintu.interop.models import Delivery, DeliveryStatus
from pintu.interop.outbound.deliveries import attempt
from pintu.interop.outbound.phone import queue_phone
from pintu.notifications.channels import PhoneMessage
from tests.interop.phone_servers import graph_error

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]
TO = "+6281234567890"


def template_message(channel="whatsapp", **overrides) -> PhoneMessage:
    values = {"channel": channel, "to": TO, "language": "id", "kind": "report_update",
              "text": "Pintu: status laporan LPR-2026-7K3QX sekarang Diproses. Lihat perkembangannya di https://x/.",
              "template": "pintu_status_laporan", "params": ("LPR-2026-7K3QX", "Diproses", "https://x/")}  # fmt: skip
    return PhoneMessage(**{**values, **overrides})


def later(delivery: Delivery, seconds: int = 1) -> datetime.datetime:
    return delivery.next_attempt_at + datetime.timedelta(seconds=seconds)


def log_of(delivery: Delivery) -> list[tuple[bool, int | None]]:
    return [(a.ok, a.status_code) for a in delivery.log.order_by("at", "pk")]


# --- WhatsApp Business Cloud API (pywa) -------------------------------------------------------------------


def test_whatsapp_template_is_posted_as_the_cloud_api_takes_it(cloud_api):
    delivery = queue_phone(template_message())
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SENT and delivery.external_ref == cloud_api.ids[0]
    (request,) = cloud_api.requests
    assert request["path"] == "/v21.0/106540352242922/messages"
    assert request["headers"]["Authorization"] == "Bearer EAAG-uji-token"
    assert request["json"] == {
        "messaging_product": "whatsapp", "recipient_type": "individual", "to": TO, "type": "template",
        "biz_opaque_callback_data": f"pintu-{delivery.pk}",
        "template": {"name": "pintu_status_laporan", "language": {"code": "id"}, "components": [
            {"type": "body", "parameters": [{"type": "text", "text": "LPR-2026-7K3QX"},
                                            {"type": "text", "text": "Diproses"},
                                            {"type": "text", "text": "https://x/"}]}]},
    }  # fmt: skip
    assert log_of(delivery) == [(True, 200)]


def test_an_authentication_template_carries_the_code_for_its_copy_button(cloud_api, settings):
    settings.PINTU_WHATSAPP_LANGUAGES = {"id": "id", "en": "en_US"}
    message = template_message(template="pintu_kode_verifikasi", params=("482913",), code_button="482913",
                               kind="one_time_code", language="en")  # fmt: skip
    queue_phone(message)
    template = cloud_api.sent[0]["template"]
    assert template["language"] == {"code": "en_US"}
    assert template["components"][1] == {"type": "button", "sub_type": "url", "index": "0",
                                         "parameters": [{"type": "text", "text": "482913"}]}  # fmt: skip


def test_rate_limit_130429_waits_at_least_as_long_as_asked_then_sends(cloud_api):
    cloud_api.fail_next(429, graph_error(130429, "(#130429) Rate limit hit", kind="OAuthException",
                                         details="Cloud API message throughput has been reached."),
                        {"Retry-After": "900"})  # fmt: skip
    before = timezone.now()
    delivery = queue_phone(template_message())
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and delivery.last_status_code == 429
    assert "130429" in delivery.last_error
    assert delivery.next_attempt_at >= before + datetime.timedelta(seconds=900)  # above the 60 s of the first backoff
    assert attempt(delivery.pk, timezone.now()) is None  # not due yet: nobody may send it early
    assert attempt(delivery.pk, later(delivery)) == DeliveryStatus.SENT
    delivery.refresh_from_db()
    assert log_of(delivery) == [(False, 429), (True, 200)] and len(cloud_api.sent) == 1


def test_pair_rate_limit_131056_is_retried_with_growing_waits(cloud_api):
    for _ in range(2):
        cloud_api.fail_next(
            400, graph_error(131056, "(#131056) (Business Account, Consumer Account) pair rate limit hit")
        )
    delivery = queue_phone(template_message())
    delivery.refresh_from_db()
    first_wait = delivery.next_attempt_at - timezone.now()
    assert delivery.status == DeliveryStatus.FAILED and "131056" in delivery.last_error
    second_try = later(delivery)
    attempt(delivery.pk, second_try)
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and delivery.attempts == 2
    assert delivery.next_attempt_at - second_try > first_wait  # 2^n backoff
    assert attempt(delivery.pk, later(delivery)) == DeliveryStatus.SENT


def test_a_refused_token_is_retried_until_the_operator_fixes_it(cloud_api, settings):
    settings.PINTU_WHATSAPP_TOKEN = "kedaluwarsa"
    delivery = queue_phone(template_message())
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and delivery.last_status_code == 401
    assert "190" in delivery.last_error and not cloud_api.sent
    settings.PINTU_WHATSAPP_TOKEN = cloud_api.TOKEN  # the operator puts the new token in the environment
    assert attempt(delivery.pk, later(delivery)) == DeliveryStatus.SENT


@pytest.mark.parametrize("error", [
    (404, graph_error(132001, "(#132001) Template name does not exist in the translation")),
    (400, graph_error(131026, "Message undeliverable", details="The recipient is not a WhatsApp user.")),
    (400, graph_error(131047, "Re-engagement message", details="More than 24 hours have passed.")),
])  # fmt: skip
def test_what_the_recipient_or_the_template_refuses_is_a_dead_letter_at_once(cloud_api, error):
    cloud_api.fail_next(*error)
    delivery = queue_phone(template_message())
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DEAD and delivery.attempts == 1
    assert str(error[1]["error"]["code"]) in delivery.last_error


def test_a_template_the_region_never_got_approved_is_refused_by_the_server(cloud_api):
    delivery = queue_phone(template_message(template="pintu_tidak_ada"))
    delivery.refresh_from_db()
    assert (
        delivery.status == DeliveryStatus.DEAD and delivery.last_status_code == 404 and "132001" in delivery.last_error
    )


def test_an_unreachable_api_is_retried_and_dead_after_the_last_attempt(cloud_api, settings):
    settings.PINTU_INTEROP_MAX_ATTEMPTS = 3
    settings.PINTU_WHATSAPP_API_URL = "http://127.0.0.1:9"  # nothing listens there
    delivery = queue_phone(template_message())
    for _ in range(2):
        delivery.refresh_from_db()
        assert delivery.status == DeliveryStatus.FAILED
        attempt(delivery.pk, later(delivery))
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.DEAD and delivery.attempts == 3 and "ConnectError" in delivery.last_error


def test_free_text_answers_go_as_text_messages(cloud_api):
    queue_phone(template_message(template="", params=(), text="Balasan Anda sudah kami terima."))
    assert cloud_api.sent[0]["type"] == "text"
    assert cloud_api.sent[0]["text"] == {"body": "Balasan Anda sudah kami terima.", "preview_url": False}


# --- SMS Gateway for Android (android-sms-gateway) ----------------------------------------------------------


def test_sms_gateway_for_android_gets_the_message_and_its_state_is_kept(sms_gate):
    delivery = queue_phone(template_message(channel="sms"))
    delivery.refresh_from_db()
    (request,) = sms_gate.requests
    assert request["path"] == "/messages" and request["headers"]["Authorization"].startswith("Basic ")
    body = request["json"]
    assert body["phoneNumbers"] == [TO] and body["textMessage"] == {"text": template_message().text}
    assert body["withDeliveryReport"] is True and body["ttl"] == 86400 and body["id"] == f"pintu-{delivery.pk}-1"
    assert delivery.status == DeliveryStatus.SENT and delivery.external_ref == f"pintu-{delivery.pk}-1"
    assert log_of(delivery) == [(True, 202)]


def test_sms_gateway_wrong_password_unreachable_phone_and_503_are_retried(sms_gate, settings):
    settings.PINTU_SMSGATE_PASSWORD = "salah"
    delivery = queue_phone(template_message(channel="sms"))
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and delivery.last_status_code == 401
    settings.PINTU_SMSGATE_PASSWORD = sms_gate.PASSWORD
    sms_gate.fail_next(503, {"message": "device is offline"})
    attempt(delivery.pk, later(delivery))
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and "device is offline" in delivery.last_error
    assert attempt(delivery.pk, later(delivery)) == DeliveryStatus.SENT
    delivery.refresh_from_db()
    assert log_of(delivery) == [(False, 401), (False, 503), (True, 202)]
    ids = [json.loads(r["raw"])["id"] for r in sms_gate.requests]  # a fresh id per attempt: the phone dedupes by id
    assert ids == [f"pintu-{delivery.pk}-1", f"pintu-{delivery.pk}-2", f"pintu-{delivery.pk}-3"]


def test_sms_gateway_failed_state_and_refused_number(sms_gate):
    sms_gate.fail_next(
        202,
        {
            "id": "x1",
            "state": "Failed",
            "isHashed": False,
            "isEncrypted": False,
            "recipients": [{"phoneNumber": TO, "state": "Failed", "error": "RESULT_ERROR_NO_SERVICE"}],
        },
    )
    delivery = queue_phone(template_message(channel="sms"))
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and "RESULT_ERROR_NO_SERVICE" in delivery.last_error
    refused = queue_phone(template_message(channel="sms", to="081234"))
    refused.refresh_from_db()
    assert refused.status == DeliveryStatus.DEAD and refused.last_status_code == 400


def test_the_documented_message_path_of_the_local_server_is_spoken_too(sms_gate):
    """The app's README sends to /message; the client library to /messages: the fake answers both alike."""
    import httpx

    auth = (sms_gate.USER, sms_gate.PASSWORD)
    response = httpx.post(sms_gate.url + "/message", json={"phoneNumbers": [TO], "message": "Hai"}, auth=auth)
    assert response.status_code == 202 and response.json()["state"] == "Pending"


# --- a generic HTTP SMS provider ---------------------------------------------------------------------------


def test_http_sms_provider_gets_the_configured_body_and_auth(http_sms):
    delivery = queue_phone(template_message(channel="sms", text="Pintu: kode 123 & lacak di https://x/?a=1"))
    delivery.refresh_from_db()
    (request,) = http_sms.requests
    assert request["path"] == "/api/sendsms" and request["headers"]["X-Api-Key"] == http_sms.API_KEY
    assert request["headers"]["Content-Type"] == "application/x-www-form-urlencoded"
    assert request["form"] == {"nohp": "081234567890", "pesan": "Pintu: kode 123 & lacak di https://x/?a=1"}
    assert delivery.status == DeliveryStatus.SENT and delivery.external_ref.startswith("m-")


def test_http_sms_json_body_is_escaped(http_sms, settings):
    settings.PINTU_SMS_HTTP_CONTENT_TYPE = "application/json"
    settings.PINTU_SMS_HTTP_BODY = '{"destination": "$to_digits", "message": "$text"}'
    settings.PINTU_SMS_HTTP_SUCCESS = ""
    queue_phone(template_message(channel="sms", text='Kata "kutip"\nbaris baru'))
    assert json.loads(http_sms.requests[0]["raw"]) == {
        "destination": "6281234567890",
        "message": 'Kata "kutip"\nbaris baru',
    }


def test_http_sms_refusal_in_a_200_rate_limit_and_client_errors(http_sms):
    delivery = queue_phone(template_message(channel="sms", to="+62711123456"))  # the provider refuses landlines
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.FAILED and "status='0'" in delivery.last_error
    http_sms.fail_next(429, {"status": "0", "text": "Too many requests"}, {"Retry-After": "600"})
    limited = queue_phone(template_message(channel="sms"))
    limited.refresh_from_db()
    assert limited.status == DeliveryStatus.FAILED and limited.last_status_code == 429
    assert limited.next_attempt_at >= timezone.now() + datetime.timedelta(seconds=590)
    http_sms.fail_next(422, {"status": "0", "text": "Pesan terlalu panjang"})
    refused = queue_phone(template_message(channel="sms"))
    refused.refresh_from_db()
    assert refused.status == DeliveryStatus.DEAD and refused.last_status_code == 422


# --- the delivery log shows them ----------------------------------------------------------------------------


def test_phone_deliveries_are_in_the_delivery_log_page_and_api(cloud_api, client, user_named):
    cloud_api.fail_next(429, graph_error(130429, "(#130429) Rate limit hit"))
    delivery = queue_phone(template_message())
    attempt(delivery.pk, later(Delivery.objects.get(pk=delivery.pk)))
    admin = user_named("admin.kominfo")
    client.force_login(admin)
    response = client.get(reverse("interop:staff_overview"))
    assert response.status_code == 200, response.status_code
    overview = response.content.decode()
    assert "Pesan WhatsApp/SMS kepada warga" in overview and "WhatsApp +62812" in overview
    assert TO not in overview  # the number masked
    page = client.get(reverse("interop:staff_delivery", args=[delivery.pk])).content.decode()
    assert "130429" in page and "whatsapp_cloud" in page
    api = APIClient()
    api.force_authenticate(admin)
    listed = api.get(reverse("api:staff_interop_deliveries"), {"purpose": "notification"}).json()
    row = next(item for item in listed["results"] if item["id"] == delivery.pk)
    assert row["purpose"] == "notification" and row["status"] == "sent" and row["destination"].startswith("WhatsApp")
    detail = api.get(reverse("api:staff_interop_delivery", args=[delivery.pk])).json()
    assert detail["attempts"] == 2 and [(a["ok"], a["status_code"]) for a in detail["log"]] == [
        (True, 200),
        (False, 429),
    ]
    assert TO not in json.dumps(detail)
