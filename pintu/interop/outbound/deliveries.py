"""The delivery machinery every outbound message shares: queue, attempt, retry with backoff, dead letter.

- `queue()` creates the Delivery in the caller's transaction (so it exists iff the cause committed)
  and asks for an attempt right after commit (jobs.enqueue).
- `attempt()` claims the row with one conditional UPDATE (status due -> sending, with a lease). Only
  one worker wins, on SQLite and PostgreSQL alike, and no row lock is held while the other side is
  slow; a claim left by a crashed worker expires with its lease and the sweep takes the row again.
- A failure schedules the next try after `retry_delay(attempts)` (longer when the other side's rate limit
  asked for it); after `max_attempts`, or at once when the failure is permanent, the delivery is dead:
  it waits in the admin's dead-letter list until someone resends it (pintu.interop.services.resend).
"""

import datetime
import logging

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from pintu.interop import conf
from pintu.interop.models.outbound import Delivery, DeliveryAttempt, DeliveryPurpose, DeliveryStatus
from pintu.interop.outbound.adapters.base import DeliveryFailed, Sent, timed
from pintu.interop.outbound.adapters.registry import adapter_for
from pintu.interop.outbound.backoff import exhausted, retry_delay
from pintu.interop.outbound.payload import sent_summary
from pintu.jobs.services import enqueue

log = logging.getLogger(__name__)
LEASE = datetime.timedelta(minutes=5)
ATTEMPT_TASK = "pintu.interop.outbound.deliveries.attempt"
SWEEP_BATCH = 200
RETRYABLE = (DeliveryStatus.PENDING, DeliveryStatus.FAILED)


def queue(purpose: str, adapter: str, payload: dict, *, attempt_now: bool = True, **links) -> Delivery:
    """Create a delivery (links: endpoint, subscription, report, forwarding, event_id) in the current transaction."""
    delivery = Delivery.objects.create(
        purpose=purpose, adapter=adapter, payload=payload, next_attempt_at=timezone.now(), **links
    )
    if attempt_now:
        transaction.on_commit(lambda: enqueue(ATTEMPT_TASK, delivery.pk))
    return delivery


def _due(now: datetime.datetime) -> Q:
    return Q(status__in=RETRYABLE, next_attempt_at__lte=now) | Q(status=DeliveryStatus.SENDING, claimed_until__lt=now)


def claim(pk: int, now: datetime.datetime) -> bool:
    return bool(
        Delivery.objects.filter(_due(now), pk=pk).update(status=DeliveryStatus.SENDING, claimed_until=now + LEASE)
    )


def attempt(pk: int, now: datetime.datetime | None = None, *, by_resend: bool = False) -> str | None:
    """Try one delivery if it is due and nobody else holds it; returns its new status (None: not ours)."""
    now = now or timezone.now()
    if not claim(pk, now):
        return None
    delivery = Delivery.objects.select_related("endpoint", "subscription").get(pk=pk)
    try:
        adapter = adapter_for(delivery.adapter)
    except DeliveryFailed as exc:
        return _record(delivery, exc, 0, now, by_resend)
    result, duration_ms = timed(adapter.deliver, delivery)
    return _record(delivery, result, duration_ms, now, by_resend)


@transaction.atomic
def _record(delivery: Delivery, result, duration_ms: int, now: datetime.datetime, by_resend: bool) -> str:
    delivery.attempts += 1
    delivery.claimed_until = None
    ok = isinstance(result, Sent)
    if ok:
        delivery.status, delivery.sent_at, delivery.last_error = DeliveryStatus.SENT, timezone.now(), ""
        delivery.last_status_code = result.status_code
        delivery.external_ref = result.external_ref or delivery.external_ref
    else:
        if not isinstance(result, DeliveryFailed):
            log.exception("delivery %s: adapter crashed", delivery.pk, exc_info=result)
        delivery.last_error = str(result)[:2000] or type(result).__name__
        delivery.last_status_code = getattr(result, "status_code", None)
        if getattr(result, "permanent", False) or exhausted(delivery.attempts, conf.max_attempts()):
            delivery.status = DeliveryStatus.DEAD
            if getattr(result, "permanent", False) and delivery.payload.get("fallback_adapter"):
                delivery.last_error += f" | dikirim lewat {delivery.payload['fallback']}: #{_fall_back(delivery, now)}"
        else:
            delivery.status = DeliveryStatus.FAILED
            delay = retry_delay(delivery.attempts, base=conf.backoff_base(), cap=conf.backoff_cap())
            delay = max(delay, min(float(getattr(result, "retry_after", None) or 0), conf.backoff_cap()))
            delivery.next_attempt_at = now + datetime.timedelta(seconds=delay)
    delivery.save()
    DeliveryAttempt.objects.create(
        delivery=delivery,
        at=now,
        ok=ok,
        status_code=delivery.last_status_code,
        duration_ms=duration_ms,
        error="" if ok else delivery.last_error,
        by_resend=by_resend,
    )
    return delivery.status


#: A WhatsApp/SMS message's text and number are kept this long after sending (a "failed" receipt from the
#: provider sends it again), or until the provider reports it delivered; then only a summary stays.
KEEP_SENT_TEXT = datetime.timedelta(days=7)


def forget_text(delivery: Delivery) -> None:
    delivery.payload = sent_summary(delivery.payload)
    Delivery.objects.filter(pk=delivery.pk).update(payload=delivery.payload)


def forget_sent_texts(now: datetime.datetime) -> int:
    rows = Delivery.objects.filter(
        purpose=DeliveryPurpose.NOTIFICATION, status=DeliveryStatus.SENT, sent_at__lt=now - KEEP_SENT_TEXT
    )
    forgotten = 0
    for delivery in rows.iterator(chunk_size=200):
        if delivery.payload.get("text"):
            forget_text(delivery)
            forgotten += 1
    return forgotten


def _fall_back(delivery: Delivery, now: datetime.datetime) -> int:
    """A WhatsApp message the provider refused for good (not on WhatsApp, template refused) goes as an SMS when
    the person agreed to both: a new delivery with the same text, attempted at once. Returns its id."""
    payload = {**delivery.payload, "channel": delivery.payload["fallback"], "template": "", "params": [],
               "code_button": "", "fallback": ""}  # fmt: skip
    adapter = payload.pop("fallback_adapter")
    fallback = Delivery.objects.create(purpose=delivery.purpose, adapter=adapter, payload=payload,
                                       report=delivery.report, next_attempt_at=now)  # fmt: skip
    enqueue(ATTEMPT_TASK, fallback.pk)
    return fallback.pk


def deliver_due(now: datetime.datetime | None = None) -> int:
    """The sweep: attempt every due delivery (oldest first); returns how many were sent."""
    now = now or timezone.now()
    forget_sent_texts(now)
    pks = list(
        Delivery.objects.filter(_due(now)).order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:SWEEP_BATCH]
    )
    return sum(1 for pk in pks if attempt(pk, now) == DeliveryStatus.SENT)
