"""The breach notice letter (pemberitahuan_kegagalan_pdp) drafted from the breach register and signed."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from pintu.history.models import Event
from pintu.letters.models import Letter, Status
from pintu.letters.signing.validation import check_pdf
from pintu.mydata import breaches
from tests.letters.pdfinspect import text

pytestmark = pytest.mark.django_db


@pytest.fixture
def breach(letters_demo, user_named):
    return breaches.record_breach(
        user=user_named("sysadmin"),
        title="Ekspor register terkirim ke alamat yang salah",
        discovered_at=timezone.now() - datetime.timedelta(hours=5),
        occurred_at=timezone.now() - datetime.timedelta(hours=20),
        description="Berkas ekspor register permohonan terkirim lewat e-mail ke penerima yang salah.",
        data_affected="Nama, e-mail dan nomor telepon pemohon informasi.",
        subjects_affected="32 pemohon informasi tahun 2026",
        subjects_count=32,
        measures="Penerima menghapus berkas; ekspor tidak lagi dikirim lewat e-mail.",
    )


def test_the_system_admin_drafts_and_the_ppid_utama_signs_the_notice(client, breach, user_named, trust_roots):
    client.force_login(user_named("sysadmin"))
    url = reverse("mydata:breach_detail", args=[breach.pk])
    response = client.post(url, {"action": "letter", "recipient": "lembaga", "salutation": "jabatan",
                                 "name": "Kepala Lembaga Pelindungan Data Pribadi", "city": "Jakarta"})  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:3000]
    letter = Letter.objects.get(case_type="pdp_breach", case_id=breach.pk)
    assert letter.kind == "pemberitahuan_kegagalan_pdp" and letter.status == Status.DRAFT
    assert letter.case_reference == breach.number and letter.agency.code == "DISKOMINFO"
    draft = client.get(reverse("mydata:breach_letter", args=[breach.pk, letter.pk]))
    assert draft.status_code == 200 and draft["Content-Type"] == "application/pdf"
    # the system admin cannot sign it: the signing form is not offered, and a forged POST is refused
    assert 'value="sign"' not in client.get(url).content.decode()
    refused = client.post(url, {"action": "sign", "letter": letter.pk})
    assert refused.status_code == 403
    assert Letter.objects.get(pk=letter.pk).status == Status.DRAFT

    client.force_login(user_named("ppid.utama"))
    assert 'value="sign"' in client.get(url).content.decode()
    assert client.post(url, {"action": "sign", "letter": letter.pk}).status_code == 302
    letter.refresh_from_db()
    assert letter.status == Status.ISSUED and letter.number
    pdf = client.get(reverse("mydata:breach_letter", args=[breach.pk, letter.pk])).content
    content = text(pdf)
    for expected in ("PEMBERITAHUAN KEGAGALAN PELINDUNGAN DATA PRIBADI", "Pasal 46 ayat (1) huruf b", breach.number,
                     "Data pribadi yang terungkap", "Upaya penanganan dan pemulihan", "32 pemohon informasi",
                     "Rahmawati"):  # fmt: skip
        assert expected in content, expected
    [check] = check_pdf(pdf, trust_roots)
    assert check.ok, check.summary
    kinds = list(breach_events(breach))
    assert "letter_drafted" in kinds and "letter_signed" in kinds


def breach_events(breach):
    return Event.objects.filter(case_type="pdp_breach", case_id=breach.pk).order_by("pk").values_list("kind", flat=True)


def test_a_letter_to_the_data_subjects_needs_what_happened(breach, user_named):
    breach_row = breaches.update_breach(breach, user=user_named("sysadmin"), measures="Berkas dihapus.")
    letter = breaches.draft_notice_letter(breach_row, user=user_named("sysadmin"), recipient="subjek",
                                          addressee={"name": "Siti Aminah", "salutation": "ibu"},
                                          advice="Waspadai telepon yang mengatasnamakan PPID.")  # fmt: skip
    assert letter.context["data"]["recipient"] == "subjek"
    assert letter.context["data"]["officer_email"] == "pdp@oganilirkab.go.id"
    with pytest.raises(ValidationError) as refused:
        breaches.draft_notice_letter(breach_row, user=user_named("sysadmin"), recipient="tetangga",
                                     addressee={"name": "Siti Aminah"})  # fmt: skip
    assert "recipient" in refused.value.message_dict
