"""Security headers on every page (CSP without inline scripts), size limits with a clear 413."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = [
    "web:home", "web:agencies", "web:areas", "web:workday_calculator", "web:login",
    "complaints:intake", "complaints:intake_what", "complaints:track", "complaints:public_list",
    "ppid:landing", "ppid:dip_list", "ppid:dik_list", "ppid:request_create", "ppid:request_track",
    "ppid:annual_list",
]  # fmt: skip
STAFF_PAGES = [
    ("admin.kominfo", "web:staff_home"), ("admin.kominfo", "complaints:staff_inbox"),
    ("ppid.utama", "ppid:staff_requests"), ("ppid.utama", "ppid:staff_register"),
    ("ppid.utama", "ppid:staff_objections"), ("penghubung.pupr", "complaints:staff_inbox"),
]  # fmt: skip
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.I)


def assert_safe_page(response):
    assert response.status_code == 200, response.status_code
    csp = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in csp.split(";") if part.strip())
    assert directives["default-src"] == "'self'" and directives["script-src"] == "'self'"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert directives["base-uri"] == "'self'" and directives["form-action"] == "'self'"
    assert response["X-Content-Type-Options"] == "nosniff" and response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    html = response.content.decode()
    assert not INLINE_SCRIPT.search(html), INLINE_SCRIPT.search(html).group(0)
    assert not EVENT_HANDLER.search(html), EVENT_HANDLER.search(html).group(0)
    assert not STYLE_ATTRIBUTE.search(html), STYLE_ATTRIBUTE.search(html).group(0)


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_pages_carry_the_policy_and_no_inline_script(client, demo, name):
    assert_safe_page(client.get(reverse(name)))


@pytest.mark.parametrize(("username", "name"), STAFF_PAGES)
def test_staff_pages_carry_the_policy_and_no_inline_script(client, user_named, username, name):
    client.force_login(user_named(username))
    assert_safe_page(client.get(reverse(name)))


def test_the_two_factor_pages_too(client, user_named):
    client.post(reverse("web:login"), {"username": "admin.kominfo", "password": "pintu-demo-2026"})
    assert_safe_page(client.get(reverse("accounts:otp_setup")))  # the QR code is inline SVG, no script


def test_an_oversized_form_body_gets_the_413_page(client, demo, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    response = client.post(reverse("complaints:track"), {"code": "x" * 20_000, "secret": "y"})
    assert response.status_code == 413 and "Kiriman terlalu besar" in response.content.decode()


def test_too_many_fields_get_the_413_page(client, demo, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 20
    response = client.post(reverse("complaints:track"), {f"f{n}": "1" for n in range(50)})
    assert response.status_code == 413


def test_a_body_above_the_request_cap_is_refused_before_reading(client, demo, settings):
    settings.PINTU_MAX_REQUEST_BYTES = 1000
    response = client.post(reverse("ppid:request_create"), {"information": "x" * 5000})
    assert response.status_code == 413 and "Kiriman terlalu besar" in response.content.decode()
    api = client.post("/api/v1/laporan/", {"text": "x" * 5000})
    assert api.status_code == 413 and api.json()["code"] == "too_large"


def test_deliberate_limits_are_set(settings):
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == 1024 * 1024
    assert settings.DATA_UPLOAD_MAX_NUMBER_FIELDS == 500
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE == 2 * 1024 * 1024
    from pintu.ppid.registers.services.files import DIP_UPLOAD_POLICY

    assert settings.PINTU_MAX_REQUEST_BYTES > DIP_UPLOAD_POLICY.max_total_bytes  # the largest upload + the form
