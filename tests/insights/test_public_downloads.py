"""The per-table downloads of the public statistics (/statistik/data/<key>.csv|json, /api/v1/statistik/<key>/)
in their default view come from the shared store with the open data document (issue #22): the same bytes
and JSON as a fresh computation, computed once for all of them, a filtered one computed per request."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.urls import reverse
from django.utils import timezone

from pintu.insights import exports, public, views_public
from pintu.insights.filters import Filters, default_period
from pintu.pagecache import shared
from tests.factories import complaints as factories

pytestmark = pytest.mark.django_db

FILTERED = {"dari": "2026-02-01"}


def csv_url(key):
    return reverse("insights:open_data", kwargs={"key": key, "fmt": "csv"})


def json_url(key):
    return reverse("insights:open_data", kwargs={"key": key, "fmt": "json"})


def api_url(key):
    return reverse("insights_api:table", kwargs={"key": key})


@pytest.fixture
def computations(monkeypatch):
    """How often the public figures were computed."""
    calls = []
    real = public.public_figures

    def spy(filters):
        calls.append(filters.params())
        return real(filters)

    monkeypatch.setattr(public, "public_figures", spy)
    return calls


def fresh(params=None):
    """The public figures computed now, as the downloads computed them on every request before."""
    filters = Filters.from_query(params or {})
    return filters, public.public_figures(filters)


def test_every_default_table_download_is_what_a_fresh_computation_gives(client, generated):
    filters, figures = fresh()
    assert len(figures.tables()) > 10
    for table in figures.tables():
        name = f"statistik-{table.key}-{filters.start}-{filters.end}"
        as_csv = client.get(csv_url(table.key))
        assert as_csv.status_code == 200 and as_csv["Content-Type"] == exports.CSV_TYPE
        assert as_csv.content == exports.to_csv(table), table.key
        assert as_csv["Content-Disposition"] == f'attachment; filename="{name}.csv"'
        as_json = client.get(json_url(table.key))
        assert as_json.json() == exports.to_record(table), table.key
        assert as_json["Content-Disposition"] == f'attachment; filename="{name}.json"'
        from_api = client.get(api_url(table.key))
        assert from_api.status_code == 200 and from_api.json() == exports.to_record(table), table.key


def test_suppressed_cells_stay_empty_in_the_csv_and_marked_in_the_json(client, generated):
    """The case where a CSV written from the JSON record would go wrong: a hidden count."""
    _filters, figures = fresh()
    hidden = [t for t in figures.tables() if any(str(v).startswith("<") for row in t.rows for v in row)]
    assert hidden, "the generated data has no suppressed cell"
    table = hidden[0]
    assert client.get(csv_url(table.key)).content == exports.to_csv(table)
    assert "<5" in client.get(json_url(table.key)).content.decode()


def test_the_default_downloads_compute_the_figures_once_for_all(client, generated, computations):
    first = client.get(csv_url("volume_category"))
    assert first.status_code == 200 and first["Last-Modified"]
    assert len(computations) == 1
    caches["pages"].clear()  # another server process: reads the shared entry
    for url in (csv_url("volume_category"), json_url("volume_kind"), api_url("volume_category"), api_url("ppid_month")):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Last-Modified"] == first["Last-Modified"], url
    document = client.get(reverse("insights:open_data_all"))
    assert document["Last-Modified"] == first["Last-Modified"]
    assert len(computations) == 1
    tables = [*document.json()["complaints"]["tables"], *document.json()["ppid"]["tables"]]
    assert client.get(api_url("ppid_month")).json() == next(t for t in tables if t["key"] == "ppid_month")


def test_the_default_pages_own_links_and_an_empty_filter_form_are_the_default_view(
    client, generated, computations, monkeypatch
):
    """The default page links its tables with its period spelled out (?dari=<start>&sampai=<today>), and the
    filter form sends its empty fields: both must come from the shared entries, not compute again."""
    monkeypatch.setattr(views_public, "public_figures", public.public_figures)  # the spy, for the page too
    page = client.get(reverse("insights:public"))
    start, end = default_period()
    own_link = f"{csv_url('volume_category')}?dari={start}&sampai={end}"
    assert own_link in page.content.decode().replace("&amp;", "&")
    assert client.get(own_link).content == exports.to_csv(fresh()[1].table("volume_category"))
    computations.clear()
    caches["pages"].clear()  # another server process: reads the shared entries
    assert client.get(own_link).status_code == 200
    client.get(api_url("volume_kind") + f"?dari={start}&sampai={end}")
    form = client.get(reverse("insights:public"), {"dari": str(start), "sampai": str(end), "instansi": "",
                                                    "wilayah": "", "kategori": ""})  # fmt: skip
    assert form.status_code == 200 and computations == []
    client.get(csv_url("volume_category") + f"?dari={start}&sampai={end}&instansi=PUPR")  # a filter: computed
    client.get(csv_url("volume_category") + f"?dari={start}&sampai={end - timedelta(days=1)}")  # another period
    client.get(csv_url("volume_category") + "?utm_source=x")  # a parameter it does not know: not the default
    assert len(computations) == 3


def test_a_filtered_download_is_computed_on_each_request(client, generated, computations):
    filters, figures = fresh(FILTERED)
    computations.clear()
    query = "?dari=2026-02-01"
    as_csv = client.get(csv_url("volume_agency") + query)
    assert as_csv.content == exports.to_csv(figures.table("volume_agency"))
    assert client.get(api_url("volume_agency") + query).json() == exports.to_record(figures.table("volume_agency"))
    assert computations == [filters.params(), filters.params()]
    assert caches["default"].get(shared.shared_key("statistics-open-data", [timezone.localdate()])) is None


def test_with_no_staleness_a_new_report_shows_in_the_default_download(client, demo):
    for n in range(6):
        factories.make_report(title=f"Jalan berlubang nomor {n}")
    before = client.get(api_url("volume_kind")).json()
    factories.make_report(title="Lampu jalan padam di pasar")
    after = client.get(api_url("volume_kind")).json()
    assert after != before
    assert after == exports.to_record(fresh()[1].table("volume_kind"))


@pytest.mark.parametrize("query", ["", "?dari=2026-02-01"])
def test_an_unknown_table_is_a_404(client, demo, query):
    assert client.get(csv_url("no_such_table") + query).status_code == 404
    assert client.get(json_url("no_such_table") + query).status_code == 404
    response = client.get(api_url("no_such_table") + query)
    assert response.status_code == 404
    assert response.json() == {"detail": "Tabel statistik tidak dikenal."}
