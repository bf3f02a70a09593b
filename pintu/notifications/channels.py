"""WhatsApp and SMS: the registry through which a higher app lends notifications its phone senders.

Notifications sits low (ARCH.md): it knows the messages, the outbox and who agreed to what, not how a
WhatsApp or SMS message leaves the building. pintu.interop, high above, registers one `PhoneTransport`
per channel in its AppConfig.ready() (chosen per region in settings: WhatsApp Business Cloud API, an
office Android phone running SMS Gateway for Android, a generic HTTP SMS provider). The worker hands each
queued phone message over (`hand_over`); the transport queues it as an interop delivery, which is retried
with backoff and shown in the delivery log.

A message handed over carries what it says, not where it came from: no id that names the outbox row, the
case only as the object the transport may link its log entry to.
"""

from dataclasses import dataclass
from typing import Protocol

from pintu.notifications.models import PHONE_CHANNELS


@dataclass(frozen=True)
class PhoneMessage:
    channel: str  # "whatsapp" | "sms"
    to: str  # E.164, "+62..."
    language: str  # the recipient's language ("id", "en")
    text: str  # the whole message as plain text: the SMS, and WhatsApp's free-form text
    template: str = ""  # the approved WhatsApp template ("" = free-form text, only inside WhatsApp's 24-hour window)
    params: tuple[str, ...] = ()  # the template's body parameters {{1}}, {{2}}, ... in order
    code_button: str = ""  # an authentication template's one-time code, repeated for its copy-code button
    kind: str = ""  # which message this is (the notification template, "one_time_code", "answer")
    case: object | None = None  # the case it is about (a Report, an InformationRequest), for the delivery log
    fallback: str = ""  # the channel to try when `channel` cannot deliver it at all ("sms" after WhatsApp)


class PhoneTransport(Protocol):
    def available(self) -> bool:
        """Whether this region has a sender for the channel configured now (settings are read at call time)."""

    def hand_over(self, message: PhoneMessage) -> None:
        """Queue the message for sending, in the caller's transaction; raise only when it cannot be queued."""


class NoTransport(LookupError):
    """No sender is configured for a phone channel (the region did not set one up, or switched it off)."""


_TRANSPORTS: dict[str, PhoneTransport] = {}


def register_transport(channel: str, transport: PhoneTransport) -> None:
    if channel not in PHONE_CHANNELS:
        raise ValueError(f"unknown phone channel {channel!r}")
    _TRANSPORTS[channel] = transport


def unregister_transport(channel: str) -> None:  # tests
    _TRANSPORTS.pop(channel, None)


def available_channels() -> list[str]:
    """The phone channels this region can send on now, preferred first (WhatsApp, then SMS)."""
    return [channel for channel in PHONE_CHANNELS if (t := _TRANSPORTS.get(channel)) is not None and t.available()]


def hand_over(message: PhoneMessage) -> None:
    transport = _TRANSPORTS.get(message.channel)
    if transport is None or not transport.available():
        raise NoTransport(message.channel)
    transport.hand_over(message)
