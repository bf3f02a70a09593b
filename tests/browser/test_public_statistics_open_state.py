"""The public statistics with every chart and table open (?tampil=semua), on a 390 px phone (stranger check,
2026-12-07): the hint says what the page is doing (open, not "folded"), "Terapkan" on the filter form keeps the
page open, and the bar charts fit the phone's width: every bar's printed value is inside the chart's box,
with no sideways scrolling, while the text stays at 12 px."""

import pytest

from pintu.insights.facts import rebuild_all
from tests.insights.world import make_reports, make_requests

pytestmark = pytest.mark.django_db(transaction=True)
PERIOD = "?dari=2026-01-01&sampai=2026-06-30"
FOLDED_HINT = "Grafik dan tabel terlipat"


@pytest.fixture
def figures(demo):
    make_reports(n=160)
    make_requests(n=25)
    rebuild_all()


def test_the_open_page_says_it_is_open_and_terapkan_keeps_it_open(page, figures):
    page.goto(f"/statistik/{PERIOD}")
    assert FOLDED_HINT in page.locator(".fold-all").inner_text()
    page.get_by_role("link", name="Buka semua grafik dan tabel").click()
    hint = page.locator(".fold-all").inner_text()
    assert FOLDED_HINT not in hint and "terbuka" in hint

    page.locator("#f-dari").fill("2026-02-01")
    page.get_by_role("button", name="Terapkan").click()
    page.wait_for_url(lambda url: "dari=2026-02-01" in url)
    assert "tampil=semua" in page.url
    assert page.locator("details.figure-fold").count() >= 5
    assert page.locator("details.figure-fold:not([open])").count() == 0
    assert FOLDED_HINT not in page.locator(".fold-all").inner_text()
