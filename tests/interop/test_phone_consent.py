"""Consent to WhatsApp/SMS messages: optional on the forms and the API, stored on the case's contact with its
time, withdrawn by STOP (any case of that number) or on the tracking page (one case), every change audited."""

import hashlib
import hmac
import json
import time

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.audit.models import AuditEntry
from pintu.complaints.actions import REPORTER_ACTIONS
from pintu.complaints.models import ReporterContact
from pintu.complaints.phone_consent import consent_of
from pintu.interop.models import Gateway, GatewayKind, InboundMessage
from pintu.interop.outbound.adapters.phone_fake import FakeSmsSender
from pintu.ppid.objections.models import Objection
from pintu.ppid.objections.notify import requester_of
from pintu.ppid.requests import phone_consent as request_consent
from pintu.ppid.requests.actions import REQUESTER_ACTIONS
from pintu.ppid.requests.intake import RequestDraft, register_request
from pintu.ppid.requests.models import RequesterIdentity

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]
APP_SECRET = "meta-app-secret-uji"  # noqa: S105 (test value)


def audit_actions(action: str) -> list[dict]:
    return [entry.details for entry in AuditEntry.objects.filter(action=action).order_by("seq")]


@pytest.fixture
def info_request(db):
    def make(phone="0812-3456-7890", channels=("sms",)):
        draft = RequestDraft(information="Daftar paket pekerjaan jalan tahun 2026.", purpose="Penelitian",
                             obtain_method="view", name="Agus", phone=phone, consent=True,
                             notify_channels=channels, channel="walk_in")  # fmt: skip
        utama = User.objects.filter(role_assignments__role=Role.PPID_UTAMA).first()
        submitted = register_request(utama, draft)  # at the desk: no KTP upload needed
        return submitted.request, submitted.secret

    return make


def test_consent_is_optional_stored_with_its_time_and_audited(submit):
    without = submit(email="", phone="0812-1111-2222", notify_channels=())
    assert not consent_of(without).active and not FakeSmsSender.outbox  # no consent, no message
    report = submit(email="", phone="0812-3456-7890", notify_channels=("whatsapp",))
    consent = consent_of(report)
    assert consent.active and consent.channels == ("whatsapp",) and consent.given_at is not None
    contact = ReporterContact.objects.get(report=report)
    assert contact.phone_index and contact.notify_withdrawn_at is None
    assert audit_actions("notify.consent")[-1] == {"channels": ["whatsapp"], "via": "web"}
    (message,) = FakeSmsSender.outbox
    assert message.channel == "whatsapp" and message.to == "+6281234567890" and report.code in message.text


def test_consent_needs_a_phone_number(submit):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        submit(email="warga@example.com", phone="", notify_channels=("sms",))
    assert "phone" in refused.value.message_dict


def test_the_wizard_offers_the_box_only_where_a_phone_channel_is_configured(client, settings):
    settings.PINTU_WHATSAPP_PROVIDER, settings.PINTU_SMS_PROVIDER = "off", "off"
    client.get(reverse("complaints:intake_what"))
    session = client.session
    session["lapor_draft"] = {"key": "k", "what": {"kind": "pengaduan", "category": None, "title": "t", "text": "x"},
                              "where": {"kecamatan": 1}}  # fmt: skip
    session.save()
    assert "notify_phone" not in client.get(reverse("complaints:intake_finish")).content.decode()
    settings.PINTU_SMS_PROVIDER = "fake"
    page = client.get(reverse("complaints:intake_finish")).content.decode()
    assert 'name="notify_phone"' in page and "Kirim kabar lewat SMS ke nomor ini" in page
    assert "Balas STOP" in page or "balas STOP" in page


