"""The kecamatan tile map fits a 360 px phone (stranger check, 2026-12-07: drawn at 444 px, the map's box scrolled
sideways on /statistik/ and on the leaders' dashboard). The map is fluid like the bar charts
(`pintu/insights/charts/tilemap.py`): as wide as its box, no sideways scrolling, every tile's name and value inside
its tile, and its text still 12 px or more; on a desktop it is drawn wider, up to the CSS cap."""

import pytest

from pintu.insights.facts import rebuild_all
from tests.browser.conftest import ARTIFACTS, login
from tests.insights.world import make_reports, make_requests

pytestmark = pytest.mark.django_db(transaction=True)
PERIOD = "?dari=2026-01-01&sampai=2026-06-30&tampil=semua"
PHONE = {"width": 360, "height": 800}

#: The map's box and chart: widths, whether the box scrolls, texts outside the map or their tile, smallest text.
MAP = """() => {
    const box = document.querySelector('#fig-map_kecamatan .chart-box');
    const svg = box.querySelector('svg');
    const inside = (r, edge) => r.left >= edge.left - 1 && r.right <= edge.right + 1;
    const chart = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')].filter(t => t.getBoundingClientRect().width);  // shown ones
    const tiles = [...svg.querySelectorAll('g.chart-tile')];
    return {
        box: box.clientWidth, boxScroll: box.scrollWidth, svg: chart.width, right: chart.right,
        viewport: document.documentElement.clientWidth, page: document.documentElement.scrollWidth,
        tiles: tiles.length,
        outsideChart: texts.filter(t => !inside(t.getBoundingClientRect(), chart)).map(t => t.textContent),
        outsideTile: tiles.flatMap(g => {
            const tile = g.querySelector('rect').getBoundingClientRect();
            return [...g.querySelectorAll('text')]
                .filter(t => t.getBoundingClientRect().width && !inside(t.getBoundingClientRect(), tile))
                .map(t => `${t.textContent} ${Math.round(t.getBoundingClientRect().width)}/${Math.round(tile.width)}`);
        }),
        smallest: Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)),
    };
}"""


@pytest.fixture
def figures(demo):
    make_reports(n=160)
    make_requests(n=25)
    rebuild_all()


def assert_fits(measured: dict) -> None:
    assert measured["tiles"] == 16, measured  # the demo's sixteen kecamatan
    assert measured["boxScroll"] <= measured["box"], measured  # no sideways scrolling in the map's box
    assert measured["svg"] <= measured["box"] + 0.5 and measured["right"] <= measured["viewport"], measured
    assert measured["page"] <= measured["viewport"], measured
    assert measured["outsideChart"] == [] and measured["outsideTile"] == [], measured
    assert measured["smallest"] >= 11.99, measured  # no chart text under 12 px (issue #19)


@pytest.mark.parametrize("url", [f"/statistik/{PERIOD}", f"/pimpinan/statistik/{PERIOD}"])
def test_the_tile_map_fits_a_360_px_phone(page, figures, url):
    page.set_viewport_size(PHONE)
    if url.startswith("/pimpinan/"):
        login(page, "bupati")
    page.goto(url)
    phone = page.evaluate(MAP)
    print(url, phone)
    assert_fits(phone)
    page.set_viewport_size({"width": 320, "height": 700})  # the smallest phone the charts are planned for
    assert_fits(page.evaluate(MAP))
    shot(page, "map_320.png")
    for width in (480, 768, 1024):  # where the desktop's names are shown, every one inside its tile
        page.set_viewport_size({"width": width, "height": 900})
        assert_fits(page.evaluate(MAP))
    page.set_viewport_size({"width": 1280, "height": 900})
    desktop = page.evaluate(MAP)
    assert_fits(desktop)
    assert desktop["svg"] > phone["svg"] + 60, desktop  # a desktop draws the map larger than a phone
    shot(page, "map_1280.png")


def shot(page, name: str) -> None:
    """The map alone, for a look (artifacts/screenshots/)."""
    (ARTIFACTS / "screenshots").mkdir(parents=True, exist_ok=True)
    page.locator("#fig-map_kecamatan .chart-box").screenshot(path=str(ARTIFACTS / "screenshots" / name))
