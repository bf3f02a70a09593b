"""Issue #16 items 1, 2 and 3 in Chromium, on a phone (390x844) and a desktop (1280x800):

- a newcomer goes from the home page's "Minta informasi publik" card through the start page and the form to
  a registration number; every page fits and passes axe-core; the receipt is read and e-mailed;
- a guest reports through the wizard; the confirmation page fits the screen and passes axe-core (every
  impact, not only serious ones); its PDF receipt is downloaded and read (code, secret marked private,
  deadlines, tracking address); "Kirim tanda terima ke ..." e-mails the same receipt;
- a requester types a PPID registration number into the one "Lacak" box and lands on the request; from a
  decided request files an objection; the objection page fits and passes axe-core; its PDF receipt is read
  and sent by e-mail; the objection number with the request's secret in the "Lacak" box opens that page.
"""

import datetime
import io
import re
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone
from PIL import Image

from pintu.agencies.models import Agency
from pintu.complaints.models import Report
from pintu.ppid.objections.models import Objection
from tests.browser.conftest import assert_accessible
from tests.factories import complaints as factories
from tests.factories.ppid import SECRET, at, make_request
from tests.letters.pdfinspect import text as pdf_text

pytestmark = pytest.mark.django_db(transaction=True)

PHONE, DESKTOP = {"width": 390, "height": 844}, {"width": 1280, "height": 800}
EVERY_IMPACT = ("minor", "moderate", "serious", "critical")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def patient(page):
    page.set_default_timeout(30_000)


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (120, 90), (90, 90, 90)).save(buffer, "PNG")
    return buffer.getvalue()


def fits_and_passes(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url}: {width} px wide"
    assert_accessible(page, impacts=EVERY_IMPACT)


def downloaded_text(page, link_name: str) -> str:
    with page.expect_download() as download:
        page.get_by_role("link", name=link_name).click()
    return pdf_text(Path(download.value.path()).read_bytes())