def test_ppid_form_offers_the_box_and_stores_the_consent(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    page = client.get(reverse("ppid:request_create")).content.decode()
    assert "Kirim kabar lewat WhatsApp/SMS ke nomor ini" in page
    from tests.privacy.test_database_scan import png

    data = {"requester_kind": "perorangan", "name": "Agus Salim", "address": "Indralaya", "occupation": "Guru",
            "phone": "0812-7100-0099", "email": "", "information": "Daftar paket pekerjaan jalan tahun 2026.",
            "purpose": "Penelitian", "obtain_method": "view", "delivery_method": "", "consent": "on",
            "notify_phone": "on", "idempotency_key": "ppid-wa-1", "identity_file": png("ktp.png")}  # fmt: skip
    response = client.post(reverse("ppid:request_create"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    row = RequesterIdentity.objects.get()
    assert row.notify_channels == "whatsapp,sms" and row.notify_consent_at is not None
    (message,) = FakeSmsSender.outbox  # WhatsApp preferred when both are agreed to: one message, not two
    assert message.channel == "whatsapp" and row.request.number in message.text and "rahasia" in message.text
    done = client.get(reverse("ppid:request_done")).content.decode()
    assert "lewat WhatsApp/SMS ke +62812" in done


def test_api_takes_notify_channels_and_refuses_what_the_region_does_not_offer(settings, kecamatan):
    settings.PINTU_SMS_PROVIDER = "off"
    data = {"title": "Lampu jalan padam di simpang", "text": "Lampu jalan di simpang tiga padam sejak sepekan.",
            "kecamatan": kecamatan.pk, "name": "Dedi", "phone": "0812 7100 0002", "consent": True}  # fmt: skip
    refused = APIClient().post("/api/v1/reports/submit/", {**data, "notify_channels": ["sms"]}, format="json")
    assert refused.status_code == 400 and "notify_channels" in refused.json()["errors"]
    taken = APIClient().post("/api/v1/reports/submit/", {**data, "notify_channels": ["whatsapp"]}, format="json")
    assert taken.status_code in (201, 202), taken.content
    contact = ReporterContact.objects.get(report__code=taken.json()["code"])
    assert contact.notify_channels == "whatsapp" and contact.notify_consent_at is not None
    assert [m.channel for m in FakeSmsSender.outbox] == ["whatsapp"]


def stop_by_whatsapp(gateway: Gateway, wa_id: str, text: str = "STOP", message_id: str = "wamid.STOP1"):
    body = json.dumps({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{
        "field": "messages", "value": {"messaging_product": "whatsapp", "messages": [{
            "from": wa_id, "id": message_id, "timestamp": str(int(time.time())), "type": "text",
            "text": {"body": text}}]}}]}]}).encode()  # fmt: skip
    signature = "sha256=" + hmac.new(APP_SECRET.encode(), body, hashlib.sha256).hexdigest()
    return Client().post(reverse("interop:gateway", args=[gateway.slug]), body, content_type="application/json",
                         HTTP_X_HUB_SIGNATURE_256=signature)  # fmt: skip


def test_stop_by_whatsapp_withdraws_every_consent_of_that_number_and_is_confirmed(submit, info_request):
    gateway = Gateway.objects.create(slug="wa", name="WA", kind=GatewayKind.WHATSAPP_CLOUD, secret=APP_SECRET)
    first = submit(email="", phone="0812-3456-7890", notify_channels=("whatsapp",))
    second = submit(email="", phone="+62 812 3456 7890", notify_channels=("whatsapp", "sms"))
    other = submit(email="", phone="0813-9999-0000", notify_channels=("whatsapp",))
    request, _secret = info_request(phone="081234567890", channels=("sms",))
    FakeSmsSender.outbox.clear()
    response = stop_by_whatsapp(gateway, "6281234567890", text=" Stop. ")
    assert response.status_code == 200 and response.json()["messages"][0]["kind"] == "opt_out"
    assert not consent_of(first).active and not consent_of(second).active and consent_of(other).active
    assert not request_consent.consent_of(request).active  # a STOP ends the number's PPID messages too
    withdrawn = audit_actions("notify.withdraw")
    assert len(withdrawn) == 3 and {d["via"] for d in withdrawn} == {"reply"} and withdrawn[0]["by"] == "whatsapp"
    assert InboundMessage.objects.get(external_id="wamid.STOP1").report is None
    (confirmation,) = FakeSmsSender.outbox
    assert confirmation.to == "+6281234567890" and "tidak akan menerima kabar lagi lewat WhatsApp" in confirmation.text
    # nothing more goes to that number; the same STOP again changes nothing and is not answered twice
    assert stop_by_whatsapp(gateway, "6281234567890", text="STOP").json()["messages"][0]["duplicate"] is True
    from pintu.complaints import notify

    notify.status_changed(first)
    assert len(FakeSmsSender.outbox) == 1


def test_berhenti_by_sms_through_the_android_gateway(submit):
    from pintu.interop import signing

    gateway = Gateway.objects.create(slug="hp-kantor", name="HP kantor", kind=GatewayKind.ANDROID_SMS, secret="k")
    report = submit(email="", phone="0812-3456-7890", notify_channels=("sms",))
    payload = {"messageId": "abc", "message": "berhenti", "phoneNumber": "+6281234567890", "simNumber": 1,
               "receivedAt": "2026-06-22T15:46:11.000+07:00"}  # fmt: skip
    event = {"deviceId": "ffff", "event": "sms:received", "id": "Ey6ECgOk", "webhookId": "w", "payload": payload}
    body, stamp = json.dumps(event).encode(), str(int(time.time()))
    response = Client().post(
        reverse("interop:gateway", args=[gateway.slug]), body, content_type="application/json",
        HTTP_X_TIMESTAMP=stamp, HTTP_X_SIGNATURE=signing.sign_android("k", stamp, body),
    )  # fmt: skip
    assert response.status_code == 200 and response.json()["messages"][0]["kind"] == "opt_out"
    assert not consent_of(report).active


