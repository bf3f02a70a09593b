"""The reporter's PDF receipt, offered on the confirmation page (the secret is printed only while this
session still holds it, as on that page)."""

from urllib.parse import urlencode

from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET

from pintu.agencies.tree import root_pemkab
from pintu.complaints.receipts import receipt_for
from pintu.complaints.views.public import RECEIPTS_KEY
from pintu.complaints.views.public_track import report_of_reporter
from pintu.letters.receipts import filename_for, render_receipt_pdf
from pintu.privacy.sealed import unseal


def government_name() -> str:
    pemda = root_pemkab()
    return pemda.name if pemda else ""


@require_GET
def intake_receipt(request, code: str):
    report = report_of_reporter(request, code)
    if report is None:
        return redirect(f"{reverse('complaints:track')}?{urlencode({'kode': code})}")
    receipt = request.session.get(RECEIPTS_KEY, {}).get(code) or {}
    track_url = request.build_absolute_uri(f"{reverse('complaints:track')}?{urlencode({'kode': report.code})}")
    view = receipt_for(report, secret=unseal(receipt.get("secret")) or "", track_url=track_url,
                       body_name=government_name())  # fmt: skip
    response = HttpResponse(render_receipt_pdf(view), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename_for(report.code)}"'
    response["Cache-Control"] = "no-store"  # it may carry the secret
    return response
