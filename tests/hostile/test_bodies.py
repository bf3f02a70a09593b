"""Oversized and overstuffed requests: a clean Indonesian 413 page (or a form error), never a 500."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pintu.complaints.models import Report
from tests.hostile import payloads as p

pytestmark = pytest.mark.django_db

TOO_LARGE = "Kiriman Anda terlalu besar."


@pytest.mark.parametrize("name", ["complaints:intake_what", "ppid:request_create", "complaints:track", "web:login"])
def test_body_over_the_request_limit_is_413_before_it_is_read(client, demo, settings, name):
    settings.PINTU_MAX_REQUEST_BYTES = 64 * 1024
    big = SimpleUploadedFile("besar.png", b"\x89PNG" + b"\x00" * (100 * 1024), content_type="image/png")
    response = client.post(reverse(name), {"title": "x", "files": big})
    assert response.status_code == 413
    assert TOO_LARGE in response.content.decode()


def test_form_field_over_the_memory_limit_is_413(client, demo):
    response = client.post(reverse("complaints:intake_what"), {"title": "x", "text": "a" * (1024 * 1024 + 10)})
    assert response.status_code == 413 and TOO_LARGE in response.content.decode()


def test_too_many_fields_is_413(client, demo):
    response = client.post(reverse("web:login"), {f"f{i}": "x" for i in range(600)})
    assert response.status_code == 413 and TOO_LARGE in response.content.decode()


def test_too_many_files_is_413(wizard):
    wizard.what()
    wizard.where()
    files = [SimpleUploadedFile(f"f{i}.png", p.png(), content_type="image/png") for i in range(11)]
    response = wizard.finish(files=files)
    assert response.status_code == 413 and TOO_LARGE in response.content.decode()
    assert not Report.objects.exists()


def test_text_longer_than_allowed_gets_a_form_error(wizard):
    response = wizard.what(title="Judul " * 40, text="kata " * 2500)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Judul paling banyak 150 karakter." in html and "Isi laporan paling banyak 10000 karakter." in html


def test_api_body_over_the_limit_is_a_json_413(client, demo, settings):
    settings.PINTU_MAX_REQUEST_BYTES = 1024
    response = client.post("/api/v1/laporan/", data="{" + '"a":1,' * 1000 + '"b":2}', content_type="application/json")
    assert response.status_code == 413
