"""Retention: personal data of closed cases is anonymised once its period is over.

Periods (days after closing; settings, see docs/privacy.md):

* PINTU_RETENTION_DAYS_REPORTS (default 1825, five years): closed or archived reports;
* PINTU_RETENTION_DAYS_REQUESTS (default 1825): information requests with status selesai, and
  their objections;
* PINTU_RETENTION_DAYS_IDENTITY_FILES (default 365): only the KTP scan / proxy letter of a closed
  information request, which nobody needs once the request and its objection period are over.

The sweep selects by state ("closed before the cut-off and not yet anonymised", the
"personal_data_erased" / "identity_files_deleted" events), never by time window, so a missed run
catches up and a repeated run does nothing. It uses the very functions erasure uses
(pintu.mydata.anonymise), and every case it touches is an audit entry "retention.anonymise".
At most BATCH cases of each kind per run keep a run short; the next run continues.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, QuerySet

from pintu.audit.services import audit
from pintu.complaints.models import Report
from pintu.complaints.workflow import CLOSED
from pintu.history.models import Event
from pintu.history.registry import case_type_of
from pintu.mydata import anonymise
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from pintu.ppid.requests.workflow import Status as RequestStatus

BATCH = 500


@dataclass(frozen=True)
class Plan:
    reports: QuerySet
    requests: QuerySet
    identity_files: QuerySet


def _without_event(qs: QuerySet, case_type: str, kind: str) -> QuerySet:
    marked = Event.objects.filter(case_type=case_type, case_id=OuterRef("pk"), kind=kind)
    return qs.filter(~Exists(marked))


def _cutoff(now: datetime.datetime, days: int) -> datetime.datetime:
    return now - datetime.timedelta(days=days)


def plan(now: datetime.datetime) -> Plan:
    """What a sweep at `now` would anonymise (the retention command's --dry-run lists it)."""
    report_label = case_type_of(Report()).label
    request_label = case_type_of(InformationRequest()).label
    reports = Report.objects.filter(
        status__in=CLOSED, closed_at__lt=_cutoff(now, settings.PINTU_RETENTION_DAYS_REPORTS)
    )
    requests = InformationRequest.objects.filter(
        status=RequestStatus.SELESAI, closed_at__lt=_cutoff(now, settings.PINTU_RETENTION_DAYS_REQUESTS)
    )
    with_files = RequesterIdentity.objects.exclude(identity_file="", proxy_file="").values("request_id")
    identity_files = InformationRequest.objects.filter(
        pk__in=with_files,
        status=RequestStatus.SELESAI,
        closed_at__lt=_cutoff(now, settings.PINTU_RETENTION_DAYS_IDENTITY_FILES),
    )
    return Plan(
        reports=_without_event(reports, report_label, anonymise.ERASED_EVENT).order_by("pk"),
        requests=_without_event(requests, request_label, anonymise.ERASED_EVENT).order_by("pk"),
        identity_files=identity_files.order_by("pk"),
    )


def sweep(now: datetime.datetime) -> int:
    """Anonymise what the retention periods allow no longer; how many cases were handled."""
    todo = plan(now)
    handled = 0
    for report in todo.reports[:BATCH]:
        with transaction.atomic():
            events = anonymise.anonymise_report(report, cause="retention")
            audit("retention.anonymise", target=report, details={"events": events})
        handled += 1
    for info in todo.requests[:BATCH]:
        with transaction.atomic():
            events = anonymise.anonymise_request(info, cause="retention")
            audit("retention.anonymise", target=info, details={"events": events})
        handled += 1
    for info in todo.identity_files[:BATCH]:
        with transaction.atomic():
            if anonymise.delete_identity_files(info):
                audit("retention.identity_files", target=info)
                handled += 1
    return handled
