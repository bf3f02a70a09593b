"""Delivery receipts from the WhatsApp Cloud API and SMS Gateway for Android: what became of a message we sent.

A receipt names our message by the id the provider gave it (Delivery.external_ref). "sent", "delivered"
and "read" are noted on the delivery (receipt, receipt_at); once delivered, the message's text and number
are let go (outbound.deliveries.forget_text; the sweep does it after a week in any case). "failed" means
the provider took the message and could not deliver it (the phone had no signal, WhatsApp gave up): the
delivery goes back to "failed" and is tried again with backoff, or becomes a dead letter after the last
attempt; the reason is in its log. Receipts for unknown references are ignored.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from pintu.interop import conf
from pintu.interop.inbound.gateway_formats import Receipt
from pintu.interop.models.outbound import Delivery, DeliveryAttempt, DeliveryPurpose, DeliveryStatus
from pintu.interop.outbound.backoff import exhausted, retry_delay
from pintu.interop.outbound.deliveries import forget_text

ORDER = {"sent": 1, "delivered": 2, "read": 3}  # a late "sent" does not overwrite "read"


@transaction.atomic
def apply_receipt(receipt: Receipt, now: datetime.datetime | None = None) -> bool:
    """Note one receipt on its delivery; True when a delivery of ours was found."""
    now = now or timezone.now()
    delivery = (
        Delivery.objects.select_for_update()
        .filter(purpose=DeliveryPurpose.NOTIFICATION, external_ref=receipt.reference[:120])
        .first()
    )
    if delivery is None:
        return False
    if receipt.status == "failed":
        if delivery.status == DeliveryStatus.SENT:
            _failed_after_sending(delivery, receipt, now)
        return True
    if ORDER.get(receipt.status, 0) >= ORDER.get(delivery.receipt, 0):
        delivery.receipt, delivery.receipt_at = receipt.status[:20], now
        delivery.save(update_fields=["receipt", "receipt_at"])
    if receipt.status in ("delivered", "read") and delivery.payload.get("text"):
        forget_text(delivery)
    return True


def _failed_after_sending(delivery: Delivery, receipt: Receipt, now: datetime.datetime) -> None:
    error = f"laporan penyedia: gagal terkirim {receipt.error}".strip()[:2000]
    delivery.receipt, delivery.receipt_at, delivery.last_error = "failed", now, error
    if exhausted(delivery.attempts, conf.max_attempts()) or not delivery.payload.get("text"):
        delivery.status = DeliveryStatus.DEAD  # nothing to send again once the text was let go
    else:
        delivery.status = DeliveryStatus.FAILED
        delay = retry_delay(delivery.attempts, base=conf.backoff_base(), cap=conf.backoff_cap())
        delivery.next_attempt_at = now + datetime.timedelta(seconds=delay)
    delivery.save()
    DeliveryAttempt.objects.create(delivery=delivery, at=now, ok=False, error=error)
