"""WhatsApp and SMS out: the phone transports this app lends to pintu.notifications, and answers to senders.

Registered in AppConfig.ready() for both channels (`register`). A message handed over becomes a Delivery
(purpose "notification", the whole payload encrypted) in the caller's transaction, and an attempt is queued
with it (the task carries the delivery's id only): retried with backoff, a dead letter after the last
attempt, in the delivery log on /staf/interop/ and in the API, like every other delivery. A message about a
report is linked to it: a reply from that number then threads onto the report the number heard from last
(pintu.interop.inbound.threading).

Which provider sends is chosen per region in settings (pintu.interop.conf): WhatsApp "cloud" (WhatsApp
Business Cloud API), SMS "android" (SMS Gateway for Android on an office phone) or "http" (a provider's HTTP
API); "fake" records instead of sending (tests); empty switches the channel off.
"""

from pintu.complaints.models import Report
from pintu.interop import conf
from pintu.interop.models.outbound import Delivery, DeliveryPurpose
from pintu.interop.outbound.deliveries import ATTEMPT_TASK, queue
from pintu.interop.outbound.payload import phone_payload
from pintu.jobs.services import enqueue
from pintu.notifications.channels import PhoneMessage, register_transport

#: channel -> provider setting -> delivery adapter (outbound.adapters.registry.ADAPTERS)
PROVIDERS = {
    "whatsapp": {"cloud": "whatsapp_cloud", "fake": "phone_fake"},
    "sms": {"android": "sms_android", "http": "sms_http", "fake": "phone_fake"},
}
_SETTING = {"whatsapp": conf.whatsapp_provider, "sms": conf.sms_provider}


def adapter_for_channel(channel: str) -> str | None:
    return PROVIDERS[channel].get(_SETTING[channel]())


class PhoneTransport:
    def __init__(self, channel: str):
        self.channel = channel

    def available(self) -> bool:
        return adapter_for_channel(self.channel) is not None

    def hand_over(self, message: PhoneMessage) -> None:
        queue_phone(message)


def queue_phone(message: PhoneMessage) -> Delivery | None:
    """Queue one WhatsApp/SMS message as a delivery, with its first attempt; None when the channel is off."""
    adapter = adapter_for_channel(message.channel)
    if adapter is None:
        return None
    report = message.case if isinstance(message.case, Report) else None
    payload = phone_payload(message)
    if message.fallback and (fallback_adapter := adapter_for_channel(message.fallback)):
        payload["fallback_adapter"] = fallback_adapter  # deliveries: tried when this channel cannot deliver at all
    delivery = queue(DeliveryPurpose.NOTIFICATION, adapter, payload, attempt_now=False, report=report)
    enqueue(ATTEMPT_TASK, delivery.pk)  # with the row, like the outbox's own task (ids only)
    return delivery


def answer(to: str, text: str, channel: str, *, report: Report | None = None, kind: str = "answer") -> None:
    """A free-form answer to someone who just wrote to us (inside WhatsApp's 24-hour window)."""
    queue_phone(PhoneMessage(channel=channel, to=to, language="id", text=text, kind=kind, case=report))


def register() -> None:
    for channel in PROVIDERS:
        register_transport(channel, PhoneTransport(channel))
