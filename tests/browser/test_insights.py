"""A leader opens the dashboard and a citizen the public statistics, on a phone, without JavaScript
being needed: charts are server-rendered SVG with their tables; both pages pass axe-core."""

import pytest

from pintu.insights.facts import rebuild_all
from tests.browser.conftest import ARTIFACTS, assert_accessible, login, open_menu
from tests.insights.world import make_reports, make_requests

pytestmark = pytest.mark.django_db(transaction=True)
PERIOD = "?dari=2026-01-01&sampai=2026-06-30"


@pytest.fixture
def figures(demo):
    make_reports(n=160)
    make_requests(n=25)
    rebuild_all()


WIDER_THAN_SCREEN = """() => [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1
                 && !e.closest('.table-scroll') && !e.closest('.chart-box'))
    .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""


def assert_fits_the_phone(page) -> None:
    """Nothing but a scrollable table or chart region is wider than the phone screen (a chart keeps its
    12 px text and scrolls in its box, issue #19), and the page itself is never wider."""
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert page.evaluate(WIDER_THAN_SCREEN) == []


def save(page, name: str) -> None:
    shots = ARTIFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shots / name), full_page=True)


def test_the_bupati_reads_the_dashboard_and_drills_down(page, figures):
    login(page, "bupati")
    page.goto(f"/pimpinan/statistik/{PERIOD}&tampil=semua")  # every folded chart and table open
    assert page.get_by_role("heading", level=1).inner_text().startswith("Dasbor pimpinan")
    assert page.locator("#fig-volume_month svg[role=img]").count() == 1
    assert page.locator("#fig-map_kecamatan svg.chart-map").count() == 1  # nested viewports place its tiles
    assert page.locator("#fig-compliance_agency table").count() == 1
    assert_fits_the_phone(page)
    assert_accessible(page)
    save(page, "insights_dashboard.png")
    page.locator("#fig-volume_agency").get_by_role("link", name="Lihat Dinas PUPR").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Kasus di balik angka"
    assert page.locator("table tbody tr").count() > 0
    assert_accessible(page)


def test_a_citizen_reads_the_public_statistics(page, figures):
    page.goto("/")
    open_menu(page)
    page.get_by_role("link", name="Statistik").first.click()
    page.goto(f"/statistik/{PERIOD}&tampil=semua")  # every folded chart and table open
    assert page.get_by_role("heading", level=1).inner_text() == "Statistik pengaduan dan informasi publik"
    assert page.locator("svg[role=img]").count() >= 5
    assert page.get_by_text("<5").count() >= 1
    assert_fits_the_phone(page)
    assert_accessible(page)
    save(page, "insights_public.png")
