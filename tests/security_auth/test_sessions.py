"""Session limits: staff idle timeout (sliding), an absolute limit for everyone."""

import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from pintu.security.audit_hooks import LOGIN_AT_KEY
from pintu.security.middleware import SEEN_AT_KEY

pytestmark = pytest.mark.django_db


def set_session(client, **values):
    session = client.session
    session.update(values)
    session.save()


def test_staff_session_ends_after_the_idle_time(client, user_named, settings):
    settings.PINTU_STAFF_IDLE_SECONDS = 1800
    client.force_login(user_named("penghubung.pupr"))
    assert client.get(reverse("web:staff_home")).status_code == 200
    set_session(client, **{SEEN_AT_KEY: int(time.time()) - 1801})
    response = client.get(reverse("web:staff_home"), follow=True)
    assert response.redirect_chain[0][0].startswith(reverse("web:login"))
    assert "Sesi Anda sudah berakhir" in response.content.decode()
    assert SESSION_KEY not in client.session


def test_activity_slides_the_idle_clock(client, user_named, settings):
    settings.PINTU_STAFF_IDLE_SECONDS = 1800
    client.force_login(user_named("penghubung.pupr"))
    set_session(client, **{SEEN_AT_KEY: int(time.time()) - 1700})
    assert client.get(reverse("web:staff_home")).status_code == 200  # active again: the clock restarts
    assert int(time.time()) - client.session[SEEN_AT_KEY] < 5
    assert client.get(reverse("web:staff_home")).status_code == 200


def test_citizens_are_not_idle_limited_but_every_session_has_a_maximum(client, user_named, settings):
    settings.PINTU_STAFF_IDLE_SECONDS = 60
    client.force_login(user_named("warga"))
    set_session(client, **{SEEN_AT_KEY: int(time.time()) - 3600})
    assert client.get(reverse("web:staff_home")).status_code == 200
    set_session(client, **{LOGIN_AT_KEY: int(time.time()) - settings.SESSION_COOKIE_AGE - 1})
    assert client.get(reverse("web:staff_home")).status_code == 302
    assert SESSION_KEY not in client.session


def test_a_password_login_starts_the_absolute_clock(client, user_named):
    client.post(reverse("web:login"), {"username": "warga", "password": "pintu-demo-2026"})
    assert abs(client.session[LOGIN_AT_KEY] - time.time()) < 5
