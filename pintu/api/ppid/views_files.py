"""Public PPID downloads over the API: a DIP item's document, the published DIP as CSV/XLSX, and a
published annual report as PDF/XLSX (the web's ppid:dip_file, dip_export_csv/xlsx, annual_pdf/xlsx).

The bytes, media type and file name come from pintu.ppid.downloads, which the web views call too, so
both doors hand out the same file. Reads start from the selectors: a draft DIP item's document is a 404
for the public (staff see what dip_items_visible_to gives them), an unpublished report a 404.

Also here: what every file endpoint shares (views_files_staff.py uses it): answers are bytes whatever
the Accept header asks for, errors are the API's JSON body, and the schema declares binary bodies.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions
from rest_framework.negotiation import BaseContentNegotiation, DefaultContentNegotiation
from rest_framework.views import APIView

from pintu.api.ppid import serializers_files as sf
from pintu.apikit.ids import checked_id
from pintu.apikit.schema import READ_PUBLIC, binary, errors
from pintu.files.limits import SUPPORTED_TYPES
from pintu.ppid import downloads
from pintu.ppid.annual import services as annual_services
from pintu.ppid.io import XLSX_TYPE

TAG = ["PPID (publik)"]
MEDIA_TYPES = {"csv": "text/csv", "xlsx": XLSX_TYPE, "pdf": "application/pdf"}


class BytesOrJsonErrors(BaseContentNegotiation):
    """A download answers its file whatever Accept says (e.g. `Accept: text/csv` is not refused with 406);
    an error answers the API's JSON error body."""

    def select_parser(self, request, parsers):
        return DefaultContentNegotiation().select_parser(request, parsers)

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


class FileView(APIView):
    """Base of every file endpoint: bytes or JSON errors; `fmt` set per URL by `per_format`."""

    content_negotiation_class = BytesOrJsonErrors
    fmt = ""


def per_format(base: type[FileView], fmt: str, *, operation_id: str, summary: str, tags: list, codes: tuple,
               parameters=None) -> type[FileView]:  # fmt: skip
    """A subclass of `base` for one format, with its own schema (operation id, media type)."""
    view = type(f"{base.__name__}{fmt.capitalize()}", (base,), {"fmt": fmt, "__doc__": base.__doc__})
    schema = extend_schema(
        tags=tags,
        operation_id=operation_id,
        summary=summary,
        parameters=parameters,
        responses={**binary(MEDIA_TYPES[fmt], description=_file_text(fmt)), **errors(*codes)},
    )
    return extend_schema_view(get=schema)(view)


def _file_text(fmt: str) -> str:
    return {"csv": "Berkas CSV (UTF-8)", "xlsx": "Berkas XLSX", "pdf": "Berkas PDF"}[fmt]


class DipFile(FileView):
    """One document of a DIP item the caller may see (the public: published items only)."""

    @extend_schema(tags=TAG, operation_id="ppid_dip_file", summary="Unduh berkas informasi DIP",
                   responses={**binary(*sorted(SUPPORTED_TYPES), description="Berkas dokumen"),
                              **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, pk: int):
        row = downloads.visible_dip_file(request.user, checked_id(pk))
        if row is None:
            raise exceptions.NotFound(_("Berkas tidak ditemukan."))
        return downloads.dip_file_response(row)


class DipExport(FileView):
    """The published DIP (all agencies or one), the same file as the public page's download links."""

    def get(self, request):
        form = sf.DipExportFilter(data=request.query_params)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        qs = downloads.published_dip(request.user, q=data["q"], category=data["category"], agency_code=data["agency"])
        return downloads.dip_export(qs, self.fmt, data["agency"]).response()


class AnnualFile(FileView):
    """A published annual report, with the figures frozen when it was published."""

    def get(self, request, pk: int):
        report = annual_services.published_reports().filter(pk=checked_id(pk)).first()
        if report is None:
            raise exceptions.NotFound(_("Laporan tahunan tidak ditemukan."))
        return downloads.published_annual(report, self.fmt).response()


DIP_EXPORT = {
    fmt: per_format(DipExport, fmt, operation_id=f"ppid_dip_export_{fmt}", tags=TAG, codes=READ_PUBLIC,
                    parameters=[sf.DipExportFilter],
                    summary=f"Unduh DIP yang diumumkan ({fmt.upper()}), dengan saringan daftar DIP")
    for fmt in downloads.FORMATS
}  # fmt: skip
ANNUAL_FILE = {
    fmt: per_format(AnnualFile, fmt, operation_id=f"ppid_annual_{fmt}", tags=TAG, codes=READ_PUBLIC,
                    summary=f"Unduh laporan tahunan PPID yang diumumkan ({fmt.upper()})")
    for fmt in ("pdf", "xlsx")
}  # fmt: skip
