"""The system admin configures the region's letters with a preview; the demo loader fills Ogan Ilir's."""

import pytest
from django.urls import reverse
from django.utils.html import escape

from pintu.letters.demo import load_letter_demo
from pintu.letters.kinds import all_kinds
from pintu.letters.models import KindSetting, Letterhead, NumberingScheme, Signatory
from pintu.letters.nip import problems
from pintu.privacy.hints import NIK_HINT
from tests.letters.pdfinspect import text


def test_the_demo_loader_is_idempotent_and_names_the_officials(letters_demo, letters_settings):
    counts = (Letterhead.objects.count(), NumberingScheme.objects.count(), Signatory.objects.count())
    load_letter_demo()
    assert (Letterhead.objects.count(), NumberingScheme.objects.count(), Signatory.objects.count()) == counts
    utama = Signatory.objects.get(role="ppid_utama")
    assert utama.user.username == "ppid.utama" and "Kepala Dinas Komunikasi dan Informatika" in utama.post
    atasan = Signatory.objects.get(role="atasan_ppid")
    assert atasan.user.username == "atasan.ppid" and atasan.post.startswith("Sekretaris Daerah")
    assert all(problems(s.nip) == [] for s in Signatory.objects.all())
    assert Letterhead.objects.filter(agency__isnull=True).count() == 1
    assert all(head.crest for head in Letterhead.objects.all())
    assert KindSetting.objects.count() == len(all_kinds())
    for signatory in Signatory.objects.all():
        assert (letters_settings.PINTU_LETTERS_CERT_DIR / f"{signatory.certificate}.p12").is_file()


@pytest.mark.parametrize("kind", [kind.key for kind in all_kinds()])
def test_the_admin_previews_each_kind_with_the_regions_kop(client, letters_demo, user_named, kind):
    client.force_login(user_named("sysadmin"))
    setting = KindSetting.objects.get(kind=kind)
    response = client.get(reverse("admin:letters_kindsetting_preview", args=[setting.pk, kind]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    content = text(response.content)
    assert "PEMERINTAH KABUPATEN OGAN ILIR" in content and "CONTOH" in content
    assert "Nomor" in content and "Yth." in content


def test_a_kop_preview_and_the_admin_pages(client, letters_demo, user_named):
    client.force_login(user_named("sysadmin"))
    head = Letterhead.objects.get(agency__code="PUPR")
    response = client.get(reverse("admin:letters_letterhead_preview", args=[head.pk, "pemberitahuan_tertulis"]))
    assert "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG" in text(response.content)
    for name in ("letterhead", "numberingscheme", "kindsetting", "signatory", "delegation", "letter"):
        assert client.get(reverse(f"admin:letters_{name}_changelist")).status_code == 200, name
    assert client.get(reverse("admin:letters_letterhead_change", args=[head.pk])).status_code == 200


def test_the_signers_nik_field_shows_the_nik_hint_of_every_other_nik_field(client, letters_demo, user_named):
    """Stranger check: the BSrE signing id (the signer's NIK) kept an old help text of its own."""
    assert str(NIK_HINT) in str(Signatory._meta.get_field("signing_id").help_text)
    client.force_login(user_named("sysadmin"))
    signatory = Signatory.objects.first()
    page = client.get(reverse("admin:letters_signatory_change", args=[signatory.pk])).content.decode()
    assert escape(str(NIK_HINT)) in page


def test_the_admin_refuses_an_unusable_numbering_pattern(client, letters_demo, user_named):
    client.force_login(user_named("sysadmin"))
    response = client.post(reverse("admin:letters_numberingscheme_add"), {
        "name": "Tanpa tahun", "pattern": "{kode}/{nomor}", "classification_code": "000", "serial_width": 3,
    })  # fmt: skip
    assert response.status_code == 200 and "{tahun}" in response.content.decode()
    assert not NumberingScheme.objects.filter(name="Tanpa tahun").exists()


def test_officers_without_admin_rights_get_no_preview(client, letters_demo, user_named):
    client.force_login(user_named("ppid.pupr"))
    setting = KindSetting.objects.get(kind="pemberitahuan_tertulis")
    response = client.get(reverse("admin:letters_kindsetting_preview", args=[setting.pk, setting.kind]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
