"""/verifikasi/<token>/: valid, revoked, superseded and tampered letters; no personal data of the requester."""

import hashlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pintu.letters.services import approve_and_sign, revoke, supersede
from pintu.letters.signing.validation import check_pdf


def page(client, letter, **post):
    url = reverse("letters:verify", args=[letter.token])
    return client.post(url, post) if post else client.get(url)


def tampered(pdf: bytes) -> bytes:
    """One byte changed in the middle of the signed content."""
    middle = len(pdf) // 2
    return pdf[:middle] + bytes([pdf[middle] ^ 0x01]) + pdf[middle + 1 :]


def test_a_valid_letter_is_confirmed_without_the_requesters_personal_data(client, signed_sample):
    letter = signed_sample("pemberitahuan_tertulis")
    response = page(client, letter)
    body = response.content.decode()
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    assert "SAH" in body and letter.number in body and letter.sha256 in body
    assert "Drs. Ahmad Fauzi, M.Si." in body and "19750312 200003 1 002" in body
    assert "PPID/2026/000123" in body  # the case reference
    for private in ("Siti Aminah", "Jalan Lintas Timur Nomor 12", "Tanjung Baru", "Dokumen kontrak"):
        assert private not in body, private


def test_the_issued_file_matches_and_a_tampered_one_is_detected(client, signed_sample, trust_roots):
    letter = signed_sample("pemberitahuan_perpanjangan")
    pdf = bytes(letter.pdf)
    same = page(client, letter, file=SimpleUploadedFile("surat.pdf", pdf, "application/pdf"))
    assert "sama persis dengan surat yang diterbitkan" in same.content.decode()

    changed = tampered(pdf)
    response = page(client, letter, file=SimpleUploadedFile("surat.pdf", changed, "application/pdf"))
    body = response.content.decode()
    assert "TIDAK SAMA" in body and hashlib.sha256(changed).hexdigest() in body
    [check] = check_pdf(changed, trust_roots)  # and the signature itself no longer holds
    assert not check.ok

    appended = pdf + b"\n% a line added after signing\n"
    assert "TIDAK SAMA" in page(client, letter, file=SimpleUploadedFile("s.pdf", appended)).content.decode()


def test_a_pasted_hash_is_compared_too(client, signed_sample):
    letter = signed_sample("pemberitahuan_perpanjangan")
    assert "sama persis" in page(client, letter, sha256=letter.sha256.upper()).content.decode()
    wrong = "0" * 64
    assert "TIDAK SAMA" in page(client, letter, sha256=wrong).content.decode()
    response = page(client, letter, sha256="bukan hash")
    assert response.status_code == 200 and "64 karakter" in response.content.decode()
    assert "Unggah berkas PDF surat atau tempel" in page(client, letter, sha256="").content.decode()


def test_a_revoked_letter_says_so_with_its_reason(client, signed_sample, user_named):
    letter = signed_sample("pemberitahuan_penguasaan")
    revoke(letter, user=user_named("ppid.utama"), reason="Badan publik yang disebut keliru.")
    body = page(client, letter).content.decode()
    assert "DICABUT" in body and "Badan publik yang disebut keliru." in body and "SAH" not in body
    # the file is still the one issued: the page says it matches, and that it is revoked
    upload = SimpleUploadedFile("s.pdf", bytes(letter.pdf))
    body = page(client, letter, file=upload).content.decode()
    assert "sama persis" in body and "DICABUT" in body


def test_a_superseded_letter_points_to_its_correction(client, signed_sample, user_named):
    old = signed_sample("pemberitahuan_tertulis")
    new = approve_and_sign(supersede(old, drafter=user_named("ppid.pupr")), user=user_named("ppid.utama"))
    old.refresh_from_db()
    body = page(client, old).content.decode()
    assert "DIGANTIKAN" in body and new.number in body and reverse("letters:verify", args=[new.token]) in body
    assert "SAH" in page(client, new).content.decode()


def test_drafts_and_unknown_tokens_are_not_found(client, draft_sample):
    draft = draft_sample("pemberitahuan_tertulis")
    assert page(client, draft).status_code == 404
    assert client.get("/verifikasi/abcdefghjkmnpqrs/").status_code == 404
    assert client.get("/verifikasi/ABC/").status_code == 404


@pytest.mark.parametrize("method", ["put", "delete"])
def test_only_get_and_post(client, signed_sample, method):
    letter = signed_sample("pemberitahuan_perpanjangan")
    assert getattr(client, method)(reverse("letters:verify", args=[letter.token])).status_code == 405
