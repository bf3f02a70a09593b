"""Answering SMS/WhatsApp senders. Only an interface and a fake: no SMS provider is contracted yet.

A real sender implements `send(to, text, channel)` (raise on failure) and is added to SENDERS; the
setting PINTU_SMS_SENDER picks it.
"""

from dataclasses import dataclass
from typing import ClassVar, Protocol

from pintu.interop import conf


class SmsSender(Protocol):
    def send(self, to: str, text: str, channel: str) -> None: ...


@dataclass(frozen=True)
class SentSms:
    to: str
    text: str
    channel: str


class FakeSmsSender:
    """Keeps what it would have sent in `outbox` (class-wide, like Django's mail.outbox)."""

    outbox: ClassVar[list[SentSms]] = []

    def send(self, to: str, text: str, channel: str) -> None:
        self.outbox.append(SentSms(to, text, channel))


SENDERS: dict[str, type] = {"fake": FakeSmsSender}


def sms_sender() -> SmsSender:
    return SENDERS[conf.sms_sender()]()
