"""A person walks through the public pages and the staff login in Chromium."""

import pytest

from tests.browser.conftest import assert_accessible, login, open_menu

PUBLIC_PAGES = ["/", "/instansi/", "/wilayah/", "/hari-kerja/", "/hari-kerja/kalender/2026/", "/masuk/"]

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_every_public_page_passes_axe(page, demo, url):
    page.goto(url)
    assert page.locator("html").get_attribute("lang") == "id"
    assert_accessible(page)


def test_citizen_computes_a_deadline_with_the_calculator(page, demo):
    page.goto("/")
    open_menu(page)
    page.get_by_role("link", name="Kalkulator hari kerja").first.click()
    page.fill("#id_received_date", "2026-03-16")
    page.fill("#id_working_days", "10")
    page.get_by_role("button", name="Hitung").click()
    assert page.locator("#due-date").get_attribute("data-iso") == "2026-04-07"
    assert page.get_by_text("Cuti bersama").first.is_visible()
    assert_accessible(page)


def test_calculator_error_summary_links_to_the_wrong_field(page, demo):
    page.goto("/hari-kerja/")
    page.get_by_role("button", name="Hitung").click()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    summary.get_by_role("link", name="Isi tanggal diterima.").click()
    assert page.evaluate("document.activeElement.id") == "id_received_date"
    assert_accessible(page)


def test_switching_to_english_without_javascript(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, java_script_enabled=False, locale="id-ID")
    context.set_default_timeout(10_000)
    page = context.new_page()
    page.goto("/")
    page.select_option("#lang-select", "en")
    page.get_by_role("button", name="Ganti").click()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("link", name="Working-day calculator").first.is_visible()
    context.close()


def test_officer_signs_in_sees_roles_and_signs_out(page, demo):
    login(page, "admin.kominfo")
    assert page.get_by_role("heading", name="Selamat datang, Rina Koordinator Pengaduan").is_visible()
    assert page.get_by_text("Admin instansi (koordinator pengaduan)", exact=True).is_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Keluar").click()
    assert page.get_by_role("link", name="Masuk").is_visible()


def test_system_admin_edits_the_calendar_in_the_admin(page, demo):
    login(page, "sysadmin")
    page.goto("/admin/workdays/closedday/add/")
    page.fill("#id_date", "2026-03-26")
    page.fill("#id_name", "HUT Kabupaten Ogan Ilir")
    page.select_option("#id_kind", "local")
    page.click("input[name=_save]")
    page.goto("/hari-kerja/?received_date=2026-03-16&working_days=10")
    assert page.locator("#due-date").get_attribute("data-iso") == "2026-04-08"
