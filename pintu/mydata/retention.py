"""Retention: personal data of closed cases is anonymised once the archive schedule says so.

The periods are the region's archive retention schedule (JRA, UU 43/2009), one `RecordType` row per
record type, edited by the system admin: active + inactive years counted from the case's closing, then
"anonymise, keeping statistics" (reports, information requests with their objections, standalone
objections) or "delete the files" (the KTP scan / proxy letter of a request, which nobody needs once
the request and its objection period are over).

The sweep selects by state ("closed before the cut-off and not yet anonymised", the
"personal_data_erased" / "identity_files_deleted" events), never by time window, so a missed run
catches up and a repeated run does nothing. It uses the very functions erasure uses
(pintu.mydata.anonymise), and every case it touches is an audit entry "retention.anonymise". A request
with an objection or dispute still open waits. It also completes the erasures that were restricted
while the law needed the case (pintu.mydata.restriction.complete_due).
At most BATCH cases of each kind per run keep a run short; the next run continues.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from pintu.audit.services import audit
from pintu.complaints.models import Report
from pintu.complaints.workflow import CLOSED
from pintu.history.models import Event
from pintu.history.registry import case_type_of
from pintu.mydata import anonymise, restriction
from pintu.mydata.duty import add_years
from pintu.mydata.models import RecordKind
from pintu.ppid.objections.models import DisputeStatus, Objection, ObjectionStatus
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from pintu.ppid.requests.workflow import Status as RequestStatus

BATCH = 500


@dataclass(frozen=True)
class Plan:
    reports: QuerySet
    requests: QuerySet
    objections: QuerySet
    identity_files: QuerySet
    restrictions: QuerySet


def _without_event(qs: QuerySet, case_type: str, kind: str) -> QuerySet:
    marked = Event.objects.filter(case_type=case_type, case_id=OuterRef("pk"), kind=kind)
    return qs.filter(~Exists(marked))


def cutoff(now: datetime.datetime, kind: str) -> datetime.datetime:
    """Cases of `kind` closed before this moment are past their retention period."""
    years = restriction.schedule(kind).retention_years
    first_kept = add_years(timezone.localdate(now), -years)
    return timezone.make_aware(datetime.datetime.combine(first_kept, datetime.time.min))


def _objection_open() -> Q:
    return Q(status__in=restriction.OPEN_OBJECTION) | (
        Q(dispute__isnull=False) & ~Q(dispute__status=DisputeStatus.CLOSED)
    )


def plan(now: datetime.datetime) -> Plan:
    """What a sweep at `now` would anonymise (the retention command's --dry-run lists it)."""
    report_label = case_type_of(Report()).label
    request_label = case_type_of(InformationRequest()).label
    objection_label = case_type_of(Objection()).label
    reports = Report.objects.filter(status__in=CLOSED, closed_at__lt=cutoff(now, RecordKind.REPORT))
    open_objection = Objection.objects.filter(_objection_open(), request=OuterRef("pk"))
    requests = InformationRequest.objects.filter(
        status=RequestStatus.SELESAI, closed_at__lt=cutoff(now, RecordKind.REQUEST)
    ).filter(~Exists(open_objection))
    objection_cutoff = cutoff(now, RecordKind.OBJECTION)
    objections = Objection.objects.filter(request__isnull=True).filter(
        Q(status=ObjectionStatus.CLOSED, response_at__lt=objection_cutoff)
        | Q(status=ObjectionStatus.CLOSED, response_at__isnull=True, decided_at__lt=objection_cutoff)
        | Q(dispute__status=DisputeStatus.CLOSED, dispute__closed_on__lt=objection_cutoff.date())
    )
    with_files = RequesterIdentity.objects.exclude(identity_file="", proxy_file="").values("request_id")
    identity_files = InformationRequest.objects.filter(
        pk__in=with_files, status=RequestStatus.SELESAI, closed_at__lt=cutoff(now, RecordKind.IDENTITY_FILE)
    )
    return Plan(
        reports=_without_event(reports, report_label, anonymise.ERASED_EVENT).order_by("pk"),
        requests=_without_event(requests, request_label, anonymise.ERASED_EVENT).order_by("pk"),
        objections=_without_event(objections, objection_label, anonymise.ERASED_EVENT).order_by("pk"),
        identity_files=identity_files.order_by("pk"),
        restrictions=restriction.due(now),
    )


def _anonymise(case, fn) -> None:
    with transaction.atomic():
        events = fn(case, cause="retention")
        restriction.close_by_retention(case)
        audit("retention.anonymise", target=case, details={"events": events})


def sweep(now: datetime.datetime) -> int:
    """Anonymise what the archive schedule allows no longer, complete due restrictions; how many cases."""
    handled = restriction.complete_due(now)
    todo = plan(now)
    for report in todo.reports[:BATCH]:
        _anonymise(report, anonymise.anonymise_report)
        handled += 1
    for info in todo.requests[:BATCH]:
        _anonymise(info, anonymise.anonymise_request)
        handled += 1
    for objection in todo.objections[:BATCH]:
        _anonymise(objection, anonymise.anonymise_objection)
        handled += 1
    for info in todo.identity_files[:BATCH]:
        with transaction.atomic():
            if anonymise.delete_identity_files(info):
                audit("retention.identity_files", target=info)
                handled += 1
    return handled
