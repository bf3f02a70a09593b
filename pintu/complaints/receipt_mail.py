"""The receipt sent by e-mail from the confirmation page (issue #16 item 3): the same PDF as the download,
to the reporter's own e-mail address (the one on the report; no other address can be typed), through the
outbox like every message. The secret is printed only when the confirmation session still holds it, as
on the download; it travels encrypted in the outbox row, as the acknowledgement's does, and the PDF is
made when the worker sends (notifications.messages.register_attachment)."""

from django.conf import settings
from django.urls import reverse

from pintu.agencies.tree import root_pemkab
from pintu.complaints.models import Report, ReporterContact
from pintu.complaints.receipts import receipt_for
from pintu.letters.receipts import filename_for, render_receipt_pdf
from pintu.notifications.models import Topic
from pintu.notifications.services import Recipient, notify

TEMPLATE = "report_receipt"


def track_url(report: Report) -> str:
    return settings.BASE_URL + reverse("complaints:track") + f"?kode={report.code}"


def attachment(context: dict) -> tuple[str, bytes, str]:
    report = context["report"]
    pemda = root_pemkab()
    view = receipt_for(report, secret=context.get("secret") or "", track_url=context.get("url") or track_url(report),
                       body_name=pemda.name if pemda else "")  # fmt: skip
    return filename_for(report.code), render_receipt_pdf(view), "application/pdf"


def email_of_reporter(report: Report) -> str:
    contact = ReporterContact.objects.filter(report=report).first()
    return contact.email if contact else ""


def send_receipt(report: Report, *, secret: str, language: str) -> bool:
    """Queue the receipt to the reporter's e-mail; False when the report has no e-mail address."""
    email = email_of_reporter(report)
    if not email:
        return False
    context = {"report": report, "url": track_url(report)}
    if secret:
        context["secret"] = secret
    notify([Recipient(email, language or "id")], Topic.OWN_CASES, TEMPLATE, context)
    return True
