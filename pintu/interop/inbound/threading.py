"""Which report an inbound message answers, and only when the sender is that report's reporter. Anything
else becomes a new report (no wrong door).

E-mail: a tracking code in the subject or body, or a Message-ID we minted in In-Reply-To/References.
WhatsApp and SMS (no headers to follow), strongest first: the WhatsApp message of ours it replies to
(`context.id`, our delivery's reference); a tracking code in the text; else the open report this number was
last sent a message about (`last_notified_report`). A message that starts with BARU is a new report.
"""

import re

from pintu.complaints.identity import contact_matches, report_ids_of_phone
from pintu.complaints.models import Report
from pintu.interop.models.outbound import Delivery, DeliveryPurpose
from pintu.notifications.msgid import codes_in_references

#: A WhatsApp/SMS message starting with one of these words is a new report, not a reply.
NEW_REPORT_WORDS = ("BARU", "LAPOR BARU", "LAPORAN BARU")

CODE_RE = re.compile(r"\b(LPR-\d{4}-[2-9A-HJKMNP-Z]{5})\b", re.IGNORECASE)


def codes_in_text(*texts: str) -> list[str]:
    found: list[str] = []
    for text in texts:
        for code in CODE_RE.findall(text or ""):
            if code.upper() not in found:
                found.append(code.upper())
    return found


def thread_codes(*, subject: str = "", body: str = "", in_reply_to: str = "", references: str = "") -> list[str]:
    """Candidate report codes, strongest first: Message-IDs we minted, then codes in subject, then body."""
    found = codes_in_references(in_reply_to, references)
    for code in codes_in_text(subject, body):
        if code not in found:
            found.append(code)
    return found


def report_answered(codes: list[str], *, email: str = "", phone: str = "") -> Report | None:
    """The first open report among `codes` whose reporter is the sender."""
    for code in codes:
        report = Report.objects.filter(code=code).first()
        if report and not report.is_closed and contact_matches(report, email=email, phone=phone):
            return report
    return None


def report_of_our_message(reference: str, phone: str) -> Report | None:
    """The open report our WhatsApp message `reference` (a wamid) was about, if `phone` is its reporter."""
    if not reference:
        return None
    ours = Delivery.objects.filter(purpose=DeliveryPurpose.NOTIFICATION, report__isnull=False)
    delivery = ours.filter(external_ref=reference[:120]).select_related("report").first()
    report = delivery.report if delivery else None
    if report and not report.is_closed and contact_matches(report, phone=phone):
        return report
    return None


def last_notified_report(phone: str) -> Report | None:
    """The open report of this number's reporter that we last sent a WhatsApp/SMS message about."""
    report_ids = report_ids_of_phone(phone)
    if not report_ids:
        return None
    notified = (
        Delivery.objects.filter(purpose=DeliveryPurpose.NOTIFICATION, report_id__in=report_ids)
        .order_by("-created_at", "-pk")
        .values_list("report_id", flat=True)
    )
    seen = set()
    for report_id in notified[:200]:
        if report_id in seen:
            continue
        seen.add(report_id)
        report = Report.objects.filter(pk=report_id).first()
        if report and not report.is_closed:
            return report
    return None


def starts_new_report(text: str) -> tuple[bool, str]:
    """(True, the text without the word) when a WhatsApp/SMS message asks to be a new report."""
    stripped = (text or "").strip()
    for word in sorted(NEW_REPORT_WORDS, key=len, reverse=True):
        head = stripped[: len(word)]
        if head.upper() == word and (len(stripped) == len(word) or not stripped[len(word)].isalnum()):
            return True, stripped[len(word) :].lstrip(" :,.-\n")
    return False, stripped
