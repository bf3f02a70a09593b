"""Information requests in Chromium: a guest files a request with a KTP photo, the PPID Utama assigns it
to PUPR, the PPID Pembantu PUPR extends it with a reason (a draft letter the PPID Utama approves and
signs) and decides "granted in part" citing a DIK entry, with a photocopy fee and its payment method (a
draft the PPID Pembantu cannot sign; the PPID Utama previews, approves and signs it), delivers a file;
the guest tracks the request and downloads the signed notice (with its verification address) and the file,
objects on ground (f); the Atasan PPID decides; the requester goes to the Komisi Informasi; the PPID
Utama records the dispute outcome. The public pages pass axe-core."""

import io
from pathlib import Path

import pytest
from PIL import Image

from pintu.accounts.models import User
from pintu.agencies.models import Agency
from pintu.ppid.objections.models import Objection
from pintu.ppid.registers.services import dik
from pintu.ppid.requests.models import InformationRequest
from tests.browser.conftest import assert_accessible, login
from tests.factories.letters import letters_ready
from tests.factories.ppid import dik_fields
from tests.letters.pdfinspect import text as pdf_text

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def png(color) -> dict:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), color).save(buffer, "PNG")
    return {"name": "ktp.png", "mimeType": "image/png", "buffer": buffer.getvalue()}


def open_action(page, title: str) -> None:
    """Unfold one action of the staff request page (each is a <details>; the only one may be open already)."""
    page.locator("details.action", has=page.locator("summary", has_text=title)).evaluate("d => { d.open = true; }")


def sign_out(page):
    page.get_by_role("button", name="Keluar").click()


def approve_and_sign(page, request_pk: int):
    """The PPID Utama opens the request, sees the draft's preview and approves and signs it."""
    login(page, "ppid.utama")
    page.goto(f"/ppid/staf/permohonan/{request_pk}/")
    assert page.get_by_role("heading", name="Draf surat menunggu persetujuan dan tanda tangan").is_visible()
    preview = page.request.get(page.get_by_role("link", name="Pratinjau draf surat (PDF)").get_attribute("href"))
    assert preview.ok and "DRAF" in pdf_text(preview.body())
    page.get_by_role("button", name="Setujui dan tandatangani").click()
    assert page.get_by_text("disetujui dan ditandatangani").is_visible()
    sign_out(page)


