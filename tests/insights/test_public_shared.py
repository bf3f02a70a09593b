"""The public statistics' default view from the shared store (pintu.pagecache.shared, issue #22): it says
when its figures were computed, changes at once with no staleness allowed, lags a change only up to
PINTU_STATS_MAX_STALE, and the open data document and the API's summary share one computation."""

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from pintu.pagecache import shared
from tests.factories import complaints as factories

pytestmark = pytest.mark.django_db

PAGE = "/statistik/"


def total_on(client) -> str:
    """The first key figure (complaints received) of the page."""
    html = client.get(PAGE).content.decode()
    return re.search(r'class="key-value">([^<]*)<', html).group(1)


@pytest.fixture
def six_reports(demo):
    for n in range(6):
        factories.make_report(title=f"Jalan berlubang nomor {n}")


def test_the_page_says_when_its_figures_were_computed(client, demo):
    page = client.get(PAGE).content.decode()
    assert re.search(r'id="computed-at">Data per \d{1,2} \w{3} \d{4}, \d\d\.\d\d WIB\.', page), page[:3000]


def test_with_no_staleness_the_page_changes_right_after_a_new_report(client, six_reports):
    before = total_on(client)
    factories.make_report(title="Lampu jalan padam di pasar")
    assert int(total_on(client)) == int(before) + 1


def test_a_new_report_shows_after_the_bound(client, six_reports, settings, monkeypatch):
    settings.PINTU_STATS_MAX_STALE = 60
    at = [1_000_000.0]
    monkeypatch.setattr(shared, "now", lambda: at[0])
    before = total_on(client)
    factories.make_report(title="Lampu jalan padam di pasar")
    at[0] += 30
    assert total_on(client) == before  # within the bound: the figures computed before
    caches["pages"].clear()  # another server process
    assert total_on(client) == before
    at[0] += 31
    assert int(total_on(client)) == int(before) + 1


def test_a_filtered_view_is_not_shared(client, demo):
    client.get(PAGE + "?kategori=nothing")
    assert caches["default"].get(shared.shared_key("statistics", [False])) is None


def test_open_data_and_api_summary_share_one_computation(client, six_reports):
    first = client.get(reverse("insights:open_data_all"))
    assert first["Last-Modified"]
    with CaptureQueriesContext(connection) as captured:
        summary = client.get(reverse("insights_api:summary"))
    assert summary.json() == first.json()
    assert summary["Last-Modified"] == first["Last-Modified"]
    statements = [query["sql"] for query in captured.captured_queries]
    assert all("pintu_cache" in sql or "SAVEPOINT" in sql for sql in statements)  # the rate limiter, the store
