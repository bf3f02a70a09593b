"""/.well-known/security.txt (RFC 9116): the deployer's contact, a future Expires, the policy page."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db


def fields(text: str) -> dict[str, str]:
    return dict(line.split(": ", 1) for line in text.strip().splitlines())


def test_security_txt_has_the_rfc_9116_fields(client, settings):
    settings.PINTU_SECURITY_CONTACT = "keamanan@oganilirkab.go.id"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200 and response["Content-Type"] == "text/plain; charset=utf-8"
    found = fields(response.content.decode())
    assert found["Contact"] == "mailto:keamanan@oganilirkab.go.id"
    expires = datetime.datetime.strptime(found["Expires"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.UTC)
    assert timezone.now() + datetime.timedelta(days=170) < expires < timezone.now() + datetime.timedelta(days=366)
    assert found["Preferred-Languages"] == "id, en"
    assert found["Canonical"] == "http://testserver/.well-known/security.txt"
    assert found["Policy"] == "http://testserver" + reverse("web:security_policy")
    policy = client.get(reverse("web:security_policy")).content.decode()
    assert "mailto:keamanan@oganilirkab.go.id" in policy


def test_an_https_contact_is_kept_and_no_contact_means_no_file(client, settings):
    settings.PINTU_SECURITY_CONTACT = "https://oganilirkab.go.id/lapor-celah"
    assert "Contact: https://oganilirkab.go.id/lapor-celah" in client.get("/.well-known/security.txt").content.decode()
    settings.PINTU_SECURITY_CONTACT = ""
    assert client.get("/.well-known/security.txt").status_code == 404
    assert client.get(reverse("web:security_policy")).status_code == 200
