"""A seat's checklist: the facts of each sample case read from the practice database, judged by `checklist`."""

from dataclasses import dataclass

from django.urls import reverse

from pintu.agencies.models import Agency
from pintu.complaints.models import Report
from pintu.history.models import Event
from pintu.history.registry import case_type_of
from pintu.letters.models import Letter
from pintu.ppid.objections.models import Objection
from pintu.ppid.requests.models import InformationRequest
from pintu.practice import checklist
from pintu.practice.models import PracticeCase, PracticeSeat
from pintu.sandbox import practice_database
from pintu.workdays.calendar import get_calendar

MODEL_OF = {
    checklist.COMPLAINT_DISPOSE: Report,
    checklist.COMPLAINT_INFO: Report,
    checklist.REQUEST_DECIDE: InformationRequest,
    checklist.OBJECTION_ANSWER: Objection,
}


@dataclass(frozen=True)
class CaseProgress:
    case: PracticeCase
    title: str
    items: list[checklist.Item]
    url: str

    @property
    def done(self) -> int:
        return sum(item.done for item in self.items)


def _started_at(kind: str, obj):
    if kind == checklist.COMPLAINT_DISPOSE:
        return obj.submitted_at
    if kind == checklist.COMPLAINT_INFO:
        return obj.dispositioned_at or obj.submitted_at
    if kind == checklist.REQUEST_DECIDE:
        return obj.complete_at or obj.received_at
    return obj.filed_at


def _facts(case: PracticeCase, trainee_id: int, obj) -> checklist.Facts:
    label = case_type_of(obj).label
    events = Event.objects.for_case(label, obj.pk).select_related("agency").order_by("at", "pk")
    steps = [
        checklist.Step(
            kind=e.kind,
            by_trainee=e.actor_id == trainee_id,
            at=e.at,
            agency_code=e.agency.code if e.agency else "",
            reason=e.reason,
        )
        for e in events
    ]
    letter = (
        Letter.objects.filter(case_type=label, case_id=obj.pk, drafted_by_id=trainee_id).order_by("drafted_at").first()
    )
    expected = Agency.objects.filter(code=case.expected_agency).first() if case.expected_agency else None
    return checklist.Facts(
        started_at=_started_at(case.kind, obj),
        steps=steps,
        expected_agency=case.expected_agency,
        expected_agency_name=expected.name if expected else "",
        letter_drafted_at=letter.drafted_at if letter else None,
    )


def _url(kind: str, obj) -> str:
    """The real staff screen of the sample case (it opens on practice data in practice mode)."""
    if kind in (checklist.COMPLAINT_DISPOSE, checklist.COMPLAINT_INFO):
        return reverse("complaints:staff_detail", args=[obj.code])
    if kind == checklist.REQUEST_DECIDE:
        return reverse("ppid:staff_request_detail", args=[obj.pk])
    return reverse("ppid:staff_objection_detail", args=[obj.pk])


def seat_progress(seat: PracticeSeat) -> list[CaseProgress]:
    """Each sample case of `seat` with its ticked checklist (read from the practice database)."""
    cases = list(seat.cases.all())
    result = []
    with practice_database():
        calendar = get_calendar()
        for case in cases:
            obj = MODEL_OF[case.kind].objects.filter(pk=case.case_id).first()
            if obj is None:  # the practice database was reset without re-seeding
                continue
            facts = _facts(case, seat.trainee_id, obj)
            result.append(
                CaseProgress(
                    case,
                    checklist.title(case.kind),
                    checklist.evaluate(case.kind, facts, calendar),
                    _url(case.kind, obj),
                )
            )
    return result
