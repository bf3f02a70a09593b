"""PPID in Chromium: a PPID Pembantu drafts a DIP item, the PPID Utama publishes it, a guest finds it
by searching the public DIP; the public PPID pages pass axe-core."""

import pytest

from pintu.accounts.models import User
from pintu.agencies.models import Agency
from pintu.ppid.registers import services
from tests.browser.conftest import assert_accessible, login
from tests.factories.ppid import dik_fields, dip_fields

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Laporan realisasi anggaran Dinas PUPR semester I 2026"


def sign_out(page):
    page.get_by_role("button", name="Keluar").click()


def test_pembantu_drafts_utama_publishes_guest_finds(page, demo):
    login(page, "ppid.pupr")
    page.goto("/ppid/staf/")
    assert_accessible(page)
    page.get_by_role("link", name="Tambah informasi").click()
    page.get_by_label("Kategori", exact=True).select_option("berkala")
    page.get_by_label("Sub bagian", exact=True).fill("Ringkasan laporan keuangan")
    page.get_by_label("Judul informasi", exact=True).fill(TITLE)
    page.get_by_label("Ringkasan isi informasi", exact=True).fill("Realisasi belanja pemeliharaan jalan dan jembatan.")
    page.get_by_label("Pejabat/unit yang menguasai informasi", exact=True).fill("Sekretariat Dinas PUPR")
    page.get_by_label("Penanggung jawab pembuatan informasi", exact=True).fill("Kasubbag Keuangan")
    page.get_by_label("Waktu dan tempat pembuatan informasi", exact=True).fill("Juli 2026, Indralaya")
    page.get_by_label("Bentuk informasi", exact=True).select_option("both")
    page.get_by_label("Jangka waktu penyimpanan", exact=True).fill("5 tahun")
    assert_accessible(page)
    page.get_by_role("button", name="Simpan draf").click()
    assert page.get_by_text("Draf informasi disimpan").is_visible()
    assert page.get_by_role("heading", name=TITLE).is_visible()
    assert page.get_by_role("button", name="Umumkan informasi ini").count() == 0
    assert_accessible(page)
    sign_out(page)

    page.goto("/ppid/dip/?q=realisasi+anggaran")
    assert page.get_by_role("link", name=TITLE).count() == 0  # a draft is not public

    login(page, "ppid.utama")
    page.goto("/ppid/staf/?status=draft")
    page.get_by_role("link", name=TITLE).click()
    page.get_by_role("button", name="Umumkan informasi ini").click()
    assert page.get_by_text("Informasi diumumkan dan tampil di DIP publik").is_visible()
    sign_out(page)

    page.goto("/ppid/")
    page.get_by_role("link", name="Daftar Informasi Publik").first.click()
    page.get_by_label("Cari informasi").fill("realisasi anggaran jalan")
    page.get_by_role("button", name="Tampilkan").click()
    page.get_by_role("link", name=TITLE).click()
    assert page.get_by_role("heading", name=TITLE, level=1).is_visible()
    assert page.get_by_text("Sekretariat Dinas PUPR").is_visible()
    assert_accessible(page)


def test_public_ppid_pages_are_accessible(page, demo):
    utama = User.objects.get(username="ppid.utama")
    pupr = Agency.objects.get(code="PUPR")
    item = services.publish_dip_item(utama, services.draft_dip_item(utama, pupr, **dip_fields()))
    dik = services.draft_dik_item(utama, pupr, **dik_fields())
    services.seed_in_force(utama, dik, "Kepala Diskominfo, PPID Utama")
    for url in ["/ppid/", "/ppid/dip/", f"/ppid/dip/{item.pk}/", "/ppid/dik/", "/ppid/layanan/", "/ppid/permohonan/",
                "/ppid/keberatan/", "/ppid/sengketa/", "/ppid/aksesibilitas/"]:  # fmt: skip
        page.goto(url)
        assert page.locator("h1").count() == 1, url
        assert_accessible(page)
    page.goto("/ppid/")
    assert page.get_by_role("heading", name="PPID Pemerintah Kabupaten Ogan Ilir").is_visible()
    assert page.get_by_role("cell", name="PPID Utama Ogan Ilir").is_visible()


def test_dik_form_and_import_page_are_accessible(page, demo):
    login(page, "ppid.pupr")
    page.goto("/ppid/staf/dik/baru/")
    page.get_by_role("button", name="Simpan draf").click()  # empty: the error summary links each field
    assert page.get_by_role("link", name="Uraikan konsekuensi bila informasi dibuka (uji konsekuensi).").is_visible()
    assert_accessible(page)
    page.get_by_label("Informasi yang dikecualikan", exact=True).fill("Data pribadi penerima bantuan rumah")
    page.get_by_label("Dokumen yang memuat informasi", exact=True).fill("Daftar penerima bantuan 2026")
    page.get_by_label("Dasar hukum (Pasal 17 UU 14/2008)", exact=True).select_option("h")
    page.get_by_label("Konsekuensi bila informasi dibuka", exact=True).fill("Mengungkap rahasia pribadi warga.")
    page.get_by_label("Pertimbangan kepentingan publik", exact=True).fill("Privasi penerima lebih berat.")
    page.get_by_label("Dikecualikan sampai", exact=True).fill("2099-12-31")
    page.get_by_role("button", name="Simpan draf").click()
    assert page.get_by_role("heading", name="Daftar penerima bantuan 2026").is_visible()
    assert_accessible(page)
    page.goto("/ppid/staf/dip/impor/")
    assert_accessible(page)


def test_serta_merta_fieldset_follows_the_category(page, demo):
    login(page, "ppid.pupr")
    page.goto("/ppid/staf/dip/baru/")
    announcement = page.get_by_role("group", name="Pengumuman serta merta")
    assert announcement.is_hidden()  # no category yet: shown_by.js hides what only serta merta needs
    page.get_by_label("Kategori", exact=True).select_option("serta_merta")
    assert announcement.is_visible() and page.get_by_label("Serta merta: ancaman atau bahaya").is_visible()
    assert_accessible(page)
    page.get_by_label("Kategori", exact=True).select_option("berkala")
    assert announcement.is_hidden()
    page.get_by_role("button", name="Simpan draf").click()  # the title is missing: the summary names it
    page.locator(".error-summary").get_by_role("link", name="Judul informasi: Judul informasi wajib diisi.").click()
    assert page.evaluate("document.activeElement.id") == "id_title"
    assert announcement.is_hidden()  # the page came back with berkala chosen
