"""Which report an inbound message answers: by tracking code or by a Message-ID we sent, and only when
the sender is that report's reporter. Anything else becomes a new report (no wrong door)."""

import re

from pintu.complaints.identity import contact_matches
from pintu.complaints.models import Report
from pintu.notifications.msgid import codes_in_references

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
