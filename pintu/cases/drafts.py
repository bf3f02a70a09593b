"""The part of an intake draft every case type shares (a ReportDraft, a RequestDraft): the citizen's contact,
the optional consent to WhatsApp/SMS messages, the submission's idempotency key and language, and the officer
who typed it in. pintu.cases.intake's checks and `new_case_fields` read these fields.

Keyword-only, so each case type's own draft keeps its own fields, positional ones first, in their order.
"""

from dataclasses import dataclass


@dataclass(kw_only=True)
class ContactDraft:
    name: str = ""
    email: str = ""
    phone: str = ""
    consent: bool = False  # ignored (issue #18): handling a complaint or a request is a duty, not consent-based
    notify_channels: tuple[str, ...] = ()  # optional consent to WhatsApp/SMS messages ("whatsapp", "sms")
    idempotency_key: str = ""
    created_by: object | None = None  # the officer who typed it in (staff entry); None when the citizen did
    language: str = ""
