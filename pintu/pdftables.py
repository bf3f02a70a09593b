"""The tables of the ReportLab PDFs (the leaders' report of pintu.insights, the PPID annual report): a bold,
shaded header row repeated on every page, a grey grid, and the cells as wrapping paragraphs."""

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle


def grid_table(header, rows, widths, styles, *, size: float, leading: float, text_only: bool = True, style=()):
    """`text_only`: every value is written as text; otherwise only strings are, other values (figures
    already drawn) stand as they are. `style`: commands added to the table's style (e.g. right-aligned figures)."""
    cell = styles["BodyText"]
    cell.fontSize, cell.leading = size, leading

    def written(value):
        return Paragraph(escape(str(value)), cell) if text_only or isinstance(value, str) else value

    table = Table([[written(h) for h in header]] + [[written(v) for v in row] for row in rows], colWidths=widths,
                  repeatRows=1)  # fmt: skip
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *style,
    ]))  # fmt: skip
    return table
