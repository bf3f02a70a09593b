"""A request's private files as both faces serve them: the notice and delivered documents (RequestDocument)
and the requester's own identity files (decrypted by requests.identity). One audit entry per opening,
private headers, never cached. Who may open is the caller's check (the requester's proof, or the staff
selector) made BEFORE these are called.
"""

from django.http import FileResponse, Http404, HttpResponse

from pintu.audit.services import audit
from pintu.files.limits import PDF
from pintu.letters.services import draft_pdf
from pintu.ppid.letter_drafts import pending_letter
from pintu.ppid.requests.models import InformationRequest, RequestDocument


def _private_headers(response):
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


def serve_bytes(content: bytes, content_type: str, name: str, *, attachment: bool) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{name}"'
    return _private_headers(response)


def serve_document(document: RequestDocument):
    try:
        handle = document.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404
    response = FileResponse(
        handle,
        content_type=document.content_type,
        filename=document.original_name,
        as_attachment=document.content_type == PDF,
    )
    return _private_headers(response)


def opened_document(info: InformationRequest, pk: int, *, http_request) -> RequestDocument | None:
    """A document of `info` (read through the caller's check first), audited `document.open`."""
    document = RequestDocument.objects.filter(request=info, pk=pk).first()
    if document is not None:
        audit("document.open", target=document, details={"request": info.pk}, request=http_request)
    return document


def requester_document(info: InformationRequest, pk: int, request):
    """One document of `info` (notice or delivered file) for its proven requester (web and API), audited."""
    document = opened_document(info, pk, http_request=request)
    if document is None:
        raise Http404
    return serve_document(document)


def draft_letter_response(info: InformationRequest, *, http_request) -> HttpResponse:
    """The draft letter waiting for the signatory, for the staff handling `info` (checked by the caller):
    watermarked DRAF, unnumbered, unsigned; never the requester's. Audited."""
    letter = pending_letter(info)
    if letter is None:
        raise Http404
    audit("letter.draft_opened", target=letter, details={"request": info.pk}, request=http_request)
    return serve_bytes(draft_pdf(letter), PDF, f"draf-surat-{info.slug}.pdf", attachment=False)
