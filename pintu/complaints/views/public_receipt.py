"""The reporter's PDF receipt, offered on the confirmation page (the secret is printed only while this
session still holds it, as on that page)."""

from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from pintu.agencies.tree import root_pemkab
from pintu.complaints.receipt_mail import send_receipt
from pintu.complaints.receipts import receipt_for
from pintu.complaints.views.public import RECEIPTS_KEY
from pintu.complaints.views.public_track import report_of_reporter
from pintu.letters.receipts import receipt_response
from pintu.privacy.sealed import unseal
from pintu.security.ratelimit import limit_posts


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


def _code(request, code: str, *args, **kwargs) -> list[str]:
    return [code]


@require_POST
@limit_posts("code_send", identities=_code)
def intake_receipt_send(request, code: str):
    """Send the receipt to the reporter's own e-mail (the secret only while this session holds it)."""
    report = report_of_reporter(request, code)
    if report is None:
        return redirect(f"{reverse('complaints:track')}?{urlencode({'kode': code})}")
    receipt = request.session.get(RECEIPTS_KEY, {}).get(code) or {}
    if send_receipt(report, secret=unseal(receipt.get("secret")) or "", language=get_language() or "id"):
        messages.success(request, _("Tanda terima sedang dikirim ke e-mail Anda. Periksa juga folder spam."))
    else:
        messages.error(request, _("Laporan ini tidak memiliki alamat e-mail. Unduh tanda terimanya sebagai PDF."))
    return redirect("complaints:intake_done", code)
