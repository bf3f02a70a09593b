"""The DIP entry form (and the DIK one where they share it): the serta-merta announcement only for serta merta,
the required fields marked, the message after saving fitting who saved."""

import pytest
from django.urls import reverse

from pintu.ppid.registers.models import DipItem
from tests.factories.ppid import SERTA_MERTA_STATEMENTS, dik_fields, dip_fields

pytestmark = pytest.mark.django_db
CREATE = "ppid:staff_dip_create"


def _post(client, agency, **overrides):
    return client.post(reverse(CREATE), {"agency": agency("PUPR").pk, **dip_fields(**overrides)}, follow=True)


def test_announcement_is_one_fieldset_that_says_when_it_applies(client, user_named):
    client.force_login(user_named("ppid.pupr"))
    html = client.get(reverse(CREATE)).content.decode()
    fieldset = html.split('<fieldset class="fieldset" id="serta-merta"', 1)[1].split("</fieldset>", 1)[0]
    assert 'data-shown-by="id_category" data-shown-value="serta_merta"' in fieldset  # shown_by.js hides it
    assert "Hanya untuk kategori serta merta" in fieldset
    for name in (*SERTA_MERTA_STATEMENTS, "in_force_until"):
        assert f'name="{name}"' in fieldset and html.count(f'name="{name}"') == 1, name
    assert 'name="title"' not in fieldset


def test_announcement_typed_for_another_category_is_not_kept(client, user_named, agency):
    client.force_login(user_named("ppid.pupr"))
    response = _post(client, agency, category="berkala", in_force_until="31/31/2026", **SERTA_MERTA_STATEMENTS)
    assert response.status_code == 200 and response.redirect_chain
    item = DipItem.objects.get()
    assert [getattr(item, name) for name in SERTA_MERTA_STATEMENTS] == [""] * 5 and item.in_force_until is None


def test_serta_merta_needs_its_statements_on_the_form(client, user_named, agency):
    client.force_login(user_named("ppid.pupr"))
    response = _post(client, agency, category="serta_merta", hazard="Banjir.", evacuation=" ", get_help="")
    html = response.content.decode()
    assert not response.redirect_chain and DipItem.objects.count() == 0
    wrong = "Serta merta: cara mendapatkan bantuan: Wajib diisi untuk informasi serta merta."
    assert f'<a href="#id_get_help">{wrong}</a>' in html
    assert 'href="#id_evacuation"' in html and 'href="#id_hazard"' not in html
    response = _post(client, agency, category="serta_merta", title="", hazard="")
    assert "Judul informasi: Judul informasi wajib diisi." in response.content.decode()  # with the others at once
    response = _post(client, agency, category="serta_merta")  # the factory fills the five for serta merta
    assert response.redirect_chain and DipItem.objects.get().hazard == SERTA_MERTA_STATEMENTS["hazard"]


def test_an_empty_form_names_every_missing_field_at_once(client, user_named):
    """Stranger check 2026-12-07: the empty form named only the agency; Kategori and Judul came a round later."""
    client.force_login(user_named("ppid.utama"))
    empty = dict.fromkeys(dip_fields(), "") | {"agency": ""}  # what the browser sends for an untouched form
    html = client.post(reverse(CREATE), empty).content.decode()
    summary = html.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    for field in ("agency", "category", "title"):
        assert f'href="#id_{field}"' in summary, field
    assert DipItem.objects.count() == 0


def test_changing_the_category_away_from_serta_merta_clears_the_announcement(client, user_named, draft_item):
    item = draft_item(category="serta_merta")
    client.force_login(user_named("ppid.pupr"))
    fields = {**dip_fields(category="berkala"), **SERTA_MERTA_STATEMENTS, "number": item.number}
    response = client.post(reverse("ppid:staff_dip_edit", args=[item.pk]), fields)
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.category == "berkala" and item.hazard == "" and item.get_help == ""


def test_required_fields_are_marked(client, user_named):
    client.force_login(user_named("ppid.pupr"))
    html = client.get(reverse(CREATE)).content.decode()
    for label in ("Instansi pemilik", "Kategori", "Judul informasi"):
        assert f'{label}</label> <span class="required-mark" aria-hidden="true">(wajib)</span>' in html, label
    assert '<input type="text" name="title" required' in html and '<select name="category" required' in html
    assert "Ringkasan isi informasi</label> <span" not in html  # needed to publish, not to save a draft


@pytest.mark.parametrize(("username", "said", "not_said"), [
    ("ppid.pupr", "PPID Utama akan memeriksa dan mengumumkannya", "belum tampil di DIP publik"),
    ("ppid.utama", "belum tampil di DIP publik. Umumkan dari halaman ini", "PPID Utama akan memeriksa"),
])  # fmt: skip
def test_message_after_a_new_draft_fits_who_saved_it(client, user_named, agency, username, said, not_said):
    client.force_login(user_named(username))
    form = client.get(reverse(CREATE)).content.decode()
    assert ("PPID Utama memeriksa lalu mengumumkannya" in form) == (username == "ppid.pupr")
    html = _post(client, agency).content.decode()
    assert said in html and not_said not in html


def test_utama_is_told_an_edit_of_a_published_item_is_public_at_once(client, user_named, published_item):
    item = published_item()
    client.force_login(user_named("ppid.utama"))
    fields = {**dip_fields(title="Rencana kerja yang diperbaiki"), "number": item.number}
    html = client.post(reverse("ppid:staff_dip_edit", args=[item.pk]), fields, follow=True).content.decode()
    assert "Perubahan disimpan dan langsung tampil di DIP publik." in html


def test_dik_draft_message_fits_the_utama(client, user_named, agency):
    client.force_login(user_named("ppid.utama"))
    data = {"agency": agency("PUPR").pk, **dik_fields()}
    html = client.post(reverse("ppid:staff_dik_create"), data, follow=True).content.decode()
    assert "Buat surat penetapannya dari halaman ini" in html and "PPID Utama akan menetapkannya" not in html
