"""Small counts are hidden on everything public, and cannot be recovered from the totals."""

from hypothesis import given
from hypothesis import strategies as st

from pintu.insights.dashboard import KeyFigure
from pintu.insights.suppression import (
    FEW_CASES,
    PROTECTS,
    Suppressed,
    footnotes,
    suppress_key_figures,
    suppress_table,
)
from pintu.insights.tables import COUNT, LABEL, NUMBER, RATE, Column, Table


def table(counts, key="volume_category", rates=None):
    columns = [Column("label", "Nama", LABEL), Column("reports", "Laporan")]
    rows = [[f"r{i}", n] for i, n in enumerate(counts)]
    result = Table(key, "t", columns, rows)
    if rates is not None:
        result.columns.append(Column("rate", "%", RATE))
        for row, value in zip(result.rows, rates, strict=True):
            row.append(value)
        result.basis["rate"] = "reports"
    return result


def test_small_counts_are_hidden_and_one_more_so_the_total_does_not_reveal_them():
    out = suppress_table(table([10, 3, 7, 0, 12]), k=5)
    assert [row[1] for row in out.rows] == [10, Suppressed(5), Suppressed(5, PROTECTS), 0, 12]
    assert str(out.rows[1][1]) == "<5"
    assert str(out.rows[2][1]) == "*"  # 7 is hidden to protect the 3: never shown as "<5", which would be false


def test_two_small_counts_need_no_extra_hiding():
    out = suppress_table(table([10, 3, 2, 9]), k=5)
    assert [row[1] for row in out.rows] == [10, Suppressed(5), Suppressed(5), 9]


def test_rates_resting_on_hidden_or_few_cases_are_hidden():
    out = suppress_table(table([10, 3, 7], rates=[50.0, 33.3, 14.3]), k=5)
    assert [row[2] for row in out.rows] == [50.0, Suppressed(5, FEW_CASES), Suppressed(5, FEW_CASES)]
    assert [str(row[2]) for row in out.rows[1:]] == ["*", "*"]  # a percentage never reads "<5"


def test_rows_that_exist_only_because_of_a_small_count_are_dropped():
    out = suppress_table(table([9, 4, 3], key="repeating_places"), k=5)
    assert [row[0] for row in out.rows] == ["r0"]


def test_drill_down_links_never_reach_the_public():
    source = table([9, 8])
    source.drill = [{"dim": "category", "val": "A"}, {"dim": "category", "val": "B"}]
    assert suppress_table(source, k=5).drill == [None, None]


def test_key_figures():
    figures = [KeyFigure("total", "Laporan", 3), KeyFigure("rate", "%", 75.0, RATE, 4),
               KeyFigure("avg", "nilai", 4.5, NUMBER, 12), KeyFigure("zero", "n", 0, COUNT)]  # fmt: skip
    values = [f.value for f in suppress_key_figures(figures, k=5)]
    assert values == [Suppressed(5), Suppressed(5, FEW_CASES), 4.5, 0]
    assert [str(v) for v in values[:2]] == ["<5", "*"]


def test_each_marker_has_its_footnote():
    assert footnotes([10, 4.5], k=5) == []
    (small,) = footnotes([Suppressed(5)], k=5)
    assert small.startswith("<5:") and "1 dan 4" in small
    (hidden,) = footnotes([Suppressed(5, FEW_CASES)], k=5)
    assert hidden.startswith("*:")
    assert len(footnotes([Suppressed(5), Suppressed(5, PROTECTS)], k=5)) == 2


def test_the_threshold_is_a_setting(settings):
    settings.PINTU_STATS_MIN_CELL = 10
    assert str(suppress_table(table([20, 7, 9])).rows[1][1]) == "<10"


@given(st.lists(st.integers(0, 30), min_size=1, max_size=15), st.integers(2, 10))
def test_never_exactly_one_hidden_cell_in_a_column(counts, k):
    out = suppress_table(table(counts), k=k)
    hidden = [i for i, row in enumerate(out.rows) if isinstance(row[1], Suppressed)]
    shown = [row[1] for row in out.rows if not isinstance(row[1], Suppressed)]
    assert all(n == 0 or n >= k for n in shown)
    if hidden:
        assert len(hidden) >= 2 or sum(1 for n in counts if n > 0) == 1  # a lone non-zero cell is the total itself


def test_spreadsheet_exports_defuse_formula_like_names():
    from pintu.insights import exports
    from pintu.insights.tables import Column, Table

    table = Table(key="t", title="T", columns=[Column("name", "Nama"), Column("n", "Jumlah")],
                  rows=[["=HYPERLINK(\"http://x\")", 3], ["Dinas PUPR", 7]])  # fmt: skip
    text = exports.to_csv(table).decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "Dinas PUPR" in text
    assert exports.sheet_cell(-4) == -4  # numbers stay numbers
