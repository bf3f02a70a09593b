"""The public statistics with every chart and table open (?tampil=semua), on a 390 px phone (stranger check,
2026-12-07): the hint says what the page is doing (open, not "folded"), "Terapkan" on the filter form keeps the
page open, and the bar and column charts fit the phone's width: every printed value and label is inside the
chart's box, with no sideways scrolling, while the text stays at 12 px. A wide table scrolls in its box
instead of breaking its words letter by letter."""

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


#: Per bar or column chart (plain and stacked): is its box scrolled sideways, the texts outside the box, the
#: smallest scale of a text (1 = drawn at its own 12 px), and the chart's width.
CHARTS = """() => [...document.querySelectorAll('.chart-box')]
    .filter(box => box.querySelector('svg.chart-bar, svg.chart-stacked, svg.chart-column'))
    .map(box => {
        const edge = box.getBoundingClientRect();
        const texts = [...box.querySelectorAll('text')];
        return {
            id: box.closest('section').id,
            scrolls: box.scrollWidth > box.clientWidth + 1,
            outside: texts.filter(t => { const r = t.getBoundingClientRect();
                                         return r.width && (r.right > edge.right + 1 || r.left < edge.left - 1); })
                          .map(t => t.textContent).slice(0, 3),
            scale: Math.min(...texts.map(t => t.getScreenCTM().a)),
            width: box.querySelector('svg').getBoundingClientRect().width,
        };
    })"""


def test_the_bar_and_column_charts_fit_a_phone_and_use_a_desktops_width(page, figures):
    page.goto(f"/statistik/{PERIOD}&tampil=semua")
    charts = page.evaluate(CHARTS)
    assert len(charts) >= 5 and any(chart["id"] == "fig-volume_month" for chart in charts), charts
    for chart in charts:
        assert not chart["scrolls"] and chart["outside"] == [], chart  # every value in view, no scrolling
        assert chart["scale"] >= 0.99, chart  # 12 px text stays 12 px
        assert chart["width"] <= 390, chart
    assert page.locator("#fig-volume_agency svg text", has_text="Dinas").count() > 0  # labels drawn
    # the wide table under the stacked chart scrolls in its box rather than breaking words letter by letter
    headings = page.locator("#fig-compliance_agency thead th")
    assert min(headings.nth(i).bounding_box()["width"] for i in range(headings.count())) > 40

    page.set_viewport_size({"width": 1280, "height": 900})
    for chart in page.evaluate(CHARTS):
        assert not chart["scrolls"] and chart["outside"] == [] and chart["scale"] >= 0.99, chart
        assert chart["width"] > 600, chart  # the bars use the desktop's width
