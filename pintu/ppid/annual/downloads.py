"""The annual report as files, served by the web views and the REST API alike: the staff's live
figures, and the public's frozen copy of a published report (PDF or XLSX)."""

from pintu.ppid.annual import dispatch, pdf, services, xlsx
from pintu.ppid.downloads import Download
from pintu.ppid.sheets import XLSX_TYPE

FORMATS = ("pdf", "xlsx")


def annual_document(content: services.ReportContent, fmt: str, name: str) -> Download:
    if fmt == "pdf":
        return Download(pdf.build_pdf(content), "application/pdf", f"{name}.pdf")
    return Download(xlsx.build_xlsx(content), XLSX_TYPE, f"{name}.xlsx")


def _annual_name(year: int, agency) -> str:
    return f"laporan-tahunan-ppid-{year}" + (f"-{agency.code.lower()}" if agency else "")


def live_annual(year: int, agency, fmt: str) -> Download:
    """The staff download: the figures as they are now, with the current narrative."""
    return annual_document(services.live_content(year, agency), fmt, _annual_name(year, agency))


def published_annual(report, fmt: str) -> Download:
    """The public download: the figures frozen when the report was published; the PDF exactly as described
    (by its SHA-256) in the signed cover letter once one was drafted."""
    name = _annual_name(report.year, report.agency)
    if fmt == "pdf":
        return Download(dispatch.report_file(report), "application/pdf", f"{name}.pdf")
    return annual_document(services.published_content(report), fmt, _annual_name(report.year, report.agency))


def cover_letter(report) -> Download | None:
    """The signed cover letter in force of a published report (None: not signed yet)."""
    letter = dispatch.signed_cover(report)
    if letter is None:
        return None
    name = _annual_name(report.year, report.agency).replace("laporan-tahunan-ppid", "surat-pengantar-laporan-tahunan")
    return Download(bytes(letter.pdf), "application/pdf", f"{name}.pdf")