def test_the_tracking_page_button_stops_messages_for_that_report(submit, client):
    report = submit(email="", phone="0812-3456-7890", notify_channels=("sms",))
    kept = submit(email="", phone="0812-3456-7890", notify_channels=("sms",))
    session = client.session
    session["tracked_reports"] = [report.code]
    session.save()
    page = client.get(reverse("complaints:track_detail", args=[report.code])).content.decode()
    assert "Berhenti menerima kabar lewat WhatsApp/SMS" in page
    response = client.post(reverse("complaints:track_stop_phone", args=[report.code]))
    assert response.status_code == 302
    assert not consent_of(report).active and consent_of(kept).active
    assert audit_actions("notify.withdraw") == [{"channels": ["sms"], "via": "tracking_page"}]
    page = client.get(reverse("complaints:track_detail", args=[report.code])).content.decode()
    assert "Kabar lewat WhatsApp/SMS dihentikan pada" in page
    # someone who has not proved the secret cannot stop anything
    assert Client().post(reverse("complaints:track_stop_phone", args=[kept.code])).status_code == 302
    assert consent_of(kept).active


def test_stopping_is_the_reporters_action_offered_while_the_consent_lasts(submit, info_request):
    report = submit(email="", phone="0812-3456-7890", notify_channels=("whatsapp",))
    assert "stop_phone" in {a.name for a in REPORTER_ACTIONS.available(None, report)}
    outcome = REPORTER_ACTIONS.perform("stop_phone", user=None, case=report, data={"via": "api"})
    assert "tidak akan mengirim kabar" in outcome.message and not consent_of(report).active
    assert "stop_phone" not in {a.name for a in REPORTER_ACTIONS.available(None, report)}
    REPORTER_ACTIONS.perform("stop_phone", user=None, case=report, data={"via": "api"})  # again: nothing changes
    assert audit_actions("notify.withdraw") == [{"channels": ["whatsapp"], "via": "api"}]
    info, _secret = info_request(channels=("sms",))
    assert [a.name for a in REQUESTER_ACTIONS.available(None, info)] == ["stop_phone"]
    REQUESTER_ACTIONS.perform("stop_phone", user=None, case=info, data={"via": "tracking_page"})
    assert REQUESTER_ACTIONS.available(None, info) == [] and not request_consent.consent_of(info).active


def test_the_api_stops_messages_with_the_tracking_secret(kecamatan):
    data = {"title": "Lampu jalan padam di simpang", "text": "Lampu jalan di simpang tiga padam sejak sepekan.",
            "kecamatan": kecamatan.pk, "name": "Dedi", "phone": "0812 7100 0002", "consent": True,
            "notify_channels": ["sms"]}  # fmt: skip
    created = APIClient().post("/api/v1/reports/submit/", data, format="json").json()
    url = reverse("api:track_report_stop_phone", args=[created["code"]])
    assert APIClient().post(url, HTTP_X_TRACKING_SECRET="SALAH-SALAH").status_code == 404
    answer = APIClient().post(url, HTTP_X_TRACKING_SECRET=created["secret"])
    assert answer.status_code == 200 and answer.json()["active"] is False and answer.json()["channels"] == ["sms"]


def test_ppid_tracking_page_and_api_stop_messages(info_request, client):
    info, _secret = info_request(channels=("sms",))
    session = client.session
    session["tracked_info_requests"] = [info.number]
    session.save()
    page = client.get(reverse("ppid:request_track_detail", args=[info.slug])).content.decode()
    assert "Berhenti menerima kabar lewat WhatsApp/SMS" in page
    assert client.post(reverse("ppid:request_stop_phone", args=[info.slug])).status_code == 302
    assert not request_consent.consent_of(info).active
    assert audit_actions("notify.withdraw") == [{"channels": ["sms"], "via": "tracking_page"}]
    other, secret = info_request(phone="0813-2222-3333", channels=("sms",))
    url = reverse("api:ppid_track_request_stop_phone", args=[other.slug])
    assert APIClient().post(url, HTTP_X_TRACKING_SECRET="SALAH-SALAH").status_code == 404
    answer = APIClient().post(url, HTTP_X_TRACKING_SECRET=secret).json()
    assert answer["active"] is False and not request_consent.consent_of(other).active


def test_erasure_forgets_the_number_and_its_index(submit):
    from pintu.mydata.anonymise import anonymise_report
    from pintu.notifications.consent import opt_out

    report = submit(email="", phone="0812-3456-7890", notify_channels=("sms",))
    anonymise_report(report, cause="test")
    contact = ReporterContact.objects.get(report=report)
    assert contact.phone == "" and contact.phone_index == "" and contact.notify_channels == "sms"
    assert not consent_of(report).active  # no number, no messages
    assert opt_out("+6281234567890") == 0  # nothing left to find by that number


def test_an_objection_decision_reaches_the_requester_by_phone_where_they_agreed(info_request):
    info, _secret = info_request(channels=("whatsapp",))
    (by_phone,) = requester_of(Objection(request=info, contact="0812-3456-7890"))
    assert by_phone.email == "" and by_phone.phone == "+6281234567890" and by_phone.phone_channels == ("whatsapp",)
    (both,) = requester_of(Objection(request=info, contact="agus@example.com"))
    assert both.email == "agus@example.com" and both.phone_channels == ("whatsapp",)
    request_consent.withdraw(info, via="test")
    assert requester_of(Objection(request=info, contact="0812-3456-7890")) == []
