"""The objection answer's letter as files: the draft for the staff (watermarked, unsigned) and the signed
PDF for the requester (byte for byte the letter that was signed). Web and API share these; audited."""

from django.http import Http404, HttpResponse

from pintu.audit.services import audit
from pintu.files.limits import PDF
from pintu.letters.services import draft_pdf, signed_pdf
from pintu.ppid.letter_drafts import pending_letter
from pintu.ppid.requests.documents import serve_bytes


def answer_draft_response(objection, *, http_request) -> HttpResponse:
    """The draft answer waiting for the signatory, for staff who see `objection` (checked by the caller)."""
    letter = pending_letter(objection)
    if letter is None:
        raise Http404
    audit("letter.draft_opened", target=letter, details={"objection": objection.pk}, request=http_request)
    return serve_bytes(draft_pdf(letter), PDF, f"draf-tanggapan-{objection.pk}.pdf", attachment=False)


def answer_response(objection, *, http_request) -> HttpResponse:
    """The signed answer for the proven requester (checked by the caller); 404 before it is signed."""
    letter = objection.answer_letter
    if letter is None:
        raise Http404
    audit("letter.opened", target=letter, details={"objection": objection.pk}, request=http_request)
    return serve_bytes(signed_pdf(letter), PDF, f"tanggapan-keberatan-{objection.pk}.pdf", attachment=True)
