"""The annual report goes to the Komisi Informasi (issues #17 and #18 item 2): the PPID Utama drafts the cover
letter, the signatory signs it (pintu.letters), the signed letter and the report PDF it vouches for (by
SHA-256) are stored, verifiable and public; when and how it was sent is recorded, append-only; /ppid/ links
the published reports."""

import datetime
import hashlib

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from pintu.history.models import Event
from pintu.letters.models import Status
from pintu.letters.services import approve_and_sign, revoke
from pintu.letters.signing.validation import check_pdf
from pintu.ppid.annual import dispatch, services
from pintu.ppid.annual.models import AnnualReportSending, SendingImmutableError
from tests.letters.conftest import cert_store, letters_demo, letters_settings, trust_roots  # noqa: F401
from tests.letters.pdfinspect import text as pdf_text

YEAR = timezone.localdate().year - 1


@pytest.fixture
def published(letters_settings, letters_demo, user_named):  # noqa: F811
    return services.publish_report(user_named("ppid.utama"), YEAR, None)


@pytest.fixture
def signed(published, user_named):
    letter = dispatch.draft_cover(user_named("ppid.utama"), published)
    return approve_and_sign(letter, user=user_named("ppid.utama"))


def test_the_cover_letter_is_drafted_by_the_utama_and_signed_with_the_report_hash(published, user_named, trust_roots):  # noqa: F811
    utama = user_named("ppid.utama")
    with pytest.raises(PermissionDenied):
        dispatch.draft_cover(user_named("ppid.pupr"), published)
    draft = dispatch.draft_cover(utama, published)
    published.refresh_from_db()
    assert draft.status == Status.DRAFT and draft.kind == "pengantar_laporan_tahunan"
    assert published.report_sha256 == hashlib.sha256(bytes(published.report_pdf)).hexdigest()
    with pytest.raises(ValidationError, match="Sudah ada draf"):
        dispatch.draft_cover(utama, published)
    with pytest.raises(PermissionDenied):  # a PPID Pembantu does not sign the PPID Utama's letter
        approve_and_sign(draft, user=user_named("ppid.pupr"))
    letter = approve_and_sign(draft, user=utama)
    assert letter.status == Status.ISSUED and letter.number and letter.signer_nip
    assert dispatch.signed_cover(published) == letter
    text = pdf_text(bytes(letter.pdf))
    assert "SURAT PENGANTAR" in text and f"Tahun {YEAR}" in text and "Yth. Ketua Komisi Informasi" in text
    assert published.report_sha256[:20] in text.replace(" ", "")  # the letter vouches for the report file
    [check] = check_pdf(bytes(letter.pdf), trust_roots)
    assert check.ok
    kinds = list(Event.objects.for_case("annual_report", published.pk).values_list("kind", flat=True))
    assert "letter_drafted" in kinds and "letter_signed" in kinds


def test_the_public_gets_the_signed_letter_and_the_very_report_file_it_names(signed, published, client):
    published.refresh_from_db()
    report_file = client.get(reverse("ppid:annual_pdf", args=[published.pk]))
    assert report_file.status_code == 200
    assert hashlib.sha256(report_file.content).hexdigest() == published.report_sha256
    cover = client.get(reverse("ppid:annual_cover_pdf", args=[published.pk]))
    assert cover.status_code == 200 and cover.content == bytes(signed.pdf)
    verify = reverse("letters:verify", args=[signed.token])
    body = client.get(verify).content.decode()
    assert "SAH" in body and signed.number in body
    same = client.post(verify, {"file": SimpleUploadedFile("surat.pdf", cover.content, "application/pdf")})
    assert "sama persis" in same.content.decode()
    listing = client.get(reverse("ppid:annual_list")).content.decode()
    assert reverse("ppid:annual_cover_pdf", args=[published.pk]) in listing and verify in listing


def test_no_cover_letter_no_public_letter(published, client):
    assert client.get(reverse("ppid:annual_cover_pdf", args=[published.pk])).status_code == 404
    assert reverse("ppid:annual_cover_pdf", args=[published.pk]) not in client.get(
        reverse("ppid:annual_list")).content.decode()  # fmt: skip


def test_republishing_waits_for_the_cover_letter_to_go(signed, published, user_named):
    utama = user_named("ppid.utama")
    with pytest.raises(ValidationError, match="surat pengantar"):
        services.publish_report(utama, YEAR, None)
    revoke(signed, user=utama, reason="Angka keberatan keliru.")
    report = services.publish_report(utama, YEAR, None)
    assert not report.report_pdf and report.report_sha256 == ""


