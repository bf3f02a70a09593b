"""What a PPID download is, for every slice: the bytes, the media type and the name to save it under.

Each slice's downloads (registers/downloads.py, requests/register.py, objections/register.py,
annual/downloads.py) builds its files as `Download`s; the web views and the API endpoints both hand
them out, so a file is the same whichever door it left by, for the same user and filters.
"""

from dataclasses import dataclass

from django.http import HttpResponse

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
