"""What a PPID download is, for every slice: the bytes, the media type and the name to save it under.

Each slice's downloads (registers/downloads.py, requests/register.py, objections/register.py,
annual/downloads.py) builds its files as `Download`s; the web views and the API endpoints both hand
them out, so a file is the same whichever door it left by, for the same user and filters.
"""

from dataclasses import dataclass

from django.http import HttpResponse
from django.utils import timezone

from pintu.audit.services import audit
from pintu.ppid.sheets import CSV_TYPE, XLSX_TYPE

#: The formats of every register export.
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


def table(fmt: str, items, csv_builder, xlsx_builder) -> tuple[bytes, str]:
    """A register as CSV or XLSX, with its media type."""
    if fmt == "csv":
        return csv_builder(items), CSV_TYPE
    return xlsx_builder(items), XLSX_TYPE


def dated_table(items, fmt: str, builders, stem: str) -> Download:
    """A register as CSV or XLSX (`builders`: the CSV and the XLSX builder), saved as `<stem>-<today>.<fmt>`."""
    content, content_type = table(fmt, items, *builders)
    return Download(content, content_type, f"{stem}-{timezone.localdate().isoformat()}.{fmt}")


@dataclass(frozen=True)
class AuditedExport:
    """A register of cases as CSV/XLSX (web and API alike): the rows in `order`, saved as `<stem>-<today>`.
    Personal data leaves, so every export is an audit entry `action` with its format and row count."""

    order: tuple[str, ...]
    action: str
    builders: tuple  # the CSV and the XLSX builder
    stem: str

    def __call__(self, qs, fmt: str, *, http_request) -> Download:
        items = list(qs.order_by(*self.order))
        audit(self.action, details={"format": fmt, "rows": len(items)}, request=http_request)
        return dated_table(items, fmt, self.builders, self.stem)
