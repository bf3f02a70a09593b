"""Consent to WhatsApp/SMS messages: what the forms offer, and withdrawing it by phone number (STOP).

The consent itself is stored with the case's contact (complaints.ReporterContact, ppid.RequesterIdentity:
the channels agreed to, when, and when withdrawn, each change audited by the case type). Handling a case
is a public duty and needs no consent; messages by phone are optional, so they are sent only to whoever
ticked "Kirim kabar lewat WhatsApp/SMS ke nomor ini" (or wrote to us by WhatsApp/SMS in the first place).

Withdrawing by reply: the inbound gateway (pintu.interop) recognises STOP/BERHENTI and calls `opt_out`;
each case type registers, in its AppConfig.ready(), the function that withdraws every consent given with
that number (`register_opt_out`): a lower app announces, the higher apps listen.
"""

from collections.abc import Callable

from django.utils.translation import gettext as _

from pintu.notifications.channels import available_channels
from pintu.notifications.models import PHONE_CHANNELS

#: Replies that withdraw consent (compared without case, spaces and punctuation).
STOP_WORDS = frozenset({"STOP", "BERHENTI", "UNSUBSCRIBE", "STOPALL", "BERHENTILANGGANAN"})

OptOutHandler = Callable[..., int]  # (phone, *, channel, via) -> how many consents were withdrawn
_HANDLERS: dict[str, OptOutHandler] = {}


def register_opt_out(name: str, handler: OptOutHandler) -> None:
    _HANDLERS[name] = handler


def is_stop(text: str) -> bool:
    return "".join(ch for ch in (text or "").upper() if ch.isalnum()) in STOP_WORDS


def opt_out(phone: str, *, channel: str = "", via: str = "reply") -> int:
    """Withdraw every consent given with `phone` (E.164) in every case type; returns how many were withdrawn."""
    return sum(handler(phone, channel=channel, via=via) for _name, handler in sorted(_HANDLERS.items()))


def parse_channels(value) -> tuple[str, ...]:
    """The phone channels named in a stored value ("whatsapp,sms") or a list, in preference order."""
    items = value.split(",") if isinstance(value, str) else list(value or ())
    wanted = {str(item).strip().lower() for item in items}
    return tuple(channel for channel in PHONE_CHANNELS if channel in wanted)


def join_channels(channels) -> str:
    return ",".join(parse_channels(channels))


def offered_channels() -> tuple[str, ...]:
    """What ticking the consent box on a form agrees to: the phone channels this region can send on now."""
    return tuple(available_channels())


def channels_label(channels) -> str:
    names = {"whatsapp": "WhatsApp", "sms": "SMS"}
    return "/".join(names[channel] for channel in parse_channels(channels))


def consent_label() -> str:
    """The checkbox's label, naming what this region offers ("WhatsApp/SMS", "WhatsApp" or "SMS")."""
    return _("Kirim kabar lewat %(channels)s ke nomor ini") % {"channels": channels_label(offered_channels())}
