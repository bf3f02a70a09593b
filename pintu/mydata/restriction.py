"""Erasure of a case the law still needs becomes a restriction; the sweep completes it when the duty ends.

* `case_duty(case)`: the facts pintu.mydata.duty decides on (open proceeding, the case's end, its
  record type in the archive schedule);
* `erase_or_restrict(case, ...)`: the one entry point of every erasure (account, one report): erase now
  (pintu.mydata.anonymise) or record a `Restriction` with an internal `processing_restricted` event
  and an audit entry `mydata.restrict`;
* `restricted_ids(case_type)`: the provider registered in pintu.cases.restrictions, which every
  visibility selector and sweep of the case types uses, so a restricted case is hidden and unused;
* `complete_due(now)`: part of the retention sweep: a restriction whose `until` has passed is completed
  by the same anonymisation (audit `mydata.restriction_completed`); the case is visible again,
  anonymised, like any case past its retention.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from pintu.audit.services import audit
from pintu.complaints.models import Report
from pintu.complaints.workflow import CLOSED as REPORT_CLOSED
from pintu.history.models import Visibility
from pintu.history.registry import case_type_of
from pintu.history.services import record_event
from pintu.mydata import anonymise
from pintu.mydata.duty import Decision, decide
from pintu.mydata.models import RecordKind, RecordType, Restriction
from pintu.ppid.objections.models import DisputeStatus, Objection, ObjectionStatus
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.workflow import CLOSED as REQUEST_CLOSED
from pintu.privacy.redact import Needles

RESTRICTED_EVENT = "processing_restricted"
OPEN_OBJECTION = (ObjectionStatus.REGISTERED, ObjectionStatus.ANSWERED)
BATCH = 500


@dataclass(frozen=True)
class CaseDuty:
    kind: str  # RecordKind
    reference: str  # the case's code or number (shown to the person and the admin; not personal data)
    open_proceeding: bool
    ended_on: datetime.date | None


def _day(value) -> datetime.date | None:
    if value is None:
        return None
    return timezone.localdate(value) if isinstance(value, datetime.datetime) else value


def _latest(*values) -> datetime.date | None:
    days = [day for day in map(_day, values) if day is not None]
    return max(days) if days else None


def _objection_state(objection: Objection) -> tuple[bool, datetime.date | None]:
    dispute = getattr(objection, "dispute", None)  # None when no dispute was filed
    open_ = objection.status in OPEN_OBJECTION or (dispute is not None and dispute.status != DisputeStatus.CLOSED)
    ended = _latest(objection.decided_at, objection.response_at, dispute.closed_on if dispute else None)
    return open_, ended


def case_duty(case) -> CaseDuty:
    if isinstance(case, Report):
        closed = case.status in REPORT_CLOSED
        return CaseDuty(RecordKind.REPORT, case.code, False, _day(case.closed_at) if closed else None)
    if isinstance(case, InformationRequest):
        open_ = case.status not in REQUEST_CLOSED
        ends = [case.closed_at if not open_ else None]
        for objection in Objection.objects.filter(request=case).select_related("dispute"):
            objection_open, ended = _objection_state(objection)
            open_ = open_ or objection_open
            ends.append(ended)
        return CaseDuty(RecordKind.REQUEST, case.number, open_, None if open_ else _latest(*ends))
    if isinstance(case, Objection):
        open_, ended = _objection_state(case)
        return CaseDuty(RecordKind.OBJECTION, case.number, open_, None if open_ else ended)
    raise TypeError(f"no erasure rule for {type(case).__name__}")


def schedule(kind: str) -> RecordType:
    row = RecordType.objects.filter(kind=kind).first()
    return row or RecordType.objects.get_or_create(kind=kind)[0]


def decision_for(case, today: datetime.date | None = None) -> tuple[CaseDuty, RecordType, Decision]:
    duty = case_duty(case)
    record_type = schedule(duty.kind)
    decision = decide(
        open_proceeding=duty.open_proceeding,
        ended_on=duty.ended_on,
        today=today or timezone.localdate(),
        retention_years=record_type.retention_years,
        personal_data_archived=record_type.personal_data_archived,
    )
    return duty, record_type, decision


def active(case) -> Restriction | None:
    return Restriction.objects.filter(
        case_type=case_type_of(case).label, case_id=case.pk, completed_at__isnull=True
    ).first()


def is_restricted(case) -> bool:
    return active(case) is not None


@dataclass(frozen=True)
class Outcome:
    """What happened to one case: erased now (`restriction` None), or restricted until a date."""

    case: object
    reference: str
    restriction: Restriction | None = None
    events: int = 0

    @property
    def restricted(self) -> bool:
        return self.restriction is not None


def _anonymise(case, *, cause: str, extra: Needles | None, actor) -> int:
    if isinstance(case, Report):
        return anonymise.anonymise_report(case, cause=cause, extra=extra, actor=actor)
    if isinstance(case, InformationRequest):
        return anonymise.anonymise_request(case, cause=cause, extra=extra, actor=actor)
    return anonymise.anonymise_objection(case, cause=cause, extra=extra, actor=actor)


@transaction.atomic
def erase_or_restrict(case, *, actor=None, extra: Needles | None = None, request=None) -> Outcome:
    """Erasure asked by the data subject: anonymise `case` now, or restrict it while the law needs it."""
    existing = active(case)
    if existing is not None:
        return Outcome(case, existing.reference, existing)
    duty, record_type, decision = decision_for(case)
    if not decision.restrict:
        return Outcome(case, duty.reference, None, _anonymise(case, cause="erasure", extra=extra, actor=actor))
    restriction = Restriction.objects.create(
        case_type=case_type_of(case).label, case_id=case.pk, reference=duty.reference, record_type=record_type,
        reason=decision.reason, requested_at=timezone.now(), requested_by=actor, until=decision.until,
    )  # fmt: skip
    payload = {"reason": decision.reason, "until": decision.until.isoformat()}
    record_event(case, RESTRICTED_EVENT, actor=actor, visibility=Visibility.INTERNAL, payload=payload)
    audit("mydata.restrict", actor=actor, target=case, details=payload, request=request)
    return Outcome(case, duty.reference, restriction)


def restricted_ids(case_type: str) -> QuerySet:
    """Provider for pintu.cases.restrictions: the ids of the case type's cases under an active restriction."""
    return Restriction.objects.filter(case_type=case_type, completed_at__isnull=True).values("case_id")


