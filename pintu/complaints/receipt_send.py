"""What a report lends the shared receipt sending (pintu.letters.receipt_send): how to draw its receipt,
its tracking address, and the reporter's own e-mail and phone (no other address can be typed)."""

from django.conf import settings
from django.urls import reverse

from pintu.complaints.models import Report, ReporterContact
from pintu.complaints.receipts import receipt_for
from pintu.letters.receipt_send import Addresses, register_receipt

KEY = "report"  # the case's name in a message's context, as the phone messages read it


def track_url(report: Report) -> str:
    return settings.BASE_URL + reverse("complaints:track") + f"?kode={report.code}"


def addresses_of(report: Report) -> Addresses:
    contact = ReporterContact.objects.filter(report=report).first()
    return Addresses(contact.email, contact.phone) if contact else Addresses()


def register() -> None:
    register_receipt(KEY, receipt_for, track_url)
