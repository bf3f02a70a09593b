"""The annual report as a spreadsheet (openpyxl): summary, per-request times, narrative."""

import io

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from pintu.ppid.annual.models import SectionKey
from pintu.ppid.annual.services import ReportContent
from pintu.ppid.annual.tables import request_rows, summary_tables
from pintu.ppid.sheets import safe_cell


def _bold(row) -> None:
    for cell in row:
        cell.font = Font(bold=True)


@translation.override(settings.LANGUAGE_CODE)  # an official document: always in the official language
def build_xlsx(content: ReportContent) -> bytes:
    workbook = Workbook()
    summary = workbook.active
    summary.title = _("Ringkasan")[:31]
    summary.append([_("Laporan Tahunan Layanan Informasi Publik Tahun %(year)s") % {"year": content.year}])
    summary.append([content.body_name])
    _bold(summary[1])
    for table in summary_tables(content.stats):
        summary.append([])
        summary.append([str(table.title)])
        _bold(summary[summary.max_row])
        summary.append([str(h) for h in table.header])
        for row in table.rows:
            summary.append([safe_cell(str(row[0])), *row[1:]])
    summary.column_dimensions["A"].width = 80
    summary.column_dimensions["B"].width = 14

    rows = request_rows(content.stats)
    times = workbook.create_sheet(_("Waktu layanan")[:31])
    times.append([str(h) for h in rows.header])
    _bold(times[1])
    for row in rows.rows:
        times.append([safe_cell(v) for v in row])
    for letter, width in zip("ABCDEF", (20, 40, 12, 14, 11, 30), strict=True):
        times.column_dimensions[letter].width = width
    times.freeze_panes = "A2"

    narrative = workbook.create_sheet(_("Narasi")[:31])
    narrative.append([_("Bagian"), _("Isi")])
    _bold(narrative[1])
    for key, label in SectionKey.choices:
        narrative.append([str(label), safe_cell(content.sections.get(key, ""))])
    narrative.column_dimensions["A"].width = 45
    narrative.column_dimensions["B"].width = 100
    for row in narrative.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
