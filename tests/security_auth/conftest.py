"""Helpers for the sign-in and public-form protection tests: real password + code flows, TOTP codes."""

import time

import pytest
from django.urls import reverse
from django_otp.oath import TOTP

from pintu.agencies.models import Area
from pintu.security.code_delivery import register_phone_sender

PASSWORD = "pintu-demo-2026"


@pytest.fixture(autouse=True)
def _no_interop_phone_sender():
    """Security's own tests start with no phone sender (pintu.interop registers the real one, which under tests
    would send through its fake providers); a test that needs one uses `phone_outbox` (tests/conftest.py).
    The real sender's own tests are tests/interop/test_account_codes.py."""
    previous = register_phone_sender(None)
    yield
    register_phone_sender(previous)


#: Demo accounts whose roles need a second factor, and some whose roles do not.
NEEDS_2FA = ["admin.kominfo", "ppid.utama", "atasan.ppid", "sysadmin"]
NO_2FA = ["penghubung.pupr", "kepala.pupr", "ppid.pupr", "inspektorat", "bupati", "warga"]


def password_login(client, username, password=PASSWORD, **extra):
    """The password step through the real login page (not force_login, which counts as verified)."""
    return client.post(reverse("web:login"), {"username": username, "password": password}, **extra)


def totp_code(device, *, steps_ahead: int = 0) -> str:
    """The code an authenticator app would show now (or `steps_ahead` steps later) for this device.

    The device is read again first: a verified code moves its stored drift (OTP_TOTP_SYNC) when the
    enrolment crossed a 30-second boundary, and a code computed with the old drift is then refused.
    """
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def area(demo):
    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")  # Indralaya
    return kecamatan, kecamatan.children.order_by("code").first()


@pytest.fixture
def no_otp_throttle(settings):
    """django-otp waits 2^n seconds after n wrong codes; tests that follow a wrong code with a right one skip it."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0
