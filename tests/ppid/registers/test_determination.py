"""Issue #17 item 2 (DIK): an exemption comes in force only through its signed determination letter
(penetapan informasi yang dikecualikan with its berita acara uji konsekuensi)."""

import datetime
import re

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from pintu.letters.models import Letter
from pintu.letters.signing.validation import check_pdf, load_certificates
from pintu.ppid.registers.models import DikStatus
from pintu.ppid.registers.services import determination
from pintu.ppid.requests import decisions
from pintu.ppid.requests.models import InformationRequest
from tests.letters.pdfinspect import text

pytestmark = pytest.mark.django_db


def _test(**overrides):
    values = {"test_date": timezone.localdate(), "test_place": "Ruang Rapat Diskominfo",
              "participants": ["Drs. Ahmad Fauzi, M.Si. - Kepala Diskominfo selaku PPID Utama",
                               "Ir. Budi - Sekretaris Dinas PUPR selaku PPID Pembantu"]}  # fmt: skip
    return determination.ConsequenceTest(**{**values, **overrides})


def _refusable(request_row, dik):
    return decisions.clean_decision(request_row, "refused", {"refusal_dik": dik})


def test_a_draft_determination_is_not_in_force_and_cannot_be_cited(dik_item, user_named, letters_ready, client):
    item = dik_item()
    letter = determination.draft_determination(user_named("ppid.utama"), item, _test())
    item.refresh_from_db()
    assert item.status == DikStatus.DRAFT and item.pending_letter == letter and item.letter is None
    assert letter.kind == "penetapan_dik" and letter.status == "draft" and not letter.pdf
    assert item.document not in client.get(reverse("ppid:dik_list")).content.decode()
    request_row = InformationRequest(information="HPS", obtain_method="soft", delivery_method="email")
    with pytest.raises(ValidationError) as refused:
        _refusable(request_row, item)
    assert "refusal_dik" in refused.value.message_dict
    with pytest.raises(ValidationError):  # one draft at a time
        determination.draft_determination(user_named("ppid.utama"), item, _test())
    with pytest.raises(PermissionDenied):  # the PPID Pembantu signs only when the region delegates it
        determination.sign_determination(user_named("ppid.pupr"), item)


def test_the_consequence_test_is_required(dik_item, user_named, letters_ready):
    item = dik_item()
    with pytest.raises(ValidationError) as missing:
        determination.draft_determination(user_named("ppid.utama"), item,
                                          _test(test_place=" ", participants=[]))  # fmt: skip
    assert {"test_place", "participants"} <= set(missing.value.message_dict)
    future = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as later:
        determination.draft_determination(user_named("ppid.utama"), item, _test(test_date=future))
    assert "test_date" in later.value.message_dict
    with pytest.raises(PermissionDenied):
        determination.draft_determination(user_named("ppid.pupr"), item, _test())
    assert not Letter.objects.exists()


def test_signing_puts_it_in_force_with_a_valid_letter_the_register_links(dik_item, user_named, letters_ready,
                                                                          client):  # fmt: skip
    item = dik_item()
    utama = user_named("ppid.utama")
    determination.draft_determination(utama, item, _test())
    letter = determination.sign_determination(utama, item)
    item.refresh_from_db()
    assert item.status == DikStatus.IN_FORCE and item.letter == letter and item.pending_letter is None
    assert item.decided_at == letter.dated and letter.signer_name in item.decided_by
    pdf = bytes(letter.pdf)
    content = text(pdf)
    for words in (
        "PENETAPAN INFORMASI YANG DIKECUALIKAN",
        "Berita acara uji konsekuensi",
        "Pasal 17 huruf b",
        "Ruang Rapat Diskominfo",
        "Ir. Budi",
        determination.dik_reference(item),
        letter.number,
    ):
        assert words in content, words  # fmt: skip
    [check] = check_pdf(pdf, load_certificates([letters_ready / "ca" / "ca.pem"]))
    assert check.ok and check.signer == letter.signer_name

    public = client.get(reverse("ppid:dik_list")).content.decode()
    verify = reverse("letters:verify", args=[letter.token])
    assert item.document in public and f'href="{verify}"' in public and letter.number in public
    page = client.get(verify).content.decode()
    assert letter.number in page and letter.sha256 in page and "SAH" in page
    assert re.search(r"/verifikasi/[a-z0-9]{16}/", content)

    request_row = InformationRequest(information="HPS", obtain_method="soft", delivery_method="email")
    assert _refusable(request_row, item)["refusal_dik"] == item  # now a refusal can cite it


def test_the_staff_page_drafts_previews_signs_and_discards(dik_item, user_named, letters_ready, client):
    item = dik_item()
    client.force_login(user_named("ppid.utama"))
    detail = reverse("ppid:staff_dik_detail", args=[item.pk])
    bad = client.post(reverse("ppid:staff_dik_decide", args=[item.pk]), {"test_place": ""})
    assert bad.status_code == 400 and not Letter.objects.exists()
    form = {"test_place": "Ruang Rapat", "participants": "Drs. Ahmad Fauzi - PPID Utama\nIr. Budi - PPID PUPR"}
    assert client.post(reverse("ppid:staff_dik_decide", args=[item.pk]), form).status_code == 302
    page = client.get(detail).content.decode()
    assert "Setujui dan tandatangani" in page and "Batalkan draf surat" in page and "Pratinjau draf surat" in page
    preview = client.get(reverse("ppid:staff_dik_letter_draft", args=[item.pk]))
    assert preview.status_code == 200 and preview["Content-Type"] == "application/pdf"
    assert client.post(reverse("ppid:staff_dik_discard_letter", args=[item.pk])).status_code == 302
    item.refresh_from_db()
    assert item.pending_letter is None and item.status == DikStatus.DRAFT and not Letter.objects.exists()
    client.post(reverse("ppid:staff_dik_decide", args=[item.pk]), form)
    assert client.post(reverse("ppid:staff_dik_sign_letter", args=[item.pk])).status_code == 302
    item.refresh_from_db()
    assert item.status == DikStatus.IN_FORCE and item.letter.status == "issued"
    page = client.get(detail).content.decode()
    assert item.letter.number in page and reverse("letters:verify", args=[item.letter.token]) in page


def test_the_api_drafts_and_signs(dik_item, user_named, letters_ready, client_for):
    item = dik_item()
    url = f"/api/v1/staff/ppid/dik/{item.pk}/"
    utama, pupr = client_for("ppid.utama"), client_for("ppid.pupr")
    assert utama.post(url + "decide/", {}, format="json").status_code == 400
    body = {"test_place": "Ruang Rapat", "participants": ["Drs. Ahmad Fauzi - PPID Utama"]}
    drafted = utama.post(url + "decide/", body, format="json")
    assert drafted.status_code == 200 and drafted.json()["status"] == "draft" and drafted.json()["letter_pending"]
    assert utama.get(url + "letter-draft/").status_code == 200
    assert pupr.post(url + "sign-letter/", {}, format="json").status_code == 403
    signed = utama.post(url + "sign-letter/", {}, format="json")
    assert signed.status_code == 200 and signed.json()["status"] == "in_force"
    item.refresh_from_db()
    assert signed.json()["letter"]["verification_url"] == reverse("letters:verify", args=[item.letter.token])
    public = client_for("ppid.pupr").get("/api/v1/ppid/dik/").json()
    rows = public["results"] if isinstance(public, dict) else public
    assert any(row["id"] == item.pk and row["letter"]["number"] == item.letter.number for row in rows)
