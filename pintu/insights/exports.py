"""Downloads of a figure's table: CSV, XLSX and JSON (the open data shape).

Cells are written as numbers; a suppressed cell as the text "<5" (both in CSV and JSON), so a
reader sees that a value exists but is hidden, not that it is missing.
"""

import csv
import io

from openpyxl import Workbook

from pintu.insights.suppression import Suppressed
from pintu.insights.tables import Table
from pintu.ppid.sheets import FORMULA_STARTS

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def cell(value):
    if isinstance(value, Suppressed):
        return str(value)
    return value


def sheet_cell(value):
    """A cell for CSV/XLSX: names come from admin-entered data, so formula-like text is defused."""
    value = cell(value)
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def to_csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([column.key for column in table.columns])
    writer.writerow([str(column.label) for column in table.columns])
    for row in table.rows:
        writer.writerow(["" if value is None else sheet_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # BOM: spreadsheet programs read UTF-8 right


def to_xlsx(table: Table, filters_text: str = "") -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = table.key[:31]
    sheet.append([str(table.title)])
    if filters_text:
        sheet.append([filters_text])
    sheet.append([str(column.label) for column in table.columns])
    for row in table.rows:
        sheet.append([sheet_cell(value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_record(table: Table) -> dict:
    """The JSON shape of one table (open data files and the API)."""
    return {
        "key": table.key,
        "title": str(table.title),
        "columns": [{"key": c.key, "label": str(c.label), "kind": c.kind} for c in table.columns],
        "rows": [{c.key: cell(v) for c, v in zip(table.columns, row, strict=False)} for row in table.rows],
    }
