"""The public statistics page fits a phone (stranger finding: /statistik/ was about 39,000 px long on a phone):
every chart and table is folded in a closed <details> under its title (the dashboard's include), the key figures
and the downloads stay visible, a fold opens to show all its rows, and ?tampil=semua renders them all open
(the page's cached body is kept apart per query string). The page passes axe-core."""

import pytest

from pintu.insights.facts import rebuild_all
from tests.browser.conftest import assert_accessible
from tests.insights.world import make_reports, make_requests

pytestmark = pytest.mark.django_db(transaction=True)
PERIOD = "?dari=2026-01-01&sampai=2026-06-30"
#: The target on a 390 x 844 phone (docs/insights.md), as for the leaders' dashboard.
MAX_HEIGHT = 15_000
HEIGHT = "() => document.documentElement.scrollHeight"


@pytest.fixture
def figures(demo):
    make_reports(n=160)
    make_requests(n=25)
    rebuild_all()


def test_the_public_statistics_are_short_on_a_phone_and_every_table_opens(page, figures):
    page.goto(f"/statistik/{PERIOD}")
    folds = page.locator("details.figure-fold")
    assert folds.count() >= 10 and page.locator("details.figure-fold[open]").count() == 0
    assert page.locator(".key-figure").first.is_visible()  # the key figures are not folded
    assert page.locator("#fig-volume_agency .downloads a", has_text="CSV").is_visible()  # nor the open data
    folded = page.evaluate(HEIGHT)
    print(f"public statistics folded: {folded} px")
    assert folded < MAX_HEIGHT, f"/statistik/ {folded} px high on a phone"
    assert_accessible(page)

    table = page.locator("#fig-volume_agency")
    rows = table.locator("tbody tr")
    assert rows.count() > 1 and not rows.first.is_visible()
    table.locator("summary").click()
    assert table.locator("details[open]").count() == 1
    assert rows.first.is_visible() and rows.last.is_visible()
    assert str(rows.count()) in table.locator("summary").inner_text()  # the summary names the row count

    page.get_by_role("link", name="Buka semua grafik dan tabel").click()
    assert "tampil=semua" in page.url
    assert page.locator("details.figure-fold:not([open])").count() == 0
    opened = page.evaluate(HEIGHT)
    print(f"public statistics open: {opened} px")
    assert opened > folded
    page.get_by_role("link", name="Lipat semua grafik dan tabel").click()
    assert page.locator("details.figure-fold[open]").count() == 0  # the folded body again, not the open one
