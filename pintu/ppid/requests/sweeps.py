"""The sweep `ppid.request_deadlines`: every request still awaiting its notice whose deadline in force
(the extended one after an extension) has passed is escalated ONCE per due date to the PPID Utama and
the assigned PPID Pembantu. Selected by state, guarded by claim_once in the same transaction: a missed
run catches up, a repeated or concurrent run sends nothing twice, a new due date is a new breach."""

from datetime import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from pintu.cases.restrictions import without_restricted
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.jobs.services import claim_once
from pintu.ppid.requests import notify
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.workflow import AWAITING_NOTICE


def request_deadlines(now: datetime) -> int:
    today = timezone.localdate(now)
    late = InformationRequest.objects.filter(status__in=AWAITING_NOTICE).filter(
        Q(extended_due__isnull=False, extended_due__lt=today) | Q(extended_due__isnull=True, due_date__lt=today)
    )
    late = without_restricted(late, "info_request")  # a restricted request is not used (docs/privacy.md)
    escalated = 0
    for request in late.select_related("assigned_agency", "assigned_agency__parent"):
        due = request.effective_due
        with transaction.atomic():
            if claim_once(f"ppid-request-overdue:{request.pk}:{due.isoformat()}"):
                notify.overdue(request, today)
                record_event(
                    request,
                    "overdue_escalated",
                    actor_role="system",
                    visibility=Visibility.INTERNAL,
                    agency=request.assigned_agency,
                    payload={"due": due.isoformat()},
                )
                escalated += 1
    return escalated
