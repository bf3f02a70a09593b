"""The phone provider for tests and demos: keeps what it would have sent (no WhatsApp or SMS leaves).

Selected with PINTU_WHATSAPP_PROVIDER=fake / PINTU_SMS_PROVIDER=fake (the default under tests). Like Django's
mail.outbox, `FakeSmsSender.outbox` is class-wide; tests clear it.
"""

import logging
from dataclasses import dataclass, field
from typing import ClassVar

from pintu.interop.outbound.adapters.base import Sent

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SentSms:
    to: str
    text: str
    channel: str
    template: str = ""
    params: tuple[str, ...] = field(default_factory=tuple)


class FakeSmsSender:
    """The delivery adapter `phone_fake`: records each WhatsApp/SMS message in `outbox`."""

    outbox: ClassVar[list[SentSms]] = []

    def deliver(self, delivery) -> Sent:
        payload = delivery.payload
        self.outbox.append(
            SentSms(
                payload["to"],
                payload["text"],
                payload["channel"],
                payload.get("template", ""),
                tuple(payload.get("params", ())),
            )  # fmt: skip
        )
        log.info("fake %s message #%s (%s) recorded, not sent", payload["channel"], delivery.pk, payload.get("kind"))
        return Sent(external_ref=f"fake-{delivery.pk}")
