"""The public verification page /verifikasi/<token>/: the letter's standing, and "is this file the one?"."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from pintu.letters import verification
from pintu.letters.forms import CheckFileForm
from pintu.letters.nip import grouped
from pintu.security.ratelimit import limit_posts


@require_http_methods(["GET", "POST"])
@limit_posts("letter_verify")
def verify(request, token: str):
    letter = verification.find(token)
    if letter is None:
        raise Http404
    verdict = None
    form = CheckFileForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data.get("file")
        if upload is not None:
            verdict = verification.compare_file(letter, upload.chunks())
        else:
            verdict = verification.compare_hash(letter, form.cleaned_data["sha256"])
    context = {
        "letter": letter,
        "kind_label": verification.kind_label(letter),
        "standing": verification.standing(letter),
        "replacement": verification.replacement(letter),
        "stored_intact": verification.stored_file_intact(letter),
        "nip": grouped(letter.signer_nip),
        "form": form,
        "verdict": verdict,
    }
    response = render(request, "letters/verify.html", context, status=200)
    response["Cache-Control"] = "no-store"  # the standing changes when a letter is revoked
    response["X-Robots-Tag"] = "noindex"
    return response
