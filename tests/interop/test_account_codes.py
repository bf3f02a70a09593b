"""Citizens' account codes by phone (issue #16 items 4 and 5): interop is pintu.security's phone sender.

Registration and sign-in by code with a phone number send the code by WhatsApp (the approved authentication
template, through the local server speaking the Cloud API) or, where the region has only SMS, by SMS (SMS
Gateway for Android). With no phone channel set up, the page asks for an e-mail address."""

import re

import pytest
from django.urls import reverse

from pintu.accounts.models import User
from pintu.interop.models import Delivery, DeliveryStatus
from pintu.notifications.models import OutgoingMail

pytestmark = pytest.mark.django_db
PHONE = "0812-3456-7890"


def register(client, destination=PHONE):
    return client.post(reverse("accounts:register"), {"name": "Siti Aminah", "destination": destination,
                                                      "password": ""})  # fmt: skip


def test_registration_by_phone_gets_the_code_by_whatsapp_and_finishes(client, cloud_api, settings):
    settings.PINTU_SMS_PROVIDER = "off"
    assert "belum tersedia" not in client.get(reverse("accounts:register")).content.decode()
    response = register(client)
    assert response.status_code == 302, response.content.decode()[:2000]
    (sent,) = cloud_api.sent
    assert sent["to"] == "+6281234567890" and sent["type"] == "template"
    assert sent["template"]["name"] == "pintu_kode_verifikasi"
    (code,) = [p["text"] for p in sent["template"]["components"][0]["parameters"]]
    assert re.fullmatch(r"\d{6}", code)
    assert Delivery.objects.get().status == DeliveryStatus.SENT
    assert code not in str(list(OutgoingMail.objects.values()))  # the outbox keeps it encrypted
    response = client.post(reverse("accounts:register_code"), {"code": code})
    assert response.status_code == 302
    user = User.objects.get(phone="+6281234567890")
    assert user.phone_verified_at is not None and user.email == ""


def test_an_sms_only_region_sends_the_code_by_sms(client, sms_gate, settings):
    settings.PINTU_WHATSAPP_PROVIDER = "off"
    assert register(client).status_code == 302
    (sent,) = sms_gate.accepted
    assert sent["phoneNumbers"] == ["+6281234567890"]
    code = re.search(r"\b(\d{6})\b", sent["textMessage"]["text"]).group(1)
    assert client.post(reverse("accounts:register_code"), {"code": code}).status_code == 302
    assert User.objects.filter(phone="+6281234567890", phone_verified_at__isnull=False).exists()


def test_without_a_phone_channel_the_page_asks_for_an_email(client, settings):
    settings.PINTU_WHATSAPP_PROVIDER = settings.PINTU_SMS_PROVIDER = "off"
    assert "belum tersedia" in client.get(reverse("accounts:register")).content.decode()
    response = register(client)
    assert response.status_code == 400 and "Gunakan alamat e-mail" in response.content.decode()
    assert not Delivery.objects.exists() and not User.objects.exists()
