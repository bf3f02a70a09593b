"""Sending a one-time code (or the "you already have an account" notice) to an e-mail address or a phone.

    send_code(destination, code, purpose, language)

E-mail goes out at once through Django's mail backend (EMAIL_BACKEND): a code is only useful for a few
minutes, so it does not wait in the outbox queue. A phone number goes to the ONE registered phone
sender: a callable taking a `PhoneCode` (the number, the code and the finished text, so an SMS gateway
can send `text` and WhatsApp can fill an approved authentication template with `code`).

Where the real WhatsApp/SMS sender plugs in: the channel adapters (pintu.interop / pintu.notifications,
issue #16 item 4) call `register_phone_sender(their_function)` in their AppConfig.ready(). Until one is
registered, a phone number gets `CodeNotSent` and the page asks for an e-mail address instead. Tests
register a fake sender (tests/security_auth/conftest.py, fixture `phone_outbox`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from pintu.security.destinations import Destination
from pintu.security.onetime import CODE_MINUTES

log = logging.getLogger(__name__)

#: Purposes of a message without a code: someone tried to register an address that has an account.
ACCOUNT_EXISTS = "account_exists"


@dataclass(frozen=True)
class PhoneCode:
    phone: str  # E.164, "+62812..."
    code: str  # "" for ACCOUNT_EXISTS
    purpose: str  # CodePurpose value, or ACCOUNT_EXISTS
    language: str  # "id" or "en"
    text: str  # the whole message in `language`, for an SMS


PhoneSender = Callable[[PhoneCode], None]
_phone_sender: PhoneSender | None = None


class CodeNotSent(Exception):
    """The message could not be sent (no phone sender, or the mail server or gateway refused)."""

    def __init__(self, no_channel: bool = False):
        super().__init__("no phone sender registered" if no_channel else "sending failed")
        self.no_channel = no_channel


def register_phone_sender(sender: PhoneSender | None) -> PhoneSender | None:
    """Set the phone sender (None removes it); returns the one it replaces (tests put it back)."""
    global _phone_sender
    previous, _phone_sender = _phone_sender, sender
    return previous


def phone_sender_registered() -> bool:
    return _phone_sender is not None


def _render(purpose: str, code: str, language: str) -> tuple[str, str]:
    language = language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    context = {"code": code, "purpose": purpose, "minutes": CODE_MINUTES, "exists": purpose == ACCOUNT_EXISTS}
    with translation.override(language):
        text = render_to_string("security/code_message.txt", context).strip()
    subject, _sep, body = text.partition("\n")
    return subject.strip(), body.strip() + "\n"


def send_code(destination: Destination, code: str, purpose: str, language: str) -> None:
    """Send `code` for `purpose` to `destination` in `language`; raises CodeNotSent."""
    subject, body = _render(purpose, code, language)
    if destination.is_phone:
        if _phone_sender is None:
            raise CodeNotSent(no_channel=True)
        message = PhoneCode(destination.value, code, purpose, language, f"{subject}\n{body}".strip())
        try:
            _phone_sender(message)
        except Exception as exc:  # a gateway error must not show the person a 500
            log.warning("code message (%s) not sent by phone: %s", purpose, type(exc).__name__)
            raise CodeNotSent() from None
        return
    try:
        EmailMessage(subject=subject, body=body, to=[destination.value]).send()
    except Exception as exc:  # an SMTP refusal quotes the address: log only the kind of error
        log.warning("code message (%s) not sent by e-mail: %s", purpose, type(exc).__name__)
        raise CodeNotSent() from None


def send_account_exists(destination: Destination, language: str) -> None:
    """Tell the owner of an address that someone tried to register it (no code; the page stays the same)."""
    try:
        send_code(destination, "", ACCOUNT_EXISTS, language)
    except CodeNotSent:
        pass  # the page says the same either way; nothing to tell the visitor
