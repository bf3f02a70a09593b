"""Downloads of a figure's table: CSV, XLSX and JSON (the open data shape).

CSV: one header row (the column names, in the page's language), then numbers; a hidden (suppressed) or
missing value is an empty cell, so a number column holds numbers only (issue #19) and the page's footnote
explains the gaps. XLSX likewise, with the footnotes under the table. JSON carries a hidden value as its
marker ("<5" for a small count, "*" otherwise), so a reader sees that a value exists but is hidden.
"""

import csv
import io

from openpyxl import Workbook

from pintu.insights.suppression import Suppressed, table_footnotes
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


def number_cell(value):
    """A CSV/XLSX cell: a number, a (defused) name, or empty for a hidden or missing value."""
    if value is None or isinstance(value, Suppressed):
        return ""
    return sheet_cell(value)


def to_csv(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(column.label) for column in table.columns])
    for row in table.rows:
        writer.writerow([number_cell(value) for value in row])
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
        sheet.append([number_cell(value) for value in row])
    notes = table_footnotes(table)
    if notes:
        sheet.append([])
        for note in notes:
            sheet.append([note])
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
