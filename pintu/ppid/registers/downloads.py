"""The register's downloads, served by the web views and the REST API alike: the published DIP as
CSV/XLSX (filtered like the public list) and a DIP item's documents. Rows start from the selectors."""

from django.db.models import QuerySet
from django.http import FileResponse, Http404, HttpResponse

from pintu.files.limits import PDF
from pintu.ppid.downloads import Download, dated_table
from pintu.ppid.registers import io
from pintu.ppid.registers.models import DipFile, DipStatus
from pintu.ppid.registers.search import filter_matching
from pintu.ppid.registers.selectors import dip_items_visible_to


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
    suffix = f"-{agency_code}" if agency_code else ""
    return dated_table(items, fmt, (io.export_csv, io.export_xlsx), f"dip{suffix.lower()}")


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


def draft_response(item, *, http_request):
    """The waiting determination letter of a DIK entry, for the staff who see the entry (checked by the
    caller): watermarked DRAF, unnumbered, unsigned. Audited."""
    from pintu.audit.services import audit
    from pintu.letters.services import draft_pdf
    from pintu.ppid.letter_drafts import pending_letter

    letter = pending_letter(item)
    if letter is None:
        raise Http404
    audit("letter.draft_opened", target=letter, details={"dik_item": item.pk}, request=http_request)
    response = HttpResponse(draft_pdf(letter), content_type=PDF)
    response["Content-Disposition"] = f'inline; filename="draf-penetapan-dik-{item.pk}.pdf"'
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
