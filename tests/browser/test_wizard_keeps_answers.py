"""The complaint wizard keeps what was typed (issue #16 item 7), on a phone and on a desktop, in Chromium:
a validation error keeps every answer and every file that passed and shows every file error at once;
"Ubah" from the check-answers list keeps the last step's answers (privacy, contact, NIK) and its files;
Enter in a field still sends the report."""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from pintu.complaints.models import Attachment, Report
from pintu.web.models import DraftUpload
from tests.browser.conftest import assert_accessible
from tests.factories import complaints as factories

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Lampu jalan padam di simpang Tanjung Raja"
NEW_TITLE = "Lampu jalan padam di simpang empat Tanjung Raja"
TEXT = "Lampu penerangan jalan di simpang empat padam sejak dua minggu, jalan gelap dan rawan kecelakaan."
NIK = "1610014101900001"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
ANSWERS_JS = """() => Array.from(document.querySelectorAll(
    '#lapor-finish input, #lapor-finish select, #lapor-finish textarea'))
  .filter(e => !['hidden', 'file', 'submit'].includes(e.type) && !['website', 'hapus_lampiran'].includes(e.name))
  .map(e => [e.name, e.value, ['checkbox', 'radio'].includes(e.type) ? e.checked : null])"""


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def _png() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (120, 90), (90, 90, 90)).save(buf, "PNG")
    return buf.getvalue()


def _no_wider_than_the_screen(page, viewport) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


def _steps_one_and_two(page, kecamatan) -> None:
    page.goto("/lapor/apa/")
    page.get_by_label("Pengaduan").check()
    page.fill("#id_title", TITLE)
    page.fill("#id_text", TEXT)
    page.get_by_role("button", name="Lanjutkan").click()
    page.wait_for_url(re.compile(r"/lapor/lokasi/"))
    page.select_option("#id_kecamatan", label=kecamatan.name)
    page.get_by_role("button", name="Lanjutkan").click()
    page.wait_for_url(re.compile(r"/lapor/(serupa|kirim)/"))
    if "/serupa/" in page.url:
        page.get_by_role("link", name="Lanjutkan laporan saya").click()
    page.wait_for_url(re.compile(r"/lapor/kirim/"))


def _choose_rahasia(page) -> None:
    """The private choice, whether the step asks it with radios or with checkboxes (anonim, rahasia)."""
    page.locator("#lapor-finish input[value=rahasia], #lapor-finish input[name=rahasia]").first.check()


