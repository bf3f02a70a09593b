"""The requester's PDF receipt on the confirmation page (issue #16 item 3)."""

import re

import pytest
from django.urls import reverse

from pintu.ppid.requests.models import InformationRequest
from tests.letters.pdfinspect import structure_tags, text
from tests.ppid.requests.test_views import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_the_confirmation_page_links_a_pdf_receipt(client, demo):
    client.post(reverse("ppid:request_create"), form_data())
    info = InformationRequest.objects.get()
    page = client.get(reverse("ppid:request_done")).content.decode()
    secret = re.search(r'id="secret-code"[^>]*>([^<]+)<', page).group(1).strip()
    assert f'href="{reverse("ppid:request_receipt")}"' in page

    response = client.get(reverse("ppid:request_receipt"))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    words = text(response.content)
    assert "Tanda terima permohonan informasi publik" in words
    assert info.number in words and secret in words and "RAHASIA" in words
    assert "Daftar paket pekerjaan jalan tahun 2026" in words
    assert info.due_date is not None and "10 hari kerja: paling lambat" in words
    assert str(info.due_date.day) in words and "7 hari kerja" in words
    assert "/ppid/permohonan/lacak/?nomor=" in words
    assert "/Figure" in structure_tags(response.content)  # the QR code


def test_no_receipt_without_a_request_in_this_session(client, demo):
    response = client.get(reverse("ppid:request_receipt"))
    assert response.status_code == 302 and response["Location"] == reverse("ppid:request_track")
