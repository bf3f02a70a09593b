"""The leaders' dashboard fits a phone (stranger finding: 130,000 px long at 390 px with the demo data): every
chart and table is folded in a closed <details> under its title, the headline figures and downloads stay
visible, a fold opens to show all its rows, and ?tampil=semua renders them all open. The page passes axe-core."""

import pytest

from pintu.insights.facts import rebuild_all
from tests.browser.conftest import assert_accessible, login
from tests.insights.world import make_reports, make_requests

pytestmark = pytest.mark.django_db(transaction=True)
PERIOD = "?dari=2026-01-01&sampai=2026-06-30"
#: The target on a 390 x 844 phone (docs/insights.md); the demo data measures about 5,000 px folded.
MAX_HEIGHT = 15_000
HEIGHT = "() => document.documentElement.scrollHeight"


@pytest.fixture
def figures(demo):
    make_reports(n=160)
    make_requests(n=25)
    rebuild_all()


def test_the_dashboard_is_short_on_a_phone_and_every_table_opens(page, figures):
    login(page, "bupati")
    page.goto(f"/pimpinan/statistik/{PERIOD}")
    folds = page.locator("details.figure-fold")
    assert folds.count() >= 10 and page.locator("details.figure-fold[open]").count() == 0
    assert page.locator(".key-figure").first.is_visible()  # the headline figures are not folded
    assert page.locator("#fig-volume_agency .downloads a", has_text="CSV").is_visible()  # nor the downloads
    folded = page.evaluate(HEIGHT)
    assert folded < MAX_HEIGHT, f"dashboard {folded} px high on a phone"
    assert_accessible(page)

    table = page.locator("#fig-volume_agency")
    rows = table.locator("tbody tr")
    assert rows.count() > 1 and not rows.first.is_visible()
    table.locator("summary").click()
    assert table.locator("details[open]").count() == 1
    assert rows.first.is_visible() and rows.last.is_visible()
    assert str(rows.count()) in table.locator("summary").inner_text()  # the summary names the row count
    assert table.get_by_role("link", name="Lihat Dinas PUPR").is_visible()  # the drill-down is one tap away

    page.goto(f"/pimpinan/statistik/{PERIOD}&tampil=semua")
    assert page.locator("details.figure-fold:not([open])").count() == 0
    assert page.evaluate(HEIGHT) > folded