def test_sending_is_recorded_only_after_signing_and_never_changed(published, user_named):
    utama = user_named("ppid.utama")
    today = timezone.localdate()
    with pytest.raises(ValidationError) as refused:
        dispatch.record_sending(utama, published, sent_on=today, channel="email", reference="ki@sumselprov.go.id")
    assert "belum ditandatangani" in str(refused.value)
    letter = approve_and_sign(dispatch.draft_cover(utama, published), user=utama)
    with pytest.raises(ValidationError) as wrong:
        dispatch.record_sending(utama, published, sent_on=today + datetime.timedelta(days=1), channel="fax",
                                reference=" ")  # fmt: skip
    assert set(wrong.value.message_dict) == {"sent_on", "channel", "reference"}
    with pytest.raises(PermissionDenied):
        dispatch.record_sending(user_named("ppid.pupr"), published, sent_on=today, channel="surat", reference="R1")
    assert not AnnualReportSending.objects.exists()  # nothing half-written

    first = dispatch.record_sending(utama, published, sent_on=today, channel="surat",
                                    reference="Tanda terima 045/KI-SS/2026")  # fmt: skip
    second = dispatch.record_sending(utama, published, sent_on=today, channel="portal", reference="Tiket 8812",
                                     note="Diunggah juga ke portal e-Monev.")  # fmt: skip
    assert [s.pk for s in dispatch.sendings(published)] == [first.pk, second.pk]
    assert first.letter == letter and first.recorded_by == utama
    event = Event.objects.for_case("annual_report", published.pk).filter(kind="sent_to_ki").first()
    assert event.payload["channel"] == "surat" and event.payload["letter"] == letter.number
    first.reference = "diubah"
    with pytest.raises(SendingImmutableError):
        first.save()
    with pytest.raises(SendingImmutableError):
        first.delete()
    with pytest.raises(SendingImmutableError):
        AnnualReportSending.objects.filter(pk=first.pk).update(reference="x")
    with pytest.raises(SendingImmutableError):
        AnnualReportSending.objects.all().delete()


def test_the_staff_page_drafts_signs_and_records(published, user_named, client):
    client.force_login(user_named("ppid.utama"))
    url = reverse("ppid:staff_annual_sending", args=[published.pk])
    assert client.get(url).status_code == 200
    assert client.post(url, {"action": "draft"}).status_code == 302
    [draft] = dispatch.cover_letters(published)
    draft_pdf = client.get(reverse("ppid:staff_annual_letter", args=[published.pk, draft.pk]))
    assert draft_pdf.status_code == 200 and draft_pdf.content.startswith(b"%PDF")
    assert client.post(url, {"action": "sign", "letter": draft.pk}).status_code == 302
    today = timezone.localdate().isoformat()
    bad = client.post(url, {"action": "send", "sent_on": today, "channel": "email", "reference": ""})
    assert bad.status_code == 400
    response = client.post(url, {"action": "send", "sent_on": today, "channel": "email",
                                 "reference": "ppid@kominfo.example → ki@sumselprov.go.id"})  # fmt: skip
    assert response.status_code == 302
    page = client.get(url).content.decode()
    assert "ki@sumselprov.go.id" in page and "E-mail" in page
    client.force_login(user_named("ppid.pupr"))  # a Pembantu reads, but does not draft
    assert client.get(url).status_code == 200
    assert client.post(url, {"action": "draft"}).status_code == 403


def test_ppid_landing_links_the_annual_reports(signed, published, client, user_named):
    dispatch.record_sending(user_named("ppid.utama"), published, sent_on=timezone.localdate(), channel="surat",
                            reference="Tanda terima 1")  # fmt: skip
    body = client.get(reverse("ppid:landing")).content.decode()
    assert reverse("ppid:annual_list") in body
    assert reverse("ppid:annual_pdf", args=[published.pk]) in body
    assert reverse("ppid:annual_cover_pdf", args=[published.pk]) in body
    assert "disampaikan kepada Komisi Informasi" in body


def test_the_public_api_lists_the_signed_letter_and_the_sending(signed, published, user_named):
    from rest_framework.test import APIClient

    dispatch.record_sending(user_named("ppid.utama"), published, sent_on=timezone.localdate(), channel="portal",
                            reference="Tiket 77")  # fmt: skip
    published.refresh_from_db()
    [row] = APIClient().get(reverse("api:ppid_annual")).json()["results"]
    assert row["report_sha256"] == published.report_sha256
    assert row["cover_letter"]["number"] == signed.number
    assert row["cover_letter"]["verification_url"] == reverse("letters:verify", args=[signed.token])
    assert row["sent_to_commission"] == [{"sent_on": timezone.localdate().isoformat(), "channel": "portal"}]
    cover = APIClient().get(row["cover_letter"]["pdf_url"])
    assert cover.status_code == 200 and cover.content == bytes(signed.pdf)


def test_a_replacement_letter_names_the_same_report_file(signed, published, user_named):
    utama = user_named("ppid.utama")
    published.refresh_from_db()
    frozen = bytes(published.report_pdf)
    replacement = approve_and_sign(dispatch.draft_cover(utama, published), user=utama)
    published.refresh_from_db()
    signed.refresh_from_db()
    assert bytes(published.report_pdf) == frozen  # the public file did not change under the letter in force
    assert signed.status == Status.SUPERSEDED and dispatch.signed_cover(published) == replacement
    assert replacement.context["data"]["items"][0]["note"] == f"SHA-256: {published.report_sha256}"
