"""Objection in Chromium: a request granted in part with a fee; the requester proves it on the tracking
page and files an objection on ground (f); the Atasan PPID decides on the staff page (a draft letter the
requester does not see), previews it, approves and signs it; the requester downloads the signed answer,
opens its verification page and takes it to the Komisi Informasi; the PPID Utama records the dispute and
its mediation agreement. The public pages pass axe-core."""

import datetime

import pytest
from django.utils import timezone

from pintu.agencies.models import Agency
from pintu.ppid.objections.models import Objection
from tests.browser.conftest import assert_accessible, login
from tests.factories.letters import letters_ready
from tests.factories.ppid import SECRET, at, make_request

pytestmark = pytest.mark.django_db(transaction=True)


def sign_out(page):
    page.get_by_role("button", name="Keluar").click()


def test_objection_from_filing_to_mediation_agreement(page, browser, live_server, demo, settings, tmp_path):
    letters_ready(settings, tmp_path / "letters")
    decided_on = timezone.localdate() - datetime.timedelta(days=4)
    request = make_request(Agency.objects.get(code="PUPR"), received=at(decided_on - datetime.timedelta(days=10)),
                           decided=at(decided_on), due=decided_on, decision="granted_part", fee="250000")  # fmt: skip

    # the requester proves the request on its tracking page, then files the objection
    page.goto("/ppid/permohonan/lacak/")
    page.get_by_label("Nomor pendaftaran").fill(request.number)
    page.get_by_label("Kode rahasia").fill(SECRET)
    page.get_by_role("button", name="Lacak").click()
    page.goto(f"/ppid/keberatan/ajukan/{request.slug}/")
    assert page.get_by_label("Kode rahasia permohonan").count() == 0  # proved in this session already
    assert_accessible(page)
    page.get_by_role("button", name="Kirim keberatan").click()  # nothing chosen: the error summary
    assert page.get_by_role("alert").is_visible()
    assert_accessible(page)
    page.get_by_label("f. pengenaan biaya yang tidak wajar").check()
    page.get_by_label("Kasus posisi").fill("Biaya Rp250.000 untuk salinan elektronik tidak wajar; softcopy gratis.")
    page.get_by_role("button", name="Kirim keberatan").click()
    objection = Objection.objects.get()
    assert page.get_by_text(f"Keberatan Anda tercatat dengan nomor {objection.number}").is_visible()
    assert page.get_by_text("Menunggu tanggapan Atasan PPID").first.is_visible()
    assert_accessible(page)
    track_url = page.url

    # the Atasan PPID decides (another browser: the requester keeps their session)
    staff = browser.new_context(base_url=live_server.url, viewport={"width": 1280, "height": 900}, locale="id-ID",
                                bypass_csp=True)  # fmt: skip
    staff.set_default_timeout(10_000)
    officer = staff.new_page()
    login(officer, "atasan.ppid")
    officer.goto("/ppid/staf/keberatan/")
    officer.get_by_role("link", name=objection.number).click()
    assert officer.get_by_text("hari kerja ke-").first.is_visible()
    officer.get_by_label("Keberatan ditolak").check()
    officer.get_by_label("Isi tanggapan dan pertimbangan").fill("Biaya sesuai Perbup tentang standar biaya salinan.")
    officer.get_by_role("button", name="Simpan tanggapan").click()
    assert officer.get_by_text("Draf surat tanggapan disimpan").is_visible()
    assert officer.get_by_role("heading", name="Draf surat menunggu persetujuan dan tanda tangan").is_visible()
    assert officer.get_by_role("link", name="Pratinjau draf surat (PDF)").is_visible()
    assert officer.get_by_role("button", name="Batalkan draf surat").is_visible()
    assert_accessible(officer)
    page.goto(track_url)  # the draft reaches no one
    assert page.get_by_text("Biaya sesuai Perbup").count() == 0
    assert page.get_by_text("Menunggu tanggapan Atasan PPID").first.is_visible()
    officer.get_by_role("button", name="Setujui dan tandatangani").click()
    assert officer.get_by_text("disetujui dan ditandatangani").is_visible()
    sign_out(officer)

    # the requester reads the signed answer, verifies it and goes to the Komisi Informasi
    page.goto(track_url)
    assert page.get_by_text("Biaya sesuai Perbup").is_visible()
    objection.refresh_from_db()
    with page.expect_download() as download:
        page.locator("#answer-pdf").click()
    assert open(download.value.path(), "rb").read() == bytes(objection.answer_letter.pdf)  # noqa: SIM115
    verify = page.locator("a[href^='/verifikasi/']").first.get_attribute("href")
    assert verify == f"/verifikasi/{objection.answer_letter.token}/"
    page.goto(verify)
    assert page.get_by_text(objection.answer_letter.number).first.is_visible()
    page.goto(track_url)
    page.get_by_label("Mengajukan sengketa ke Komisi Informasi").check()
    assert_accessible(page)
    page.get_by_role("button", name="Simpan sikap saya").click()
    assert page.get_by_text("Tanggapan Anda dicatat").is_visible()
    assert page.get_by_text("Diajukan ke Komisi Informasi").first.is_visible()

    # the PPID Utama records the dispute and the mediation agreement
    login(officer, "ppid.utama")
    officer.goto(f"/ppid/staf/keberatan/{objection.pk}/")
    officer.get_by_label("Nomor register Komisi Informasi").fill("021/REG-PSI/XI/2026")
    officer.get_by_role("button", name="Catat sengketa").click()
    assert officer.get_by_text("Sengketa informasi dicatat").is_visible()
    officer.get_by_label("Tahap", exact=True).select_option("mediation")
    officer.get_by_role("button", name="Catat tahap").click()
    officer.get_by_label("Tahap", exact=True).select_option("agreement")
    officer.get_by_label("Keterangan (isi kesepakatan atau putusan)").fill("Biaya salinan elektronik dihapuskan.")
    officer.get_by_role("button", name="Catat tahap").click()
    assert officer.get_by_text("Mediasi: tercapai kesepakatan").is_visible()
    assert_accessible(officer)
    officer.goto("/ppid/staf/sengketa/")
    assert officer.get_by_text("021/REG-PSI/XI/2026").is_visible()
    staff.close()

    objection.refresh_from_db()
    assert (objection.status, objection.dispute.outcome) == ("disputed", "mediation_agreement")
    page.goto(track_url)
    assert page.get_by_text("Mediasi: tercapai kesepakatan").is_visible()


def test_public_annual_report_page(page, demo):
    page.goto("/ppid/laporan-tahunan/")
    assert page.get_by_role("heading", name="Laporan tahunan layanan informasi publik", level=1).is_visible()
    assert page.get_by_text("31 Maret").first.is_visible()
    assert_accessible(page)