_MODELS = {"report": Report, "info_request": InformationRequest, "objection": Objection}


def due(now: datetime.datetime) -> QuerySet[Restriction]:
    return Restriction.objects.filter(completed_at__isnull=True, until__lt=timezone.localdate(now)).order_by("pk")


def complete_due(now: datetime.datetime) -> int:
    """Complete the erasure of every restriction whose duty has ended; how many were completed."""
    done = 0
    for restriction in due(now)[:BATCH]:
        with transaction.atomic():
            locked = Restriction.objects.select_for_update().get(pk=restriction.pk)
            if locked.completed_at is not None:
                continue
            case = _MODELS[locked.case_type].objects.filter(pk=locked.case_id).first()
            events = 0
            if case is not None and not anonymise.is_anonymised(case):
                events = _anonymise(case, cause="erasure_completed", extra=None, actor=None)
            locked.completed_at = timezone.now()
            locked.save(update_fields=["completed_at"])
            audit("mydata.restriction_completed", target=case or locked, details={"events": events,
                  "until": locked.until.isoformat()})  # fmt: skip
        done += 1
    return done


def close_by_retention(case) -> None:
    """The retention sweep anonymised `case`: an active restriction on it has done its work."""
    Restriction.objects.filter(case_type=case_type_of(case).label, case_id=case.pk, completed_at__isnull=True).update(
        completed_at=timezone.now()
    )
