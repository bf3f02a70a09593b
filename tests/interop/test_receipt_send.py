"""Issue #16 item 3: each confirmation page (report, information request, objection) sends its receipt to the
case's own e-mail (the PDF, with the secret while the session holds it) or WhatsApp (the approved template
`pintu_tanda_terima`: code, time received, tracking address, never the secret), through one shared helper
(pintu.letters.receipt_send), rate-limited per case code and channel; another session can send nothing."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from pintu.complaints.models import Report
from pintu.notifications.phone import build_phone
from pintu.ppid.objections.views.public import OBJECTION_SESSION_KEY
from pintu.ppid.requests.views.public import DONE_KEY
from pintu.privacy.sealed import seal
from tests.factories import ppid as ppid_factories
from tests.interop.test_whatsapp_journey import walk_the_wizard
from tests.letters.pdfinspect import text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo")]


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def whatsapp_only(cloud_api, settings):
    settings.PINTU_SMS_PROVIDER = "off"
    return cloud_api


def template_params(body: dict) -> list[str]:
    return [p["text"] for p in body["template"]["components"][0]["parameters"]]


def just_filed_request(client: Client, **overrides):
    submitted = ppid_factories.submit(**overrides)
    session = client.session
    session[DONE_KEY] = {"number": submitted.request.number, "secret": seal(submitted.secret)}
    session.save()
    return submitted


def test_a_phone_only_reporter_gets_the_receipt_by_whatsapp_without_the_secret(client, whatsapp_only):
    done = client.get(walk_the_wizard(client)).content.decode()
    report = Report.objects.get()
    secret = done.split('id="secret-code"', 1)[1].split(">", 1)[1].split("<", 1)[0].strip()
    assert 'id="receipt-whatsapp"' in done and 'id="receipt-email"' not in done  # no e-mail on this report
    assert "+62812" in done and "7788" not in done  # the number is shown masked
    sent_before = len(whatsapp_only.sent)
    send_url = reverse("complaints:intake_receipt_send", args=[report.code])
    response = client.post(send_url, {"channel": "whatsapp"})
    assert response.status_code == 302 and response["Location"].endswith(f"/lapor/terkirim/{report.code}/")
    (receipt,) = whatsapp_only.sent[sent_before:]
    assert receipt["to"] == "+6281277889900" and receipt["template"]["name"] == "pintu_tanda_terima"
    code, received, url = template_params(receipt)
    assert code == report.code and "WIB" in received and url.endswith(f"/lapor/lacak/?kode={report.code}")
    assert secret not in str(receipt)
    assert "Tanda terima sedang dikirim lewat WhatsApp" in client.get(response["Location"]).content.decode()
    # e-mail is not offered and not sent
    mail.outbox.clear()
    client.post(send_url, {"channel": "email"})
    assert mail.outbox == []


def test_the_request_confirmation_sends_the_pdf_by_email_and_a_summary_by_whatsapp(client, whatsapp_only):
    submitted = just_filed_request(client)
    number = submitted.request.number
    page = client.get(reverse("ppid:request_done")).content.decode()
    send_url = reverse("ppid:request_receipt_send")
    assert f'action="{send_url}"' in page
    assert 'id="receipt-email"' in page and 'id="receipt-whatsapp"' in page
    assert "siti@example.org" not in page  # masked

    mail.outbox.clear()
    response = client.post(send_url, {"channel": "email"})
    assert response.status_code == 302 and response["Location"] == reverse("ppid:request_done")
    (message,) = mail.outbox
    assert message.to == ["siti@example.org"] and number in message.subject
    ((name, pdf, mime),) = message.attachments
    words = text(pdf)
    assert mime == "application/pdf" and "Tanda terima permohonan informasi publik" in words
    assert number in words and submitted.secret in words and submitted.secret not in message.body

    sent_before = len(whatsapp_only.sent)
    client.post(send_url, {"channel": "whatsapp"})
    (receipt,) = whatsapp_only.sent[sent_before:]
    params = template_params(receipt)
    assert receipt["template"]["name"] == "pintu_tanda_terima" and params[0] == number
    assert submitted.secret not in str(receipt)


def test_the_objection_page_sends_its_receipt_by_email(client, demo):
    request = ppid_factories.make_request(email="siti@contoh.invalid")
    objection = ppid_factories.make_objection(request, contact="siti@contoh.invalid")
    session = client.session
    session[OBJECTION_SESSION_KEY] = [objection.pk]
    session.save()
    page = client.get(reverse("ppid:objection_track", args=[objection.pk])).content.decode()
    send_url = reverse("ppid:objection_receipt_send", args=[objection.pk])
    assert f'action="{send_url}"' in page and 'id="receipt-email"' in page
    mail.outbox.clear()
    response = client.post(send_url, {"channel": "email"})
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == ["siti@contoh.invalid"]
    words = text(message.attachments[0][1])
    assert "Tanda terima keberatan" in words and objection.number in words and request.number in words


def test_another_session_sends_nothing(client, demo):
    request = ppid_factories.make_request(email="siti@contoh.invalid")
    objection = ppid_factories.make_objection(request, contact="siti@contoh.invalid")
    mail.outbox.clear()
    response = client.post(reverse("ppid:request_receipt_send"), {"channel": "email"})
    assert response.status_code == 302 and response["Location"] == reverse("ppid:request_track")
    response = client.post(reverse("ppid:objection_receipt_send", args=[objection.pk]), {"channel": "email"})
    assert response.status_code == 404
    assert mail.outbox == []


def test_a_wrong_channel_is_refused_and_sending_is_rate_limited_per_case(client, settings):
    settings.PINTU_RATES = {**settings.PINTU_RATES, "receipt_send": {"client": "30/h", "ip": "600/h",
                                                                     "identity": "2/h"}}  # fmt: skip
    just_filed_request(client)
    send_url = reverse("ppid:request_receipt_send")
    mail.outbox.clear()
    page = client.post(send_url, {"channel": "fax"}, follow=True).content.decode()
    assert "Pilih e-mail atau WhatsApp" in page and mail.outbox == []
    assert client.post(send_url, {"channel": "email"}).status_code == 302
    assert client.post(send_url, {"channel": "email"}).status_code == 302
    refused = client.post(send_url, {"channel": "email"})
    assert refused.status_code == 429 and "Retry-After" in refused
    assert len(mail.outbox) == 2


def test_the_whatsapp_text_and_template_never_carry_a_secret():
    report = Report(code="LAP-TEST")
    message = build_phone(
        "case_receipt",
        "id",
        "whatsapp",
        "+6281200000000",
        {"report": report, "code": "LAP-TEST", "url": "https://x/lacak", "secret": "RAHASIA1"},
    )
    assert message.template == "pintu_tanda_terima" and "RAHASIA1" not in message.text
    assert message.params[0] == "LAP-TEST" and "kode rahasia" in message.text.lower()
