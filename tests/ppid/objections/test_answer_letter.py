"""Issue #17 item 3 for objections: the Atasan PPID's answer is a signed official letter. The decision drafts
the letter "tanggapan atas keberatan"; nothing reaches the requester and the objection stays registered until
the signatory of that kind approves and signs; then it is answered, the requester is told, the signed PDF
(PAdES, valid against the demo CA) is on their tracking page with its /verifikasi/ address, and the dispute
clock counts from the answer."""

import re

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from pintu.letters.models import Letter
from pintu.letters.signing.validation import check_pdf, load_certificates
from pintu.ppid import letter_drafts
from pintu.ppid.objections import clocks, services
from pintu.workdays.calendar import get_calendar
from tests.letters.pdfinspect import text

pytestmark = pytest.mark.django_db


@pytest.fixture
def filed(decided_request, user_named):
    warga = user_named("warga")
    request = decided_request(user=warga)
    objection = services.file_objection(services.prove_requester(request, user=warga), request, grounds=["f"],
                                        description="Biaya salinan elektronik seharusnya gratis.")  # fmt: skip
    return objection, warga


def _download(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_a_draft_answer_reaches_no_one_until_signed(filed, user_named, client):
    objection, warga = filed
    mail.outbox.clear()
    letter = services.decide_objection(user_named("atasan.ppid"), objection, decision="partial",
                                       text="Biaya penggandaan salinan elektronik tidak dipungut.",
                                       orders="PPID mengembalikan biaya dalam 7 hari kerja.")  # fmt: skip
    objection.refresh_from_db()
    assert letter.status == "draft" and not letter.number and objection.pending_letter == letter
    assert (objection.status, objection.decision, objection.decided_at) == ("registered", "", None)
    assert not services.dispute_open_to(objection) and not mail.outbox
    client.force_login(warga)
    page = client.get(reverse("ppid:objection_track", args=[objection.pk])).content.decode()
    assert "Biaya penggandaan" not in page and "answer-pdf" not in page
    assert client.get(reverse("ppid:objection_answer", args=[objection.pk])).status_code == 404
    api = client.get(reverse("api:ppid_track_objection_detail", args=[objection.request.slug, objection.pk])).json()
    assert api["objection"]["decision"] == "" and api["objection"]["answer_verification_url"] is None
    with pytest.raises(ValidationError):  # one draft at a time
        services.decide_objection(user_named("atasan.ppid"), objection, decision="refused", text="x")
    with pytest.raises(PermissionDenied):  # the PPID Utama does not sign the Atasan PPID's answer
        services.sign_answer(user_named("ppid.utama"), objection)
    assert not letter_drafts.may_sign(user_named("ppid.utama"), objection)


def test_an_accepted_answer_names_what_the_ppid_must_do(filed, user_named):
    objection, _warga = filed
    with pytest.raises(ValidationError) as refused:
        services.decide_objection(user_named("atasan.ppid"), objection, decision="accepted", text="Diterima.")
    assert "orders" in refused.value.message_dict
    assert not Letter.objects.filter(kind="tanggapan_keberatan").exists()


def test_signed_answer_is_delivered_valid_and_verifiable(filed, user_named, client, letters_ready):
    objection, warga = filed
    atasan = user_named("atasan.ppid")
    services.decide_objection(atasan, objection, decision="refused", text="Biaya sesuai Peraturan Bupati.")
    objection.refresh_from_db()
    assert letter_drafts.may_sign(atasan, objection)
    mail.outbox.clear()
    letter = services.sign_answer(atasan, objection)
    objection.refresh_from_db()
    assert (objection.status, objection.decision, objection.answer_letter) == ("answered", "refused", letter)
    assert objection.pending_letter is None and letter.status == "issued" and letter.number
    assert services.dispute_open_to(objection) and mail.outbox  # the requester is told
    calendar = get_calendar()
    assert clocks.dispute_filing_deadline(calendar, objection) == calendar.add_working_days(timezone.localdate(), 14)

    client.force_login(warga)
    page = client.get(reverse("ppid:objection_track", args=[objection.pk])).content.decode()
    assert reverse("ppid:objection_answer", args=[objection.pk]) in page and f"/verifikasi/{letter.token}/" in page
    response = client.get(reverse("ppid:objection_answer", args=[objection.pk]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    pdf = _download(response)
    assert pdf == bytes(letter.pdf)
    [check] = check_pdf(pdf, load_certificates([letters_ready / "ca" / "ca.pem"]))
    assert check.ok and check.signer == letter.signer_name
    content = text(pdf)
    assert "TANGGAPAN ATAS KEBERATAN" in content and objection.number in content and letter.number in content
    address = re.search(r"(/verifikasi/[a-z0-9]{16}/)", content)
    assert address and address.group(1) == f"/verifikasi/{letter.token}/"
    client.logout()
    body = client.get(address.group(1)).content.decode()
    assert letter.number in body and letter.sha256 in body and "SAH" in body and objection.number in body


def test_discarded_draft_can_be_redone(filed, user_named):
    objection, _warga = filed
    atasan = user_named("atasan.ppid")
    services.decide_objection(atasan, objection, decision="refused", text="Salah tulis.")
    objection.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.discard_answer(user_named("ppid.utama"), objection)
    services.discard_answer(atasan, objection)
    objection.refresh_from_db()
    assert objection.pending_letter is None and not Letter.objects.filter(kind="tanggapan_keberatan").exists()
    services.decide_objection(atasan, objection, decision="refused", text="Biaya sesuai Peraturan Bupati.")
    objection.refresh_from_db()
    assert objection.pending_letter is not None and objection.status == "registered"
