"""The objection register (register keberatan) with its statutory columns (DOMAIN.md section 5), as
CSV and XLSX. Headers are always Indonesian: the file format does not change with the language."""

import csv
import io

from django.utils import timezone, translation

from pintu.ppid.io import _safe_cell
from pintu.ppid.objections.workflow import GROUNDS


def _date(value) -> str:
    if value is None:
        return ""
    return timezone.localtime(value).date().isoformat() if hasattr(value, "hour") else value.isoformat()


def _information(o) -> str:
    if o.request_id:
        return o.request.information
    return o.information or (o.dip_item.title if o.dip_item_id else "")


COLUMNS = [
    ("No", None),
    ("Nomor registrasi keberatan", lambda o: o.number),
    ("Tanggal diterima", lambda o: _date(o.filed_at)),
    ("Nama pemohon / kuasa", lambda o: o.filer_display),
    ("Nomor pendaftaran permohonan", lambda o: o.request.number if o.request_id else ""),
    ("Informasi yang diminta", _information),
    ("Tujuan penggunaan informasi", lambda o: o.request.purpose if o.request_id else ""),
    ("Alasan keberatan", lambda o: "; ".join(f"{letter}. {GROUNDS[letter]}" for letter in o.grounds)),
    (
        "Tanggapan Atasan PPID",
        lambda o: (o.get_decision_display() + (f": {o.decision_text}" if o.decision_text else ""))
        if o.decision
        else "",
    ),  # fmt: skip
    ("Tanggal tanggapan", lambda o: _date(o.decided_at)),
    ("Nama dan jabatan Atasan PPID", lambda o: ", ".join(p for p in (o.atasan_name, o.atasan_post) if p)),
    ("Tanggapan pemohon", lambda o: o.get_response_display() if o.response else ""),
]
HEADERS = [header for header, _value in COLUMNS]


def rows(objections) -> list[list]:
    with translation.override("id"):
        result = [HEADERS]
        for index, o in enumerate(objections, start=1):
            result.append([index if value is None else value(o) for _header, value in COLUMNS])
        return result


def export_csv(objections) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    for row in rows(objections):
        writer.writerow([_safe_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_xlsx(objections) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Register keberatan"
    for row in rows(objections):
        sheet.append([_safe_cell(value) for value in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate([5, 20, 12, 30, 20, 40, 30, 50, 50, 12, 30, 30], start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
