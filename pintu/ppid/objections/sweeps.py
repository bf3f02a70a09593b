"""The objection sweep: every objection still waiting for the Atasan PPID after its answer due date
is escalated ONCE per due date (claim_once in the same transaction as the mail and the event)."""

from datetime import datetime

from django.db import transaction
from django.utils import timezone

from pintu.cases.restrictions import without_restricted
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.jobs.services import claim_once
from pintu.ppid.objections import notify
from pintu.ppid.objections import workflow as wf
from pintu.ppid.objections.models import Objection


def escalate_overdue(now: datetime) -> int:
    today = timezone.localdate(now)
    escalated = 0
    waiting = without_restricted(Objection.objects.filter(status__in=wf.OPEN, answer_due__lt=today), "objection")
    waiting = without_restricted(waiting, "info_request", field="request_id")
    for objection in waiting.select_related("agency"):
        with transaction.atomic():
            if claim_once(f"ppid-objection-overdue:{objection.pk}:{objection.answer_due.isoformat()}"):
                notify.objection_overdue(objection, today)
                payload = {"answer_due": objection.answer_due.isoformat()}
                record_event(objection, "escalated", actor_role="system", agency=objection.agency,
                             visibility=Visibility.INTERNAL, payload=payload)  # fmt: skip
                escalated += 1
    return escalated
