"""The reporter's PDF receipt, offered on the confirmation page (the secret is printed only while this
session still holds it, as on that page)."""

from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from pintu.agencies.tree import root_pemkab
from pintu.complaints import receipt_send
from pintu.complaints.receipts import receipt_for
from pintu.complaints.views.public import RECEIPTS_KEY
from pintu.complaints.views.public_track import report_of_reporter
from pintu.letters.receipt_send import send_from_page
from pintu.letters.receipts import receipt_response
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
    return receipt_response(view)


@require_POST
def intake_receipt_send(request, code: str):
    """Send the receipt to the reporter's own e-mail or WhatsApp (the secret, by e-mail only, while this
    session holds it): pintu.letters.receipt_send, shared by the three case types."""
    report = report_of_reporter(request, code)
    if report is None:
        return redirect(f"{reverse('complaints:track')}?{urlencode({'kode': code})}")
    receipt = request.session.get(RECEIPTS_KEY, {}).get(code) or {}
    return send_from_page(request, receipt_send.KEY, report, addresses=receipt_send.addresses_of(report),
                          code=report.code, received=report.submitted_at, secret=unseal(receipt.get("secret")) or "",
                          back=reverse("complaints:intake_done", args=[report.code]))  # fmt: skip
