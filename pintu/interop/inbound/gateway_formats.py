"""What the gateways post to /interop/gateway/<slug>/, read into messages and delivery receipts.

Three kinds (Gateway.kind), each with its own signature:

- "pintu": our own JSON {"id", "from", "text", "channel": sms|whatsapp, "timestamp"}, signed with
  X-Pintu-Timestamp / X-Pintu-Signature (pintu.interop.signing), for any relay that can sign.
- "whatsapp_cloud": the WhatsApp Business Cloud API's webhook {"object": "whatsapp_business_account",
  "entry": [{"changes": [{"field": "messages", "value": {"contacts", "messages", "statuses"}}]}]}, signed
  with X-Hub-Signature-256 under the Meta app secret. Messages: text, button and interactive replies, and
  the caption of media (the media itself is not fetched); `context.id` names the message of ours it answers.
  Statuses (sent, delivered, read, failed) are receipts for our deliveries, found by the WhatsApp id.
- "android_sms": SMS Gateway for Android's webhooks {"event", "id", "deviceId", "payload"}, signed with
  X-Signature / X-Timestamp: "sms:received" is a message; "sms:sent", "sms:delivered", "sms:failed" are
  receipts for our deliveries, found by the message id we gave the phone.
"""

import json
import logging
from dataclasses import dataclass, field

from pintu.interop import conf, signing
from pintu.interop.inbound.intake import content_id
from pintu.interop.models import Gateway, GatewayKind
from pintu.privacy.contact import InvalidPhone, normalize_phone
from pintu.security import jsoninput

log = logging.getLogger(__name__)
MAX_BODY = 256 * 1024
CHANNELS = ("sms", "whatsapp")


class BadMessage(ValueError):
    """The body is not a message we understand (400)."""


@dataclass(frozen=True)
class GatewayMessage:
    id: str
    sender: str  # E.164
    text: str
    channel: str  # "sms" | "whatsapp"
    answers: str = ""  # the id of our message it replies to (WhatsApp's context.id), if it says so


@dataclass(frozen=True)
class Receipt:
    reference: str  # the id the provider gave our message (Delivery.external_ref)
    status: str  # sent | delivered | read | failed
    error: str = ""


@dataclass
class Batch:
    messages: list[GatewayMessage] = field(default_factory=list)
    receipts: list[Receipt] = field(default_factory=list)
    skipped: int = 0  # messages we cannot read (a foreign number, a sticker without text)


def verify(gateway: Gateway, headers, body: bytes) -> None:
    """Raise signing.SignatureError unless the gateway signed this body (recently, where the scheme says when)."""
    if gateway.kind == GatewayKind.WHATSAPP_CLOUD:
        signing.verify_meta(gateway.secret, headers.get("X-Hub-Signature-256"), body)
    elif gateway.kind == GatewayKind.ANDROID_SMS:
        signing.verify_android(gateway.secret, headers.get("X-Timestamp"), headers.get("X-Signature"), body,
                               window=conf.signature_window())  # fmt: skip
    else:
        signing.verify(gateway.secret, headers.get(signing.TIMESTAMP_HEADER), headers.get(signing.SIGNATURE_HEADER),
                       body, window=conf.signature_window())  # fmt: skip


def _json(body: bytes) -> dict:
    if len(body) > MAX_BODY:
        raise BadMessage("too_large")
    try:
        data = jsoninput.loads(body)  # nesting depth limited (a JsonTooDeep is a JSONDecodeError)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise BadMessage("not_json") from None
    if not isinstance(data, dict):
        raise BadMessage("not_object")
    return data


def parse(gateway: Gateway, body: bytes) -> Batch:
    if gateway.kind == GatewayKind.WHATSAPP_CLOUD:
        return parse_whatsapp(_json(body))
    if gateway.kind == GatewayKind.ANDROID_SMS:
        return parse_android(_json(body))
    return Batch([parse_pintu(_json(body))])


def parse_pintu(data: dict) -> GatewayMessage:
    channel = str(data.get("channel", "sms")).lower()
    if channel not in CHANNELS:
        raise BadMessage("channel")
    try:
        sender = normalize_phone(data.get("from"))
    except InvalidPhone:
        raise BadMessage("from") from None
    text = str(data.get("text") or "").strip()
    message_id = str(data.get("id") or "").strip() or content_id(sender, text, str(data.get("timestamp", "")))
    return GatewayMessage(message_id, sender, text, channel)


def _whatsapp_text(message: dict) -> str:
    kind = message.get("type")
    part = message.get(kind) if isinstance(message.get(kind), dict) else {}
    if kind == "text":
        return str(part.get("body") or "")
    if kind == "button":
        return str(part.get("text") or "")
    if kind == "interactive":
        reply = part.get("button_reply") or part.get("list_reply") or {}
        return str(reply.get("title") or "")
    return str(part.get("caption") or "")  # image, video, document: their caption only


def parse_whatsapp(data: dict) -> Batch:
    if data.get("object") != "whatsapp_business_account":
        raise BadMessage("object")
    batch = Batch()
    for entry in data.get("entry") or []:
        for change in entry.get("changes") or []:
            value = change.get("value") or {}
            for message in value.get("messages") or []:
                text = _whatsapp_text(message).strip()
                try:
                    sender = normalize_phone("+" + str(message.get("from") or "").lstrip("+"))
                except InvalidPhone:
                    sender = ""
                if not text or not sender or not message.get("id"):
                    batch.skipped += 1
                    continue
                answers = str((message.get("context") or {}).get("id") or "")
                batch.messages.append(GatewayMessage(str(message["id"]), sender, text, "whatsapp", answers))
            for status in value.get("statuses") or []:
                errors = "; ".join(f"{e.get('code')}: {e.get('title') or e.get('message') or ''}".strip()
                                   for e in status.get("errors") or [])  # fmt: skip
                if status.get("id") and status.get("status"):
                    batch.receipts.append(Receipt(str(status["id"]), str(status["status"]), errors))
    return batch


ANDROID_RECEIPTS = {"sms:sent": "sent", "sms:delivered": "delivered", "sms:failed": "failed"}


def parse_android(data: dict) -> Batch:
    event, payload = data.get("event"), data.get("payload") or {}
    if not isinstance(payload, dict):
        raise BadMessage("payload")
    if event == "sms:received":
        try:
            sender = normalize_phone(payload.get("phoneNumber") or payload.get("sender"))
        except InvalidPhone:
            return Batch(skipped=1)
        text = str(payload.get("message") or "").strip()
        event_id = str(data.get("id") or payload.get("messageId") or "")  # the webhook event's id is unique
        if not text or not event_id:
            return Batch(skipped=1)
        return Batch([GatewayMessage(event_id, sender, text, "sms")])
    if event in ANDROID_RECEIPTS and payload.get("messageId"):
        receipt = Receipt(str(payload["messageId"]), ANDROID_RECEIPTS[event], str(payload.get("reason") or ""))
        return Batch(receipts=[receipt])
    return Batch()  # system:ping, mms and the rest: nothing for us
