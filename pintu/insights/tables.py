"""A figure as data: a titled table with typed columns, optional chart and drill-down per row.

Every chart on the dashboard, the public page, the PDF and the downloads is built from one of
these, so the table shown under a chart, its CSV/XLSX file and the open data carry the same numbers.
"""

from dataclasses import dataclass, field
from typing import Any

#: Column kinds: "label" (text), "count" (a number of cases: suppressed publicly when small),
#: "rate" (a percentage), "days" (working days), "number" (anything else).
LABEL, COUNT, RATE, DAYS, NUMBER = "label", "count", "rate", "days", "number"


@dataclass
class Column:
    key: str
    label: str
    kind: str = COUNT


@dataclass
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    #: Chart to draw: "bar" (first value column), "columns" (time series), "stacked", "map", or "".
    chart: str = ""
    unit: str = ""
    note: str = ""
    #: Per row: the drill-down parameters ({"dim": ..., "val": ...}) or None.
    drill: list[dict | None] = field(default_factory=list)
    #: For a rate or duration column: the column key holding the number of cases it rests on.
    basis: dict[str, str] = field(default_factory=dict)
    #: Extra data for the chart (tile positions of the map).
    extra: dict = field(default_factory=dict)

    def column_index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    def as_records(self) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column key (the open data and API shape)."""
        return [{column.key: value for column, value in zip(self.columns, row, strict=False)} for row in self.rows]


def rate(numerator: int, denominator: int) -> float | None:
    """A percentage with one decimal; None when there is nothing to divide by."""
    if not denominator:
        return None
    return round(100.0 * numerator / denominator, 1)