@pytest.mark.parametrize("viewport", VIEWPORTS.values(), ids=VIEWPORTS.keys())
def test_an_error_and_ubah_keep_every_answer_and_file(page, demo, media, viewport):
    page.set_viewport_size(viewport)
    kecamatan = factories.kecamatan()
    _steps_one_and_two(page, kecamatan)

    # the last step's fields: what is required is marked, the phone is a phone field, the NIK hint says the rule
    expect(page.locator("#id_phone")).to_have_attribute("type", "tel")
    expect(page.locator("#id_phone")).to_have_attribute("autocomplete", "tel")
    expect(page.locator("#id_nik-hint")).to_contain_text("16 angka")

    # a mistake in the phone number, a good photo and two files that cannot be accepted
    page.set_input_files("#id_files", [
        {"name": "lampu.png", "mimeType": "image/png", "buffer": _png()},
        {"name": "gambar.svg", "mimeType": "image/svg+xml", "buffer": SVG},
        {"name": "kosong.png", "mimeType": "image/png", "buffer": b""},
    ])  # fmt: skip
    _choose_rahasia(page)
    page.fill("#id_name", "Siti Aminah")
    page.fill("#id_email", "siti@example.com")
    page.fill("#id_phone", "12345")
    page.fill("#id_nik", NIK)
    typed = page.evaluate(ANSWERS_JS)
    page.get_by_role("button", name="Kirim laporan").click()

    # every error at once; every answer still there; the photo kept
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Nomor telepon tidak sah.")
    expect(page.locator(".field-error")).to_contain_text(["gambar.svg bukan jenis yang diterima"])
    expect(page.get_by_text("Berkas kosong.png kosong.").first).to_be_visible()
    assert page.evaluate(ANSWERS_JS) == typed
    expect(page.locator(".kept-files")).to_contain_text("lampu.png")
    _no_wider_than_the_screen(page, viewport)
    assert_accessible(page)

    # the phone fixed, then "Ubah" on the first step: the title changes, the last step is as it was
    page.fill("#id_phone", "0812 3456 7890")
    typed = page.evaluate(ANSWERS_JS)
    page.get_by_role("button", name="Ubah jenis, kategori, judul, dan isi").click()
    page.wait_for_url(re.compile(r"/lapor/apa/\?kembali=1"))
    assert page.input_value("#id_title") == TITLE
    page.fill("#id_title", NEW_TITLE)
    page.get_by_role("button", name="Lanjutkan").click()
    page.wait_for_url(re.compile(r"/lapor/kirim/"))
    expect(page.locator(".summary-answers")).to_contain_text(NEW_TITLE)
    assert page.evaluate(ANSWERS_JS) == typed
    expect(page.locator(".kept-files")).to_contain_text("lampu.png")

    # "Ubah" on the location, back unchanged
    page.get_by_role("button", name="Ubah lokasi dan tanggal").click()
    page.wait_for_url(re.compile(r"/lapor/lokasi/\?kembali=1"))
    page.get_by_role("button", name="Lanjutkan").click()
    page.wait_for_url(re.compile(r"/lapor/kirim/"))
    assert page.evaluate(ANSWERS_JS) == typed
    _no_wider_than_the_screen(page, viewport)
    assert_accessible(page)

    # Enter in a field sends the report (not an "Ubah" button), with the kept photo
    page.locator("#id_name").press("Enter")
    page.wait_for_url(re.compile(r"/lapor/terkirim/"))
    report = Report.objects.get()
    assert report.title == NEW_TITLE and report.rahasia
    assert [a.original_name for a in Attachment.objects.filter(report=report)] == ["lampu.png"]
    assert not DraftUpload.objects.exists()


def test_the_ppid_request_form_keeps_its_identity_file_across_an_error(page, demo, media):
    from pintu.ppid.requests.models import InformationRequest, RequesterIdentity

    page.goto("/ppid/permohonan/ajukan/")
    expect(page.locator("#id_phone")).to_have_attribute("type", "tel")
    expect(page.locator("label[for=id_information] + .required-mark")).to_have_text("(wajib)")
    page.get_by_label("Nama lengkap (atau nama badan hukum/kelompok)").fill("Siti Aminah")
    page.get_by_label("Nomor telepon/HP").fill("081234567890")
    page.get_by_label("E-mail").fill("siti@example.org")
    page.get_by_label("Foto/pindaian KTP atau SK pengesahan badan hukum").set_input_files(
        {"name": "ktp.png", "mimeType": "image/png", "buffer": _png()}
    )
    page.get_by_role("button", name="Kirim permohonan").click()  # the information and purpose are missing

    expect(page.locator(".error-summary")).to_contain_text("Tuliskan tujuan penggunaan informasi.")
    expect(page.locator(".kept-files")).to_contain_text("ktp.png")
    assert page.input_value("#id_name") == "Siti Aminah"
    _no_wider_than_the_screen(page, VIEWPORTS["phone"])
    assert_accessible(page)
    page.get_by_label("Rincian informasi yang dibutuhkan").fill("Daftar paket pekerjaan jalan tahun 2026 dan nilainya.")
    page.get_by_label("Tujuan penggunaan informasi").fill("Pemantauan pembangunan oleh kelompok warga.")
    page.locator("input[name=obtain_method]").first.check()
    page.get_by_role("button", name="Kirim permohonan").click()
    page.wait_for_url(re.compile(r"/ppid/permohonan/terkirim/"))
    identity = RequesterIdentity.objects.get(request=InformationRequest.objects.get())
    assert identity.identity_file_name == "ktp.png"
