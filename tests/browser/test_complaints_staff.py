"""Officers walk reports through the staff pages in Chromium: inbox, report page, action forms."""

import datetime

import pytest
from django.utils import timezone

from pintu.categories.models import Category
from pintu.complaints.models import Forwarding, Report
from pintu.complaints.workflow import Status
from tests.browser.conftest import assert_accessible, login
from tests.factories import complaints as factories

pytestmark = pytest.mark.django_db(transaction=True)


def new_report(title: str, text: str, category: str = "INFRASTRUKTUR") -> Report:
    return factories.submit(
        title=title, text=text, category=Category.objects.filter(code=category).first(), phone=""
    ).report


def sign_out(page):
    page.get_by_role("button", name="Keluar").click()


def open_action(page, name: str):
    """Open the action's disclosure (a <details>), return its form."""
    page.locator(f"#action-{name} > summary").click()
    return page.locator(f"#action-{name} form")


def test_admin_dispositions_and_the_opd_accepts_and_asks(page, demo):
    report = new_report("Jalan berlubang di depan pasar", "Jalan di depan pasar Indralaya berlubang besar.")
    code = report.code

    login(page, "admin.kominfo")
    page.goto("/staf/laporan/")
    assert page.get_by_role("link", name="Perlu verifikasi").get_attribute("aria-current") == "page"
    assert_accessible(page)
    page.get_by_label(f"Pilih {code}").check()
    page.get_by_role("button", name="Verifikasi yang dipilih").click()
    assert page.get_by_text(f"1 laporan diverifikasi: {code}.").is_visible()
    page.get_by_role("link", name=code).click()
    assert page.get_by_role("heading", name="Jalan berlubang di depan pasar").is_visible()
    assert page.locator(".code-line").get_by_text("Terverifikasi").is_visible()

    form = open_action(page, "disposition")
    form.get_by_label("OPD tujuan").select_option(label="Dinas Pekerjaan Umum dan Penataan Ruang")
    form.get_by_label("Catatan untuk OPD (opsional)").fill("Mohon ditinjau minggu ini.")
    assert_accessible(page)
    form.get_by_role("button", name="Disposisikan ke OPD").click()
    assert page.get_by_text("Laporan didisposisikan ke Dinas Pekerjaan Umum dan Penataan Ruang.").is_visible()
    assert page.locator(".timeline").get_by_text("Mohon ditinjau minggu ini.").is_visible()
    sign_out(page)

    login(page, "penghubung.pupr")
    page.goto("/staf/laporan/")
    assert page.get_by_role("link", name="Baru").get_attribute("aria-current") == "page"
    assert_accessible(page)
    page.get_by_role("link", name=code).click()
    page.get_by_role("button", name="Terima untuk ditangani").click()
    assert page.get_by_text("Laporan diterima untuk ditangani.").is_visible()
    open_action(page, "post_follow_up")
    open_action(page, "send_back")
    assert page.get_by_role("radio", name="Hanya pelapor").is_visible()
    assert_accessible(page)

    form = open_action(page, "request_info")
    form.get_by_role("button", name="Minta informasi dari pelapor").click()  # empty: the error summary
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    summary.get_by_role("link", name="Tuliskan pertanyaan untuk pelapor.").click()
    assert page.evaluate("document.activeElement.id") == "id_request_info_question"
    assert_accessible(page)
    page.fill("#id_request_info_question", "Di sebelah mana tepatnya lubangnya?")
    page.locator("#action-request_info button[type=submit]").click()
    assert page.locator(".code-line").get_by_text("Menunggu informasi pelapor").is_visible()
    assert page.get_by_text("Dijeda: menunggu pelapor").is_visible()
    assert Report.objects.get(pk=report.pk).status == Status.PERLU_INFO


def test_admin_forwards_a_report_out_to_pln(page, demo):
    report = new_report("Listrik padam tiap malam", "Listrik di Desa Indralaya Raya padam hampir tiap malam.")
    login(page, "admin.kominfo")
    page.goto(f"/staf/laporan/{report.code}/")
    assert_accessible(page)
    form = open_action(page, "forward_out")
    form.get_by_label("Instansi di luar pemerintah daerah").select_option(label="PT PLN (Persero) UP3 Ogan Ilir")
    form.get_by_label("Saluran pelimpahan").select_option("surat")
    form.get_by_label("Nomor surat atau rujukan (opsional)").fill("005/77/DISKOMINFO/2026")
    follow_up = timezone.localdate() + datetime.timedelta(days=14)
    form.get_by_label("Tanggal menanyakan tindak lanjut").fill(follow_up.isoformat())
    form.get_by_label("Alasan").fill("Gangguan listrik adalah wewenang PLN.")
    form.get_by_role("button", name="Limpahkan ke instansi di luar pemda").click()
    assert page.get_by_text("Laporan dilimpahkan ke PT PLN (Persero) UP3 Ogan Ilir.").is_visible()
    assert page.locator(".code-line").get_by_text("Dilimpahkan ke instansi lain").is_visible()
    assert_accessible(page)
    forwarding = Forwarding.objects.get(report=report)
    assert (forwarding.agency.code, forwarding.channel, forwarding.follow_up_date) == ("PLN_UP3_OI", "surat", follow_up)
    page.goto("/staf/laporan/?tab=dilimpahkan")
    assert page.get_by_role("link", name=report.code).is_visible()
    assert_accessible(page)


def test_liaison_officer_registers_a_walk_in_report(page, demo):
    login(page, "penghubung.pupr")
    page.goto("/staf/laporan/baru/")
    assert_accessible(page)
    page.get_by_role("button", name="Simpan laporan").click()
    assert page.locator(".error-summary").is_visible()
    assert_accessible(page)
    page.get_by_label("Saluran").select_option("walk_in")
    page.get_by_label("Judul").fill("Jembatan kayu lapuk")
    page.get_by_label("Isi laporan").fill("Jembatan kayu di dusun 2 lapuk dan berbahaya bagi anak sekolah.")
    page.get_by_label("Kecamatan", exact=True).select_option(label="Indralaya")
    page.get_by_label("Nama pelapor").fill("Pak Darto")
    assert page.locator("[data-privacy-notice]").is_visible()  # issue #18: the notice informs; no consent tick
    assert page.locator("input[name=consent]").count() == 0
    page.get_by_role("button", name="Simpan laporan").click()
    code = page.locator("#tracking-code").inner_text()
    assert code.startswith("LPR-") and page.locator("#tracking-secret").is_visible()
    assert Report.objects.get(code=code).channel == "walk_in"
    assert_accessible(page)
