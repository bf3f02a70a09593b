"""The SP4N-LAPOR! exchange (DOMAIN.md section 8): import reports dispositioned to the Pemkab, push their
follow-ups back, and take in the answers to reports we forwarded through LAPOR. Run by the sweep
`interop.lapor` and the `lapor_sync` command; every step is idempotent, so a rerun or a lost cursor
only repeats work that is then skipped."""

import datetime
import logging
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from pintu.complaints.models import Channel, Report
from pintu.history.models import Event, Visibility
from pintu.interop.inbound.answers import record_answer
from pintu.interop.inbound.intake import Incoming, receive
from pintu.interop.inbound.places import kecamatan_for
from pintu.interop.models.inbound import ExchangeCursor, InboundKind, InboundMessage
from pintu.interop.models.outbound import Delivery, DeliveryPurpose
from pintu.interop.outbound.adapters.lapor import lapor_transport
from pintu.interop.outbound.adapters.lapor_interface import LaporReport
from pintu.interop.outbound.deliveries import queue
from pintu.interop.outbound.payload import follow_up_payload
from pintu.interop.subscribers.events import settled

log = logging.getLogger(__name__)
SOURCE = "lapor"
UPDATE_SOURCE = "lapor-update"
FOLLOW_UP_KINDS = ("follow_up",)


@dataclass
class SyncResult:
    imported: int = 0
    follow_ups_queued: int = 0
    answers: int = 0


def import_dispositioned() -> int:
    """Reports LAPOR dispositioned to the Pemkab become reports here (channel LAPOR), once each."""
    items, cursor = lapor_transport().fetch_dispositioned(ExchangeCursor.get("lapor.dispositioned"))
    created = 0
    for item in items:
        try:
            created += receive(_incoming(item)).created
        except ValidationError as exc:
            log.warning("LAPOR report %s not imported: %s", item.lapor_id, exc.messages)
    ExchangeCursor.put("lapor.dispositioned", cursor)
    return created


def _incoming(item: LaporReport) -> Incoming:
    incoming = Incoming(
        source=SOURCE,
        external_id=item.lapor_id,
        channel=Channel.LAPOR,
        text=item.text,
        subject=item.title,
        sender_email=item.email,
        sender_phone=item.phone,
        sender_name="" if item.anonymous else item.name,
        anonim=bool(item.anonymous),  # two independent flags: a LAPOR! report that is both is imported as both
        rahasia=bool(item.confidential),
    )
    incoming.kecamatan = kecamatan_for(item.kecamatan, item.title, item.text)
    return incoming


def queue_follow_ups(now: datetime.datetime | None = None) -> int:
    """Follow-ups (tindak lanjut) of imported reports that LAPOR has not been sent yet; one delivery per event."""
    imported = dict(
        InboundMessage.objects.filter(source=SOURCE, kind=InboundKind.NEW_REPORT, report__isnull=False).values_list(
            "report_id", "external_id"
        )
    )
    if not imported:
        return 0
    cursor = int(ExchangeCursor.get("lapor.follow_ups") or 0)
    candidates = list(
        Event.objects.filter(
            case_type="report",
            case_id__in=list(imported),
            kind__in=FOLLOW_UP_KINDS,
            visibility__in=(Visibility.PUBLIC, Visibility.REPORTER),
            pk__gt=cursor,
        ).order_by("pk")[:500]
    )
    events = settled(candidates, now or timezone.now())
    queued = 0
    for event in events:
        with transaction.atomic():
            if not Delivery.objects.filter(purpose=DeliveryPurpose.LAPOR_FOLLOW_UP, event_id=event.pk).exists():
                report = Report.objects.get(pk=event.case_id)
                payload = follow_up_payload(event, report, imported[event.case_id])
                queue(DeliveryPurpose.LAPOR_FOLLOW_UP, "lapor_follow_up", payload, report=report, event_id=event.pk)
                queued += 1
    if events:
        ExchangeCursor.put("lapor.follow_ups", str(events[-1].pk))
    return queued


def fetch_answers() -> int:
    """Answers on LAPOR to reports we forwarded through it become their follow-up (once per update id)."""
    items, cursor = lapor_transport().fetch_updates(ExchangeCursor.get("lapor.updates"))
    recorded = 0
    for update in items:
        delivery = Delivery.objects.filter(
            purpose=DeliveryPurpose.FORWARDING, adapter="lapor", external_ref=update.reference
        ).first()
        if delivery is None or delivery.report_id is None:
            log.warning("LAPOR update %s names unknown report %s", update.update_id, update.reference)
            continue
        try:
            _message, created = record_answer(
                source=UPDATE_SOURCE, update_id=update.update_id, report=delivery.report, text=update.text
            )
        except ValidationError as exc:
            log.warning("LAPOR update %s not recorded: %s", update.update_id, exc.messages)
            continue
        recorded += created
    ExchangeCursor.put("lapor.updates", cursor)
    return recorded


def sync(now: datetime.datetime | None = None) -> SyncResult:
    return SyncResult(imported=import_dispositioned(), follow_ups_queued=queue_follow_ups(now), answers=fetch_answers())
