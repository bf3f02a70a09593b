"""The monthly and quarterly report for leaders as an A4 PDF (ReportLab, built-in Helvetica).

Always in the official language (translation.override(settings.LANGUAGE_CODE)), like the other
official documents. Contents: key figures of complaints and PPID, compliance per OPD, the top
problems (categories) per OPD, topics that grew and places that repeat. The figures come from the
same functions as the dashboard, for the same scope.
"""

import io
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from pintu.agencies.tree import root_pemkab
from pintu.insights import labels, queries
from pintu.insights.dashboard import complaint_tables, reports_heading
from pintu.insights.filters import Filters
from pintu.insights.ppid_dashboard import ppid_tables
from pintu.insights.render import display
from pintu.insights.scope import InsightScope
from pintu.pdftables import grid_table

TOP_AGENCIES = 20


def _grid(header: list[str], rows: list[list], widths, styles) -> Table:
    return grid_table(header, rows, widths, styles, size=8, leading=10)


def _top_problems(scope: InsightScope, filters: Filters) -> list[list[str]]:
    volumes = queries.counts_by(scope, filters, "agency")[:TOP_AGENCIES]
    tops = queries.top_categories_by_agency(scope, filters)
    agency_names = labels.names("agency", [a for a, _n in volumes])
    category_ids = {c for items in tops.values() for c, _n in items}
    category_names = labels.names("category", category_ids)
    rows = []
    for agency, n in volumes:
        problems = "; ".join(
            f"{category_names.get(c) or labels.NONE_LABELS['category']} ({count})" for c, count in tops.get(agency, [])
        )
        rows.append([agency_names.get(agency) or str(labels.NONE_LABELS["agency"]), n, problems])
    return rows


@translation.override(settings.LANGUAGE_CODE)  # an official document: always in the official language
def build_report(scope: InsightScope, filters: Filters, title: str) -> bytes:
    buffer = io.BytesIO()
    pemda = root_pemkab()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title=title, author=pemda.name if pemda else "Pintu")  # fmt: skip
    styles = getSampleStyleSheet()
    story = [Paragraph(escape(title), styles["Title"])]
    if pemda:
        story.append(Paragraph(escape(pemda.name), styles["Heading2"]))
    period = _("Periode %(start)s sampai %(end)s; dibuat %(now)s.") % {
        "start": filters.start.strftime("%d-%m-%Y"), "end": filters.end.strftime("%d-%m-%Y"),
        "now": timezone.localtime().strftime("%d-%m-%Y %H:%M"),
    }  # fmt: skip
    story += [Paragraph(escape(period), styles["Italic"]), Spacer(1, 0.3 * cm)]
    complaints = complaint_tables(scope, filters)
    ppid = ppid_tables(scope, filters)
    if complaints.key_figures:
        story.append(Paragraph(escape(_("1. Angka utama pengaduan (SP4N-LAPOR!)")), styles["Heading3"]))
        rows = [[f.label, display(f.value, f.kind)] for f in complaints.key_figures]
        story.append(_grid([_("Ukuran"), _("Nilai")], rows, [12.5 * cm, 4.5 * cm], styles))
        story.append(Paragraph(escape(_("2. Kepatuhan tenggat per OPD (% tepat waktu)")), styles["Heading3"]))
        compliance = complaints.table("compliance_agency")
        durations = {row[0]: row for row in complaints.table("durations_agency").rows}
        rows = []
        for row in compliance.rows[:TOP_AGENCIES]:
            d = durations.get(row[0])
            rows.append([row[0], row[1], display(row[4], "rate"), display(row[7], "rate"), display(row[10], "rate"),
                         display(d[5], "days") if d else "–"])  # fmt: skip
        header = [_("OPD"), reports_heading(), _("Verifikasi ≤3"), _("Tindak lanjut ≤5"), _("Selesai dalam target"),
                  _("Median hari sampai selesai")]  # fmt: skip
        story.append(_grid(header, rows, [5.5 * cm, 1.6 * cm, 2.2 * cm, 2.4 * cm, 2.4 * cm, 2.4 * cm], styles))
        story.append(
            Paragraph(escape(_("3. Masalah teratas per OPD (kategori dan jumlah laporan)")), styles["Heading3"])
        )
        story.append(_grid([_("OPD"), reports_heading(), _("Kategori teratas")], _top_problems(scope, filters),
                           [5.5 * cm, 1.6 * cm, 9.4 * cm], styles))  # fmt: skip
        for key, number in (("growing_categories", 4), ("repeating_places", 5), ("growing_terms", 6)):
            table = next((t for t in complaints.tables if t.key == key), None)
            if table is None:
                continue
            story.append(Paragraph(f"{number}. {escape(str(table.title))}", styles["Heading3"]))
            if table.rows:
                rows = [[display(v, c.kind) for v, c in zip(row, table.columns, strict=False)] for row in table.rows]
                story.append(_grid([str(c.label) for c in table.columns], rows, None, styles))
            else:
                story.append(Paragraph(escape(_("Tidak ada pada periode ini.")), styles["BodyText"]))
    if ppid.key_figures:
        story.append(Paragraph(escape(_("7. Layanan informasi publik (PPID)")), styles["Heading3"]))
        rows = [[f.label, display(f.value, f.kind)] for f in ppid.key_figures]
        story.append(_grid([_("Ukuran"), _("Nilai")], rows, [12.5 * cm, 4.5 * cm], styles))
    doc.build(story)
    return buffer.getvalue()
