"""Receipts ("tanda terima") for what a citizen sent: a complaint, an information request, an objection.

A receipt is not an official letter (no number, no signature): it is the citizen's own record of the
code, the secret (only while the confirmation page still holds it), what was sent, the deadlines in
working days with their dates, how to track, and a QR code to the tracking page. It follows the page
language. Rendered with the letters' engine (WeasyPrint, tagged PDF, the shipped fonts, no fetching).
"""

from dataclasses import dataclass, field

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from weasyprint import HTML

from pintu.letters.rendering import FONT_DIR, FONTS, LetterFetcher, qr_uri
from pintu.workdays.wording import day_text  # a date as a receipt writes it: "Rabu, 9 Desember 2026"


@dataclass(frozen=True)
class ReceiptView:
    title: str  # "Tanda terima laporan"
    body_name: str  # the government that received it
    code_label: str  # "Kode lacak", "Nomor pendaftaran"
    code: str
    received_text: str  # "Senin, 7 Desember 2026 pukul 09.15 WIB"
    track_url: str  # absolute: printed and in the QR code
    how_to_track: str
    sent: list[tuple[str, str]] = field(default_factory=list)  # what was sent: (label, value)
    deadlines: list[tuple[str, str]] = field(default_factory=list)  # (what, "3 hari kerja: Rabu, 9 Desember 2026")
    secret: str = ""  # shown once, on the confirmation page's receipt only
    secret_note: str = ""  # why there is no secret (e.g. the receipt sent by e-mail)

    @property
    def qr(self) -> str:
        return qr_uri(self.track_url)


def render_receipt_pdf(view: ReceiptView) -> bytes:
    html = render_to_string("letters/pdf/receipt.html", {"v": view, "fonts": FONTS, "lang": get_language() or "id"})
    document = HTML(string=html, url_fetcher=LetterFetcher(), base_url=str(FONT_DIR))
    return document.write_pdf(pdf_variant="pdf/ua-1", pdf_tags=True)


def working_days_by(days: int, due) -> str:
    """A deadline as a receipt writes it: the working days and the date they end on, "3 hari kerja: paling
    lambat Rabu, 9 Desember 2026"."""
    return _("%(n)d hari kerja: paling lambat %(date)s") % {"n": days, "date": day_text(due)}


def moment_text(moment) -> str:
    """A moment in the region's time: "Senin, 7 Desember 2026, 09.15 WIB"."""
    return format_date(timezone.localtime(moment), "l, j F Y, H.i T")


def filename_for(code: str) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in code)
    return f"tanda-terima-{safe}.pdf"


def receipt_response(view: ReceiptView) -> HttpResponse:
    """The receipt as a download; never cached (it may carry the secret)."""
    response = HttpResponse(render_receipt_pdf(view), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename_for(view.code)}"'
    response["Cache-Control"] = "no-store"
    return response
