"""The PPID downloads that the web pages and the REST API both serve: which rows, which bytes, which name.

The web views (pintu/ppid/views/) and the API views (pintu/api/ppid/views_files*.py) call these, so a
file downloaded from either is the same for the same user and filters, and an export of a register is
audited the same way whichever door it left by. Rows always start from the model's selector.
"""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpResponse
from django.utils import timezone

from pintu.audit.services import audit
from pintu.files.limits import PDF
from pintu.ppid import io
from pintu.ppid.annual import pdf, services, xlsx
from pintu.ppid.models import DipFile, DipStatus
from pintu.ppid.models_requests import RequestDocument
from pintu.ppid.objections import register as objection_register
from pintu.ppid.objections.selectors import objections_visible_to
from pintu.ppid.requests import clocks
from pintu.ppid.requests import register as request_register
from pintu.ppid.requests.numbering import parse_number
from pintu.ppid.requests.selectors import requests_handled_by
from pintu.ppid.requests.workflow import AWAITING_NOTICE
from pintu.ppid.search import filter_matching
from pintu.ppid.selectors import dip_items_visible_to

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class Download:
    """A generated file: its bytes, media type and the name offered to save it under."""

    content: bytes
    content_type: str
    filename: str

    def response(self) -> HttpResponse:
        response = HttpResponse(self.content, content_type=self.content_type)
        response["Content-Disposition"] = f'attachment; filename="{self.filename}"'
        return response


def _table(fmt: str, items, csv_builder, xlsx_builder) -> tuple[bytes, str]:
    if fmt == "csv":
        return csv_builder(items), io.CSV_TYPE
    return xlsx_builder(items), io.XLSX_TYPE


# --- DIP (public) ---------------------------------------------------------------------------------


def published_dip(user, *, q: str = "", category: str = "", agency_code: str = "") -> QuerySet:
    """The published DIP items `user` may see, filtered like the public list (category, agency code, words)."""
    qs = dip_items_visible_to(user).filter(status=DipStatus.PUBLISHED)
    if category:
        qs = qs.filter(category=category)
    if agency_code:
        qs = qs.filter(agency__code=agency_code)
    return filter_matching(qs, q or "")


def dip_export(qs: QuerySet, fmt: str, agency_code: str = "") -> Download:
    items = list(qs.order_by("agency__name", "number", "pk"))
    content, content_type = _table(fmt, items, io.export_csv, io.export_xlsx)
    suffix = f"-{agency_code}" if agency_code else ""
    return Download(content, content_type, f"dip{suffix.lower()}-{timezone.localdate().isoformat()}.{fmt}")


def visible_dip_file(user, pk: int) -> DipFile | None:
    """A DIP document whose item `user` may see (the public: published items only)."""
    return DipFile.objects.filter(pk=pk, item__in=dip_items_visible_to(user)).first()


def dip_file_response(row: DipFile) -> FileResponse:
    """Stream the stored document; PDFs as attachments, never sniffed or run by the browser."""
    try:
        handle = row.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404
    response = FileResponse(handle, content_type=row.content_type, as_attachment=row.content_type == PDF,
                            filename=row.original_name)  # fmt: skip
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "no-cache"
    return response


# --- registers (staff) ----------------------------------------------------------------------------


def filtered_requests(user, *, status: str = "", q: str = "", overdue: bool = False) -> QuerySet:
    """The requests `user` handles, filtered like the staff register (status, number, past the deadline)."""
    qs = requests_handled_by(user)
    if status:
        qs = qs.filter(status=status)
    if q:
        number = parse_number(q)
        qs = qs.filter(number=number) if number else qs.filter(number__icontains=q.strip())
    if overdue:
        today = timezone.localdate()
        ids = [r.pk for r in qs.filter(status__in=AWAITING_NOTICE) if clocks.is_overdue(r, today)]
        qs = qs.filter(pk__in=ids)
    return qs


def requests_export(qs: QuerySet, fmt: str, *, http_request) -> Download:
    """The register of requests as CSV/XLSX; every export is an audit entry (personal data leaves)."""
    items = list(qs.order_by("received_at", "pk"))
    audit("export.requests", details={"format": fmt, "rows": len(items)}, request=http_request)
    content, content_type = _table(fmt, items, request_register.export_csv, request_register.export_xlsx)
    return Download(content, content_type, f"register-permohonan-{timezone.localdate().isoformat()}.{fmt}")


def filtered_objections(user, *, status: str = "", grounds: str = "", year: int | None = None) -> QuerySet:
    """The objections `user` may see, filtered like the staff register (status, ground, year)."""
    qs = objections_visible_to(user)
    if status:
        qs = qs.filter(status=status)
    if grounds:
        qs = qs.filter(grounds__contains=grounds)
    if year:
        qs = qs.filter(year=year)
    return qs


def objections_export(qs: QuerySet, fmt: str, *, http_request) -> Download:
    items = list(qs.order_by("filed_at", "pk"))
    audit("export.objections", details={"format": fmt, "rows": len(items)}, request=http_request)
    content, content_type = _table(fmt, items, objection_register.export_csv, objection_register.export_xlsx)
    return Download(content, content_type, f"register-keberatan-{timezone.localdate().isoformat()}.{fmt}")


# --- annual report --------------------------------------------------------------------------------


def annual_document(content: services.ReportContent, fmt: str, name: str) -> Download:
    if fmt == "pdf":
        return Download(pdf.build_pdf(content), "application/pdf", f"{name}.pdf")
    return Download(xlsx.build_xlsx(content), io.XLSX_TYPE, f"{name}.xlsx")


def _annual_name(year: int, agency) -> str:
    return f"laporan-tahunan-ppid-{year}" + (f"-{agency.code.lower()}" if agency else "")


def live_annual(year: int, agency, fmt: str) -> Download:
    """The staff download: the figures as they are now, with the current narrative."""
    return annual_document(services.live_content(year, agency), fmt, _annual_name(year, agency))


def published_annual(report, fmt: str) -> Download:
    """The public download: the figures frozen when the report was published."""
    return annual_document(services.published_content(report), fmt, _annual_name(report.year, report.agency))


# --- a request's documents (staff) -----------------------------------------------------------------


def request_document(info, pk: int, *, http_request) -> RequestDocument | None:
    """A document of `info` (read through the caller's selector first), audited as the web does."""
    document = RequestDocument.objects.filter(request=info, pk=pk).first()
    if document is not None:
        audit("document.open", target=document, details={"request": info.pk}, request=http_request)
    return document
