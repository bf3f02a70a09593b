"""The annual report as an A4 PDF (reportlab, built-in Helvetica: no font files to ship)."""

import io
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from pintu.pdftables import grid_table
from pintu.ppid.annual.models import SectionKey
from pintu.ppid.annual.services import ReportContent
from pintu.ppid.annual.tables import SECTIONS_AFTER, SECTIONS_BEFORE, request_rows, summary_tables


def _paragraphs(text: str, style) -> list:
    if not text.strip():
        return [Paragraph(escape(_("(belum diisi)")), style)]
    return [Paragraph(escape(part).replace("\n", "<br/>"), style) for part in text.strip().split("\n\n")]


def _table(table, styles, widths) -> Table:
    figures_right = [("ALIGN", (1, 1), (-1, -1), "RIGHT")]
    return grid_table(table.header, table.rows, widths, styles, size=8.5, leading=10.5, text_only=False,
                      style=figures_right)  # fmt: skip


def _widths(columns: int) -> list[float]:
    """The label column takes what the figure columns (each wide enough for a one-word header) leave."""
    if columns == 2:
        return [12.5 * cm, 4.5 * cm]
    figure = (2.4 if columns <= 4 else 2.15) * cm
    return [17 * cm - figure * (columns - 1)] + [figure] * (columns - 1)


@translation.override(settings.LANGUAGE_CODE)  # an official document: always in the official language
def build_pdf(content: ReportContent) -> bytes:
    buffer = io.BytesIO()
    title = _("Laporan Tahunan Layanan Informasi Publik Tahun %(year)s") % {"year": content.year}
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=title, author=content.body_name)  # fmt: skip
    styles = getSampleStyleSheet()
    story = [Paragraph(escape(title), styles["Title"]), Paragraph(escape(content.body_name), styles["Heading2"])]
    story.append(Paragraph(escape(_("Disampaikan paling lambat 31 Maret tahun berikutnya, dengan salinan kepada "
                                    "Komisi Informasi (UU 14/2008 dan Perki 1/2021).")), styles["Italic"]))  # fmt: skip
    story.append(Spacer(1, 0.4 * cm))
    labels = dict(SectionKey.choices)
    number = 0

    def section(key):
        nonlocal number
        number += 1
        story.append(Paragraph(f"{number}. {escape(str(labels[key]))}", styles["Heading3"]))
        story.extend(_paragraphs(content.sections.get(key, ""), styles["BodyText"]))

    for key in SECTIONS_BEFORE:
        section(key)
    for table in summary_tables(content.stats):
        number += 1
        story.append(Paragraph(f"{number}. {escape(str(table.title))}", styles["Heading3"]))
        story.append(_table(table, styles, _widths(len(table.header))))
    rows = request_rows(content.stats)
    number += 1
    story.append(Paragraph(f"{number}. {escape(str(rows.title))}", styles["Heading3"]))
    if rows.rows:
        story.append(_table(rows, styles, [3.1 * cm, 3.3 * cm, 2.1 * cm, 2.7 * cm, 2.0 * cm, 3.8 * cm]))
    else:
        empty = _("Tidak ada permohonan yang diberi pemberitahuan tertulis.")
        story.append(Paragraph(escape(empty), styles["BodyText"]))
    for key in SECTIONS_AFTER:
        section(key)
    doc.build(story)
    return buffer.getvalue()
