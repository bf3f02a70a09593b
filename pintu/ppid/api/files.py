"""What every PPID file endpoint shares: answers are bytes whatever the Accept header asks for, errors
are the API's JSON body, and the schema declares binary bodies, one operation per format (the web has
one URL name per format). Each slice's api/ builds its file endpoints on these."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.negotiation import BaseContentNegotiation, DefaultContentNegotiation
from rest_framework.views import APIView

from pintu.apikit.schema import binary, errors
from pintu.files.limits import SUPPORTED_TYPES
from pintu.ppid.sheets import XLSX_TYPE

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


def _file_text(fmt: str) -> str:
    return {"csv": "Berkas CSV (UTF-8)", "xlsx": "Berkas XLSX", "pdf": "Berkas PDF"}[fmt]


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


def per_formats(base: type[FileView], formats, *, operation_id: str, summary: str, **schema) -> dict:
    """{fmt: per_format(base, fmt, ...)} for each of `formats`; `{fmt}` in `operation_id` and `{FMT}` in `summary`
    name the format (e.g. "staff_ppid_requests_{fmt}", "Unduh register permohonan ({FMT})")."""
    return {
        fmt: per_format(base, fmt, operation_id=operation_id.format(fmt=fmt), summary=summary.format(FMT=fmt.upper()),
                        **schema)
        for fmt in formats
    }  # fmt: skip


def document_responses(*codes: int, description: str = "Berkas dokumen") -> dict:
    """A stored document in any type an upload can be cleaned to, and the API's JSON errors."""
    return {**binary(*sorted(SUPPORTED_TYPES), description=description), **errors(*codes)}
