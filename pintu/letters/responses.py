"""The staff pages' download of a letter being drafted or signed (the breach notices, the annual cover letters)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect

from pintu.letters.services import draft_pdf


def letter_pdf_response(request, letter, *, filename: str, back: str):
    """The signed file, or the draft (watermarked DRAF), inline and not cached; when it cannot be drawn
    (e.g. the region has no kop surat yet) the reason as a message and back to the page `back`, not a failure."""
    try:
        content = draft_pdf(letter)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(back)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response