def lacak(page, code: str, secret: str) -> None:
    page.goto("/lacak/")
    page.get_by_label("Kode lacak, nomor pendaftaran, atau nomor keberatan").fill(code)
    page.get_by_label("Kode rahasia").fill(secret)
    page.get_by_role("button", name="Lacak").click()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_complaint_confirmation_gives_a_pdf_receipt_and_emails_it(page, demo, viewport):
    page.set_viewport_size(viewport)
    kecamatan = factories.kecamatan()
    page.goto("/lapor/apa/")
    page.get_by_label("Pengaduan").check()
    page.fill("#id_title", "Lampu jalan mati di depan masjid")
    page.fill("#id_text", "Lampu penerangan jalan di depan masjid raya mati sejak dua minggu.")
    page.get_by_role("button", name="Lanjutkan").click()
    page.wait_for_url(re.compile(r"/lapor/lokasi/"))
    page.select_option("#id_kecamatan", label=kecamatan.name)
    page.get_by_role("button", name="Lanjutkan").click()
    page.wait_for_url(re.compile(r"/lapor/(serupa|kirim)/"))
    if "/serupa/" in page.url:
        page.get_by_role("link", name="Lanjutkan laporan saya").click()
    page.fill("#id_name", "Rina")
    page.fill("#id_email", "rina@example.com")
    page.get_by_role("button", name="Kirim laporan").click()
    page.wait_for_url(re.compile(r"/lapor/terkirim/"))
    fits_and_passes(page)
    code = page.locator("#tracking-code").inner_text().strip()
    secret = page.locator("#secret-code").inner_text().strip()

    receipt = downloaded_text(page, "Unduh tanda terima (PDF)")
    assert "Tanda terima laporan" in receipt and code in receipt and secret in receipt and "RAHASIA" in receipt
    assert "hari kerja: paling lambat" in receipt and f"/lapor/lacak/?kode={code}" in receipt

    mail.outbox.clear()
    page.get_by_role("button", name=re.compile("Kirim tanda terima ke r")).click()
    assert page.get_by_text("Tanda terima sedang dikirim ke e-mail Anda").is_visible()
    fits_and_passes(page)
    (message,) = mail.outbox
    report = Report.objects.get(code=code)
    assert message.to == ["rina@example.com"] and report.code in message.subject
    assert secret in pdf_text(message.attachments[0][1])


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_ppid_number_in_the_one_box_then_an_objection_with_its_receipt(page, demo, viewport):
    page.set_viewport_size(viewport)
    decided_on = timezone.localdate() - datetime.timedelta(days=4)
    request = make_request(Agency.objects.get(code="PUPR"), received=at(decided_on - datetime.timedelta(days=10)),
                           decided=at(decided_on), due=decided_on, decision="granted_part", fee="250000",
                           email="siti@example.org")  # fmt: skip

    # the one "Lacak" box takes the registration number (not "kode salah") and opens the request
    lacak(page, request.number, SECRET.lower())
    page.wait_for_url(re.compile(r"/ppid/permohonan/lacak/"))
    assert page.get_by_text(request.number).first.is_visible()
    fits_and_passes(page)

    # the objection, filed from the request, and its page
    page.goto(f"/ppid/keberatan/ajukan/{request.slug}/")
    fits_and_passes(page)
    page.get_by_label("f. pengenaan biaya yang tidak wajar").check()
    page.get_by_label("Kasus posisi").fill("Biaya Rp250.000 untuk salinan elektronik tidak wajar; softcopy gratis.")
    page.get_by_role("button", name="Kirim keberatan").click()
    objection = Objection.objects.get()
    assert page.get_by_text(f"Keberatan Anda tercatat dengan nomor {objection.number}").is_visible()
    fits_and_passes(page)

    receipt = downloaded_text(page, "Unduh tanda terima (PDF)")
    assert "Tanda terima keberatan" in receipt and objection.number in receipt and request.number in receipt
    assert "hari kerja: paling lambat" in receipt

    mail.outbox.clear()
    page.get_by_role("button", name=re.compile("Kirim tanda terima ke s")).click()
    assert page.get_by_text("Tanda terima sedang dikirim ke e-mail Anda").is_visible()
    (message,) = mail.outbox
    assert message.to == ["siti@example.org"] and objection.number in pdf_text(message.attachments[0][1])

    # a fresh visit: the objection number with the request's secret in the same box opens the objection
    page.context.clear_cookies()
    lacak(page, objection.number, SECRET)
    page.wait_for_url(re.compile(rf"/ppid/keberatan/{objection.pk}/"))
    fits_and_passes(page)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_from_the_home_page_to_a_registration_number_and_its_receipt(page, demo, viewport):
    page.set_viewport_size(viewport)
    page.goto("/")
    page.get_by_role("link", name="Minta informasi publik").click()
    assert page.get_by_role("heading", name="Minta informasi publik", exact=True).is_visible()
    fits_and_passes(page)
    page.get_by_role("link", name="Mulai", exact=True).click()
    page.wait_for_url(re.compile(r"/ppid/permohonan/ajukan/"))
    fits_and_passes(page)
    page.get_by_label("Nama lengkap (atau nama badan hukum/kelompok)").fill("Siti Aminah")
    page.get_by_label("Nomor telepon/HP").fill("081234567890")
    page.get_by_label("E-mail").fill("siti@example.org")
    page.get_by_label("Foto/pindaian KTP atau SK pengesahan badan hukum").set_input_files(
        {"name": "ktp.png", "mimeType": "image/png", "buffer": png()}
    )
    page.get_by_label("Rincian informasi yang dibutuhkan").fill("Daftar paket pekerjaan jalan tahun 2026 dan nilainya.")
    page.get_by_label("Tujuan penggunaan informasi").fill("Pemantauan pembangunan oleh kelompok warga.")
    page.locator("input[name=obtain_method]").first.check()
    page.get_by_role("button", name="Kirim permohonan").click()
    page.wait_for_url(re.compile(r"/ppid/permohonan/terkirim/"))
    fits_and_passes(page)
    number = page.locator("#request-number").inner_text().strip()
    secret = page.locator("#secret-code").inner_text().strip()
    assert re.fullmatch(r"PPID/\d{4}/\d{6}", number)

    receipt = downloaded_text(page, "Unduh tanda terima (PDF)")
    assert "Tanda terima permohonan informasi publik" in receipt and number in receipt and secret in receipt
    assert "10 hari kerja: paling lambat" in receipt

    mail.outbox.clear()
    page.get_by_role("button", name=re.compile("Kirim tanda terima ke s")).click()
    assert page.get_by_text("Tanda terima sedang dikirim ke e-mail Anda").is_visible()
    fits_and_passes(page)
    (message,) = mail.outbox
    assert message.to == ["siti@example.org"] and secret in pdf_text(message.attachments[0][1])
