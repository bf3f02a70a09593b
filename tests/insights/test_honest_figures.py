"""Statistics that cannot mislead (issue #19 item 6): markers and footnotes, running cases beside compliance
rates, CSV cells that are numbers or empty, map tiles that never read "0,0", chart text of 12 px or more."""

import csv
import io
import re

from django.utils import translation

from pintu.insights import exports
from pintu.insights.charts import tile_map
from pintu.insights.dashboard import KeyFigure, running
from pintu.insights.render import map_value
from pintu.insights.suppression import FEW_CASES, PROTECTS, Suppressed, suppress_table
from pintu.insights.tables import COUNT, LABEL, RATE, Column, Table


def _table():
    columns = [Column("label", "Instansi", LABEL), Column("reports", "Laporan"), Column("rate", "% tepat", RATE)]
    table = Table("compliance_agency", "Kepatuhan", columns, rows=[["A", 20, 90.0], ["B", 3, 100.0], ["C", 9, 55.5]])
    table.basis["rate"] = "reports"
    return table


def test_a_percentage_is_never_shown_as_a_small_count():
    out = suppress_table(_table(), k=5)
    assert out.rows[1][1] == Suppressed(5) and str(out.rows[1][1]) == "<5"
    assert out.rows[1][2] == Suppressed(5, FEW_CASES) and str(out.rows[1][2]) == "*"
    assert out.rows[2][1] == Suppressed(5, PROTECTS) and str(out.rows[2][1]) == "*"  # 9 is not "<5"


def test_csv_has_one_header_row_and_numbers_or_empty_cells():
    out = suppress_table(_table(), k=5)
    rows = list(csv.reader(io.StringIO(exports.to_csv(out).decode("utf-8-sig"))))
    assert rows[0] == ["Instansi", "Laporan", "% tepat"]
    for row in rows[1:]:
        for value in row[1:]:
            assert value == "" or float(value) >= 0, row
    assert rows[2] == ["B", "", ""]


def test_the_running_cases_stand_beside_a_rate():
    assert running(total=10, met=2, missed=0) == 8
    assert running(total=3, met=2, missed=1) == 0


def test_the_dashboard_states_running_cases_beside_every_compliance_rate(demo):
    from pintu.accounts.models import User
    from pintu.insights.dashboard import complaint_key_figures, complaint_tables
    from pintu.insights.filters import Filters
    from pintu.insights.scope import insight_scope

    scope = insight_scope(User.objects.get(username="bupati"))
    filters = Filters.from_query({})
    keys = [f.key for f in complaint_key_figures(scope, filters, filters.end)]
    for clock in ("verify", "response", "resolve"):
        assert keys.index(f"{clock}_running") == keys.index(f"{clock}_rate") + 1
    compliance = next(t for t in complaint_tables(scope, filters).tables if t.key == "compliance_agency")
    columns = [c.key for c in compliance.columns]
    for clock in ("verify", "response", "resolve"):
        assert columns.index(f"{clock}_running") == columns.index(f"{clock}_rate") + 1
    assert all(isinstance(f, KeyFigure) for f in complaint_key_figures(scope, filters, filters.end))
    assert COUNT == next(c.kind for c in compliance.columns if c.key == "resolve_running")


def test_a_coloured_map_tile_never_reads_zero():
    with translation.override("id"):
        assert map_value(0.04) == "0,04"
        assert map_value(0.001) == "<0,01"
        assert map_value(0.0) == "0"
        assert map_value(1.26) == "1,3"
        svg = str(tile_map({1: 0.04, 2: 2.5}, [(1, "Indralaya", 0, 0), (2, "Tanjung Raja", 0, 1)], title="Peta",
                           desc="", value_format=map_value))  # fmt: skip
    assert ">0,0<" not in svg and "0,04" in svg


def test_no_chart_text_is_smaller_than_12_and_charts_keep_their_size():
    from pintu.insights.charts import bar_chart, column_chart

    charts = [
        bar_chart([("Dinas Pekerjaan Umum dan Penataan Ruang", 12), ("Dinas Kesehatan", 3)], title="t", desc=""),
        column_chart([(f"Bulan {i}", i) for i in range(12)], title="t", desc=""),
        tile_map({1: None}, [(1, "Kecamatan Indralaya Utara", 0, 0)], title="t", desc=""),
    ]
    for svg in map(str, charts):
        sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)"', svg)]
        assert sizes and min(sizes) >= 12, sizes
        # drawn at its own size (a phone scrolls the box), or fluid: as wide as the box with no viewBox on the
        # root, so its 12 px stay 12 px; never a scaled root
        root = re.match(r"<svg [^>]*>", svg).group(0)
        assert ('width="100%"' in root) != ("viewBox" in root), root
