"""The public transparency page, the open data files and the JSON API: same figures, no personal
data, rahasia reports left out, small counts suppressed."""

import csv
import io
import json

import pytest
from django.urls import reverse

from pintu.complaints.models import Report
from pintu.insights import queries
from pintu.insights.scope import PUBLIC_SCOPE
from tests.insights.conftest import PERIOD

QUERY = PERIOD.query()


@pytest.fixture
def data(generated):
    return generated


def test_the_public_page_shows_figures_without_personal_data(client, data):
    response = client.get(f"{reverse('insights:public')}?{QUERY}")
    assert response.status_code == 200
    content = response.content.decode()
    total = queries.key_figures(PUBLIC_SCOPE, PERIOD)["total"]
    assert response.context["complaint_figures"][0]["value"].replace(".", "") == str(total)
    assert "<svg" in content and "&lt;5" in content
    assert "LPR-2026-" not in content and "Laporan uji" not in content  # no codes, no titles
    assert reverse("insights:cases") not in content  # no drill-down for the public
    assert reverse("insights:public") in client.get(reverse("web:home")).content.decode()  # in the navigation


def test_rahasia_reports_are_not_counted(client, data):
    assert Report.objects.filter(rahasia=True).exists()
    document = client.get(f"{reverse('insights:open_data_all')}?{QUERY}").json()
    total = next(f for f in document["complaints"]["key_figures"] if f["key"] == "total")["value"]
    assert total == queries.key_figures(PUBLIC_SCOPE, PERIOD)["total"]
    assert total < Report.objects.exclude(archive_kind__in=["duplicate", "split"]).count()


def test_open_data_csv_and_json_shapes(client, data):
    response = client.get(reverse("insights:open_data", args=["volume_kecamatan", "csv"]) + f"?{QUERY}")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["Nama", "Laporan"] and len(rows) > 3  # one header row, the column names
    assert all(row[1] == "" or int(row[1]) == 0 or int(row[1]) >= 5 for row in rows[1:])  # numbers or empty
    assert any(row[1] == "" for row in rows[1:]) or all(int(row[1]) != 0 for row in rows[1:])
    record = client.get(reverse("insights:open_data", args=["compliance_agency", "json"]) + f"?{QUERY}").json()
    assert set(record) == {"key", "title", "columns", "rows"}
    assert {c["key"] for c in record["columns"]} >= {"label", "reports", "resolve_met", "resolve_rate"}
    document = json.loads(client.get(reverse("insights:open_data_all")).content)
    assert set(document) == {"period", "filters", "min_cell", "suppressed_as", "complaints", "ppid"}
    assert document["min_cell"] == 5 and document["suppressed_as"] == "<5"
    assert client.get(reverse("insights:open_data", args=["nothing", "csv"])).status_code == 404
    assert client.get(reverse("insights:open_data", args=["volume_kind", "xlsx"])).status_code == 404


def test_the_api_serves_the_same_data(client, data):
    summary = client.get(f"{reverse('insights_api:summary')}?{QUERY}")
    assert summary.status_code == 200
    assert summary.json() == client.get(f"{reverse('insights:open_data_all')}?{QUERY}").json()
    table = client.get(reverse("insights_api:table", args=["volume_month"]) + f"?{QUERY}").json()
    assert len(table["rows"]) == 6 and all(isinstance(row["reports"], int | str) for row in table["rows"])
    assert table["rows"][0]["month"]
    assert client.get(reverse("insights_api:table", args=["nothing"])).status_code == 404


def test_the_api_is_in_the_openapi_schema(client, demo):
    schema = client.get(reverse("api:schema"), {"format": "json"})
    text = schema.content.decode()
    assert "/api/v1/statistik/" in text and "/api/v1/statistik/{key}/" in text


def test_the_public_page_folds_its_tables_and_tampil_semua_opens_them_despite_the_cache(client, data):
    """Stranger finding: /statistik/ was 39,000 px long on a phone. Each chart and table is folded (the
    dashboard's include), the key figures are not, and ?tampil=semua opens every fold: the query string is
    part of the cached body's key, so the folded body cached first is not served for it (nor the reverse)."""
    url, query = f"{reverse('insights:public')}?{QUERY}", QUERY.replace("&", "&amp;")
    folded = client.get(url).content.decode()
    assert folded.count('<details class="figure-fold">') >= 5 and 'figure-fold" open' not in folded
    assert 'class="key-figures"' in folded and folded.index('class="key-figures"') < folded.index("figure-fold")
    assert f'href="?{query}&amp;tampil=semua"' in folded
    opened = client.get(f"{url}&tampil=semua").content.decode()
    assert '<details class="figure-fold">' not in opened and opened.count('<details class="figure-fold" open>') >= 5
    assert f'href="?{query}">' in opened  # the way back to the folded page
    assert client.get(url).content.decode().count('<details class="figure-fold">') >= 5  # cached apart
