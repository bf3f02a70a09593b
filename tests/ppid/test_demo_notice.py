"""Issue #17, "it must show": after the demo load, signed in as `ppid.utama`, a decided request in the demo
register offers its notice PDF; that PDF has Nomor, Sifat, Lampiran, Hal, a named signatory with NIP, a
valid digital signature (pyHanko, against the demo CA) and a verification address that confirms it."""

import re

import pytest
from django.core.management import call_command
from django.urls import reverse

from pintu.demo.ppid_requests import load_request_demo
from pintu.letters.models import Letter
from pintu.letters.signing.validation import check_pdf, load_certificates
from pintu.ppid.requests.models import InformationRequest
from tests.letters.pdfinspect import text

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_loaded(settings, tmp_path):
    settings.PINTU_LETTERS_CERT_DIR = tmp_path / "certs"
    settings.PINTU_LETTERS_DEMO_CA_DIR = tmp_path / "ca"
    settings.PINTU_LETTERS_SIGNER = "pkcs12"
    settings.PINTU_LETTERS_P12_PASSPHRASE = "pintu-demo-ttd"
    settings.PINTU_LETTERS_SIGNING_NOTE = ""
    settings.MEDIA_ROOT = tmp_path / "media"
    # without the generated year (its decided requests carry no letters and would crowd the register page)
    call_command("load_demo", allow_demo_accounts_in_production=True, small=True,
                 stdout=open("/dev/null", "w"))  # noqa: SIM115
    return tmp_path


def _download(client, href: str) -> bytes:
    response = client.get(href)
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_a_decided_demo_request_offers_its_signed_notice(client, demo_loaded):
    client.force_login(_user("ppid.utama"))
    register = client.get(reverse("ppid:staff_requests")).content.decode()
    decided = InformationRequest.objects.filter(status="diputuskan", notice_letter__isnull=False).order_by("pk")
    assert decided.count() >= 3 and all(r.number in register for r in decided)
    info = decided.first()
    page = client.get(reverse("ppid:staff_request_detail", args=[info.pk])).content.decode()
    link = re.search(r'href="(/ppid/staf/permohonan/\d+/dokumen/\d+/)"', page)
    assert link and "Unduh surat pemberitahuan bertanda tangan" in page
    pdf = _download(client, link.group(1))

    content = text(pdf)
    letter = info.notice_letter
    for label in ("Nomor", "Sifat", "Lampiran", "Hal"):
        assert re.search(rf"{label}\s*:", content), label
    assert letter.number in content and "Yth." in content
    assert "Drs. Ahmad Fauzi, M.Si." in content and "NIP. 19750312 200003 1 002" in content

    [check] = check_pdf(pdf, load_certificates([demo_loaded / "ca" / "ca.pem"]))
    assert check.ok and check.signer == "Drs. Ahmad Fauzi, M.Si."

    address = re.search(r"https?://\S+?(/verifikasi/[a-z0-9]{16}/)", content)
    assert address and address.group(1) == f"/verifikasi/{letter.token}/"
    client.logout()
    verified = client.get(address.group(1))
    assert verified.status_code == 200
    body = verified.content.decode()
    assert letter.number in body and "Drs. Ahmad Fauzi" in body and letter.sha256 in body
    assert "SAH" in body and "DICABUT" not in body and info.number in body


def test_the_demo_shows_a_draft_waiting_for_the_ppid_utama(client, demo_loaded):
    waiting = InformationRequest.objects.get(idempotency_key="demo-ppid-waiting")
    assert waiting.pending_letter is not None and not waiting.decision and not waiting.documents.exists()
    client.force_login(_user("ppid.utama"))
    page = client.get(reverse("ppid:staff_request_detail", args=[waiting.pk])).content.decode()
    assert "Setujui dan tandatangani" in page and "Pratinjau draf surat" in page
    refused = InformationRequest.objects.get(idempotency_key="demo-ppid-refused")
    assert refused.decision == "refused" and refused.refusal_dik is not None
    paid = InformationRequest.objects.get(idempotency_key="demo-ppid-paid")
    assert paid.fee > 0 and paid.payment_method and "Cara pembayaran" in text(bytes(paid.notice_letter.pdf))
    before = (InformationRequest.objects.count(), Letter.objects.count())
    load_request_demo()  # idempotent: a second load adds no request and no letter
    assert (InformationRequest.objects.count(), Letter.objects.count()) == before


def _user(username):
    from pintu.accounts.models import User

    return User.objects.get(username=username)


def test_the_demo_dik_entries_in_force_carry_their_signed_determination(client, demo_loaded):
    from pintu.ppid.registers.models import DikItem

    in_force = DikItem.objects.filter(status="in_force")
    assert in_force.exists() and all(item.letter_id for item in in_force)
    trust = load_certificates([demo_loaded / "ca" / "ca.pem"])
    for item in in_force:
        [check] = check_pdf(bytes(item.letter.pdf), trust)
        assert check.ok and item.letter.kind == "penetapan_dik" and item.letter.signer_name in item.decided_by
    public = client.get(reverse("ppid:dik_list")).content.decode()
    assert all(reverse("letters:verify", args=[item.letter.token]) in public for item in in_force)
