"""What the staff pages that hold letters being drafted or signed (the breach notices, the annual cover letters)
answer: the letter they name, its download, and the "approve and sign" button."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect

from pintu.letters.forms import sign_posted
from pintu.letters.services import draft_pdf


def letter_or_404(letters, pk):
    """The letter `pk` (from the page's form or address) among the page's `letters`, else 404 (also for a
    `pk` that is no number)."""
    letter = letters.filter(pk=pk).first() if str(pk).isdigit() else None
    if letter is None:
        raise Http404
    return letter


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


def sign_from_page(request, letter, *, render_page, done: str, back: str):
    """The page's "approve and sign" button: sign `letter` with the posted passphrase; when refused, the page
    again (`render_page(status=400, sign_form=form)`) with the reason on the form, else `done` and back."""
    form = sign_posted(letter, request.user, request.POST)
    if form.errors:
        return render_page(status=400, sign_form=form)
    messages.success(request, done)
    return redirect(back)
