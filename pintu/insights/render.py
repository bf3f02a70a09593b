"""From tables to what a page shows: the SVG chart of a table (pintu.insights.charts) and
display-ready cells. The table itself is always shown under its chart."""

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from pintu.insights import charts
from pintu.insights.suppression import Suppressed
from pintu.insights.tables import COUNT, DAYS, LABEL, RATE, Table


def plain(value):
    """A chart value: suppressed and missing values are "no data"."""
    if isinstance(value, Suppressed) or value is None or isinstance(value, str):
        return None
    return value


def display(value, kind: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, Suppressed) or kind == LABEL or isinstance(value, str):
        return str(value)
    if kind == COUNT:
        return number_format(value, force_grouping=True)
    if kind == RATE:
        return f"{number_format(value, 1)}%"
    if kind == DAYS:
        return number_format(value, 1 if float(value) % 1 else 0)
    return number_format(value, 2 if float(value) % 1 else 0, force_grouping=True)


def map_value(value: float) -> str:
    """A tile's rate: one decimal, more when one would print a coloured (non-zero) tile as "0,0"."""
    if value == 0:
        return "0"
    for places in (1, 2):
        if round(abs(value), places) > 0:
            return number_format(round(value, places), places)
    return "<" + number_format(0.01, 2)


def chart_for(table: Table):
    """The SVG of a table's chart ("" when it has none or no rows)."""
    if not table.chart or not table.rows:
        return ""
    desc = _("Angka yang sama ada di tabel di bawah grafik.")
    if table.chart == "bar":
        items = [(str(row[0]), plain(row[1])) for row in table.rows]
        return charts.bar_chart(items, title=str(table.title), desc=desc, unit=table.unit)
    if table.chart == "columns":
        points = [(str(row[0]), plain(row[1])) for row in table.rows]
        return charts.column_chart(points, title=str(table.title), desc=desc, show_values=len(points) <= 13)
    if table.chart == "stacked":
        met, missed = table.column_index("resolve_met"), table.column_index("resolve_missed")
        rows = [(str(row[0]), [plain(row[met]) or 0, plain(row[missed]) or 0]) for row in table.rows]
        return charts.stacked_bar_chart(
            rows, series=[_("Selesai tepat waktu"), _("Selesai terlambat atau lewat tenggat")],
            title=_("Penyelesaian dalam target per instansi"), desc=desc,
        )  # fmt: skip
    if table.chart == "map":
        per = table.column_index("per_1000")
        values = {area_id: plain(row[per]) for area_id, row in zip(table.extra["area_ids"], table.rows, strict=True)}
        tiles = [tile for tile in table.extra["tiles"] if tile[2] is not None and tile[3] is not None]
        if not tiles:
            return ""
        return charts.tile_map(values, tiles, title=str(table.title), desc=desc, value_format=map_value,
                               no_data_label=_("Tidak ada data atau disembunyikan"))  # fmt: skip
    return ""


def rows_for_display(table: Table) -> list[list[str]]:
    return [[display(value, column.kind) for value, column in zip(row, table.columns, strict=False)]
            for row in table.rows]  # fmt: skip
