"""SMS/WhatsApp gateway webhook: a signed JSON message becomes a report or a reply, exactly once.

Body: {"id": "...", "from": "+62812...", "text": "...", "channel": "sms"|"whatsapp", "timestamp": ...}
Headers: X-Pintu-Timestamp, X-Pintu-Signature (see pintu.interop.signing).
"""

import json
import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from pintu.complaints.models import Channel
from pintu.interop import conf, signing
from pintu.interop.inbound.intake import Incoming, Received, content_id, receive
from pintu.interop.inbound.threading import codes_in_text
from pintu.interop.models.inbound import Gateway, InboundKind
from pintu.interop.outbound.sms import sms_sender
from pintu.privacy.contact import InvalidPhone, normalize_phone
from pintu.security import jsoninput

log = logging.getLogger(__name__)
CHANNELS = {"sms": Channel.SMS, "whatsapp": Channel.WHATSAPP}
MAX_BODY = 64 * 1024


class BadMessage(ValueError):
    """The body is not a message we understand (400)."""


@dataclass(frozen=True)
class GatewayMessage:
    id: str
    sender: str
    text: str
    channel: str


def parse_body(body: bytes) -> GatewayMessage:
    if len(body) > MAX_BODY:
        raise BadMessage("too_large")
    try:
        data = jsoninput.loads(body)  # nesting depth limited (a JsonTooDeep is a JSONDecodeError)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadMessage("not_json") from None
    if not isinstance(data, dict):
        raise BadMessage("not_object")
    channel = CHANNELS.get(str(data.get("channel", "sms")).lower())
    if channel is None:
        raise BadMessage("channel")
    try:
        sender = normalize_phone(data.get("from"))
    except InvalidPhone:
        raise BadMessage("from") from None
    text = str(data.get("text") or "").strip()
    message_id = str(data.get("id") or "").strip() or content_id(sender, text, str(data.get("timestamp", "")))
    return GatewayMessage(message_id, sender, text, channel)


def verify_request(gateway: Gateway, timestamp: str | None, signature: str | None, body: bytes) -> None:
    """Raise signing.SignatureError unless the gateway signed this body recently."""
    signing.verify(gateway.secret, timestamp, signature, body, window=conf.signature_window())


def receive_gateway_message(gateway: Gateway, message: GatewayMessage) -> Received:
    """New report or threaded reply; the sender is answered by SMS/WhatsApp after commit (first time only)."""
    with transaction.atomic():
        received = receive(
            Incoming(
                source=f"gateway:{gateway.slug}",
                external_id=message.id,
                channel=message.channel,
                text=message.text,
                sender_phone=message.sender,
                thread_codes=codes_in_text(message.text),
            )
        )
        if received.created:
            answer = _answer(received)
            transaction.on_commit(lambda: _send(message.sender, answer, message.channel))
    return received


def _answer(received: Received) -> str:
    report = received.report
    if received.message.kind == InboundKind.REPLY:
        return _("Balasan Anda untuk laporan %(code)s sudah kami terima.") % {"code": report.code}
    return _(
        "Laporan Anda diterima. Kode lacak %(code)s, kode rahasia %(secret)s. Simpan kedua kode ini untuk melihat "
        "perkembangan di situs Pintu. Data Anda dipakai hanya untuk menangani laporan ini."
    ) % {"code": report.code, "secret": received.secret}


def _send(to: str, text: str, channel: str) -> None:
    try:
        sms_sender().send(to, text, channel)
    except Exception:  # the report stands; the reporter can still be reached by staff
        log.exception("answering %s sender failed", channel)
