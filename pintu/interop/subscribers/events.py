"""Public report events for webhook subscribers, read from the history (no hook in record_event).

Each subscription keeps a cursor (the last event id looked at). The sweep reads the PUBLIC events after
it, keeps those of reports the public may see right now (`public_report_ids`: not rahasia, verified,
not archived), and queues one signed delivery per event; cursor and deliveries move in one transaction,
and a unique (subscription, event) constraint makes a concurrent or repeated run harmless. An event of a
report that is not public when the sweep reads it (a fresh, unverified report) is skipped for good.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from pintu.complaints.models import Report
from pintu.complaints.selectors import public_report_ids
from pintu.history.models import Event, Visibility
from pintu.interop import conf
from pintu.interop.models.outbound import DeliveryPurpose
from pintu.interop.models.subscribers import WebhookSubscription
from pintu.interop.outbound.deliveries import queue
from pintu.interop.outbound.payload import public_event_payload

BATCH = 500


def settled(events: list[Event], now: datetime.datetime) -> list[Event]:
    """The events up to the first one younger than the settle time (ids are taken before commit, so a
    younger id may still have an older, uncommitted neighbour; the cursor must not pass it)."""
    cutoff = now - datetime.timedelta(seconds=conf.event_settle_seconds())
    kept = []
    for event in events:
        if event.at > cutoff:
            break
        kept.append(event)
    return kept


def fan_out(subscription_id: int, now: datetime.datetime | None = None) -> int:
    """Queue the next batch of events for one subscription; returns how many deliveries were queued."""
    now = now or timezone.now()
    with transaction.atomic():
        subscription = (
            WebhookSubscription.objects.select_for_update(skip_locked=True)
            .filter(pk=subscription_id, active=True)
            .first()
        )
        if subscription is None:
            return 0
        candidates = Event.objects.filter(case_type="report", visibility=Visibility.PUBLIC, pk__gt=subscription.cursor)
        events = settled(list(candidates.order_by("pk")[:BATCH]), now)
        if not events:
            return 0
        public = _public_reports({e.case_id for e in events})
        kinds = subscription.kinds
        queued = 0
        for event in events:
            report = public.get(event.case_id)
            if report is None or (kinds and event.kind not in kinds):
                continue
            queue(
                DeliveryPurpose.SUBSCRIBER,
                "subscriber",
                public_event_payload(event, report),
                subscription=subscription,
                event_id=event.pk,
            )
            queued += 1
        subscription.cursor = events[-1].pk
        subscription.save(update_fields=["cursor"])
        return queued


def _public_reports(ids: set[int]) -> dict[int, Report]:
    reports = (
        Report.objects.filter(pk__in=ids).filter(pk__in=public_report_ids()).select_related("category", "kecamatan")
    )
    return {report.pk: report for report in reports}


def fan_out_all(now: datetime.datetime | None = None) -> int:
    subscriptions = WebhookSubscription.objects.filter(active=True).values_list("pk", flat=True)
    return sum(fan_out(pk, now) for pk in subscriptions)