def test_request_filed_assigned_extended_decided_tracked_objected_disputed(page, browser, live_server, demo, settings,
                                                                           tmp_path):  # fmt: skip
    letters_ready(settings, tmp_path / "letters")
    exemption = dik.seed_in_force(
        User.objects.get(username="ppid.utama"),
        dik.draft_dik_item(User.objects.get(username="ppid.pupr"), Agency.objects.get(code="PUPR"),
                           **dik_fields(legal_basis="h", document="Lampiran identitas tenaga kerja penyedia")),
        "Kepala Diskominfo, PPID Utama",
    )  # fmt: skip
    # 1. a guest starts from the home page, reads the start page and files a request
    page.goto("/")
    page.get_by_role("link", name="Minta informasi publik").click()
    assert page.get_by_role("heading", name="Minta informasi publik", exact=True).is_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Mulai", exact=True).click()
    assert page.url.endswith("/ppid/permohonan/ajukan/")
    assert_accessible(page)
    page.get_by_label("Nama lengkap (atau nama badan hukum/kelompok)").fill("Siti Aminah")
    page.get_by_label("Alamat").fill("Jl. Lintas Timur No. 5, Indralaya")
    page.get_by_label("Pekerjaan").fill("Wiraswasta")
    page.get_by_label("Nomor telepon/HP").fill("081234567890")
    page.get_by_label("E-mail").fill("siti@example.org")
    page.get_by_label("Foto/pindaian KTP atau SK pengesahan badan hukum").set_input_files(png((200, 30, 30)))
    page.get_by_label("Rincian informasi yang dibutuhkan").fill(
        "Salinan kontrak paket pemeliharaan jalan Indralaya - Tanjung Raja tahun 2026."
    )
    page.get_by_label("Tujuan penggunaan informasi").fill("Pemantauan pembangunan oleh kelompok warga.")
    page.get_by_label("Mendapatkan salinan hardcopy", exact=True).check()
    page.get_by_label("Cara mendapatkan salinan informasi").select_option("pick_up")
    assert page.locator("[data-privacy-notice]").is_visible()  # issue #18: the notice informs; no consent tick
    assert page.locator("input[name=consent]").count() == 0
    page.get_by_role("button", name="Kirim permohonan").click()
    assert page.get_by_role("heading", name="Permohonan informasi terdaftar").is_visible()
    assert_accessible(page)
    number = page.locator("#request-number").inner_text().strip()
    secret = page.locator("#secret-code").inner_text().strip()
    with page.expect_download() as receipt_download:
        page.get_by_role("link", name="Unduh tanda terima (PDF)").click()
    receipt = pdf_text(Path(receipt_download.value.path()).read_bytes())
    assert number in receipt and secret in receipt and "10 hari kerja: paling lambat" in receipt
    request = InformationRequest.objects.get(number=number)
    page.context.clear_cookies()

    # 2. the PPID Utama assigns it to PUPR
    login(page, "ppid.utama")
    page.goto("/ppid/staf/permohonan/")
    page.get_by_role("link", name=number).click()
    open_action(page, "Tugaskan kepada PPID Pembantu")  # one action open at a time
    page.get_by_label("Instansi (PPID Pembantu)").select_option(str(Agency.objects.get(code="PUPR").pk))
    page.get_by_role("button", name="Tugaskan").click()
    assert page.get_by_text("Permohonan ditugaskan.").is_visible()
    sign_out(page)

    # 3. the PPID Pembantu PUPR extends, decides "granted in part" with a fee, delivers a file
    login(page, "ppid.pupr")
    page.goto(f"/ppid/staf/permohonan/{request.pk}/")
    open_action(page, "Perpanjang jangka waktu")
    page.get_by_label("Alasan perpanjangan").fill("Kontrak tersimpan di arsip bidang Bina Marga dan perlu dipilah.")
    page.get_by_role("button", name="Buat draf pemberitahuan perpanjangan").click()
    assert page.get_by_text("menunggu persetujuan serta tanda tangan").is_visible()
    assert page.get_by_role("button", name="Setujui dan tandatangani").count() == 0  # the Pembantu does not sign
    sign_out(page)
    approve_and_sign(page, request.pk)
    login(page, "ppid.pupr")
    page.goto(f"/ppid/staf/permohonan/{request.pk}/")
    open_action(page, "Putuskan: draf pemberitahuan tertulis")
    page.get_by_label("Diterima sebagian").check()
    page.get_by_label("Entri DIK yang berlaku (wajib untuk penolakan dan penerimaan sebagian)").select_option(
        str(exemption.pk)
    )
    page.get_by_label("Bagian yang dihitamkan dan alasannya").fill(
        "NIK dan nomor rekening penyedia (Pasal 17 huruf h)."
    )
    page.get_by_label("Bentuk informasi yang dikuasai").select_option("hard")
    page.get_by_label("Biaya (Rp)").fill("5000")
    page.get_by_label("Rincian biaya").fill("Fotokopi 25 lembar")
    page.get_by_label("Cara pembayaran").fill("Tunai di loket PPID Dinas PUPR")
    page.get_by_label("Waktu penyediaan informasi").fill("Dapat diambil 2 hari kerja sesudah pemberitahuan")
    page.get_by_role("button", name="Buat draf pemberitahuan").click()
    assert page.get_by_text("menunggu persetujuan serta tanda tangan").is_visible()
    sign_out(page)
    approve_and_sign(page, request.pk)
    login(page, "ppid.pupr")
    page.goto(f"/ppid/staf/permohonan/{request.pk}/")
    delivered = png((30, 120, 30)) | {"name": "kontrak-dihitamkan.png"}
    open_action(page, "Serahkan informasi")
    page.get_by_label("Berkas informasi").set_input_files(delivered)
    page.get_by_label("Catatan penyerahan").fill("Salinan cetak diambil di loket; salinan pindaian terlampir.")
    page.get_by_role("button", name="Serahkan").click()
    assert page.get_by_text("Informasi diserahkan kepada pemohon.").is_visible()
    sign_out(page)

    # 4. the requester tracks it and downloads the notice and the file
    page.context.clear_cookies()
    page.goto("/")  # the one tracking box on the home page takes the PPID number
    page.get_by_label("Kode lacak atau nomor").fill(number.lower())
    page.get_by_label("Kode rahasia").fill(secret)
    page.get_by_role("button", name="Lacak").click()
    assert page.get_by_role("heading", name=f"Permohonan informasi {number}").is_visible()
    assert page.get_by_text("Diterima sebagian").first.is_visible()
    assert page.get_by_text("Jangka waktu diperpanjang").is_visible()
    assert_accessible(page)
    with page.expect_download() as notice_download:
        page.get_by_role("link", name="Unduh surat pemberitahuan bertanda tangan (PDF)").click()
    notice = pdf_text(Path(notice_download.value.path()).read_bytes())
    assert "Tunai di loket PPID Dinas PUPR" in notice and "NIP." in notice
    verify = page.locator("a[href^='/verifikasi/']").first.get_attribute("href")
    assert verify in notice
    response = page.request.get(page.get_by_role("link", name="kontrak-dihitamkan.png").get_attribute("href"))
    assert response.ok and response.body().startswith(b"\x89PNG")

    # 5. the requester objects on ground (f), from the tracking page
    page.get_by_role("link", name="Ajukan keberatan").click()
    page.get_by_label("f. pengenaan biaya yang tidak wajar").check()
    page.get_by_label("Kasus posisi").fill("Rp5.000 untuk 25 lembar melebihi biaya fotokopi yang wajar.")
    page.get_by_role("button", name="Kirim keberatan").click()
    objection = Objection.objects.get(request=request)
    assert page.get_by_text(f"Keberatan Anda tercatat dengan nomor {objection.number}").is_visible()
    assert_accessible(page)
    objection_url = page.url

    # 6. the Atasan PPID decides (a second browser: the requester keeps their session)
    staff = browser.new_context(base_url=live_server.url, locale="id-ID", bypass_csp=True)
    staff.set_default_timeout(10_000)
    officer = staff.new_page()
    login(officer, "atasan.ppid")
    officer.goto(f"/ppid/staf/keberatan/{objection.pk}/")
    officer.get_by_label("Keberatan ditolak").check()
    officer.get_by_label("Isi tanggapan dan pertimbangan").fill("Biaya sesuai standar biaya salinan daerah.")
    officer.get_by_role("button", name="Simpan tanggapan").click()
    assert officer.get_by_text("Draf surat tanggapan disimpan").is_visible()  # a draft letter: then signed
    officer.get_by_role("button", name="Setujui dan tandatangani").click()
    assert officer.get_by_text("disetujui dan ditandatangani").is_visible()
    sign_out(officer)

    # 7. the requester goes to the Komisi Informasi
    page.goto(objection_url)
    page.get_by_label("Mengajukan sengketa ke Komisi Informasi").check()
    page.get_by_role("button", name="Simpan sikap saya").click()
    assert page.get_by_text("Diajukan ke Komisi Informasi").first.is_visible()

    # 8. the PPID Utama records the dispute and its outcome
    login(officer, "ppid.utama")
    officer.goto(f"/ppid/staf/keberatan/{objection.pk}/")
    officer.get_by_label("Nomor register Komisi Informasi").fill("030/REG-PSI/XII/2026")
    officer.get_by_role("button", name="Catat sengketa").click()
    officer.get_by_label("Tahap", exact=True).select_option("mediation")
    officer.get_by_role("button", name="Catat tahap").click()
    officer.get_by_label("Tahap", exact=True).select_option("agreement")
    officer.get_by_label("Keterangan (isi kesepakatan atau putusan)").fill("Biaya diturunkan menjadi Rp2.500.")
    officer.get_by_role("button", name="Catat tahap").click()
    assert officer.get_by_text("Mediasi: tercapai kesepakatan").is_visible()
    staff.close()
    objection.refresh_from_db()
    assert objection.dispute.outcome == "mediation_agreement"
