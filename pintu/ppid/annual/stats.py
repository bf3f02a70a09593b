"""Every figure of the laporan tahunan layanan informasi publik, from the data (DOMAIN.md section 5).

`annual_stats(year, agency=None)` is a plain function over querysets and returns a JSON-ready dict
(numbers, strings, lists), so a published report can freeze it as its snapshot:

- requests received in the year (local date of `received_at`), for `agency` and the units below it
  (assigned agency) or, with agency None, the whole Pemkab;
- time taken for each decided request: working days from the clock start (complete, or received when
  the clock does not wait) to the written notice, by `WorkCalendar.working_day_number`; count, median,
  max and the per-request table;
- decisions: granted in whole / in part, refused, not held, forwarded; the exemptions behind partial
  grants (partial refusals) and full refusals, counted per art. 17 letter a-j (`exempted_by_article`);
- objections filed in the year, by ground (one objection may count under several grounds) and by the
  Atasan PPID's decision ("pending" while unanswered);
- disputes filed at the Komisi Informasi in the year, by stage and by final outcome ("open" while open);
- the results per stage (`court_results`): KI mediation, KI adjudication, objection to the PTUN/PN and
  kasasi, each granted / granted in part / rejected / withdrawn (a result recorded in the year) or pending
  (the stage entered by 31 December and not yet ended then), over every dispute of the agency whatever the
  year it was filed (a case in court spans years).
"""

import statistics
from collections import Counter

from django.utils import timezone

from pintu.agencies.tree import descendant_ids
from pintu.ppid.config import PpidSettings
from pintu.ppid.domain import REQUEST_NOTICE_DAYS
from pintu.ppid.exemptions import Article17
from pintu.ppid.objections.models import Dispute, DisputeOutcome, DisputeStatus, Objection, ObjectionDecision
from pintu.ppid.objections.workflow import GROUNDS, StageAction
from pintu.ppid.requests.models import DECISION_CHOICES, InformationRequest
from pintu.workdays.calendar import get_calendar

DECISIONS = [value for value, _label in DECISION_CHOICES]
NO_ARTICLE = "-"
#: The decisions resting on an art. 17 exemption: a partial grant (a partial refusal) and a refusal.
EXEMPTING = {"partial": "granted_part", "refused": "refused"}
PENDING = "pending"
OPEN = "open"


def _scoped(qs, field: str, agency):
    if agency is None:
        return qs
    return qs.filter(**{f"{field}__in": descendant_ids([agency.pk])})


def _clock_start(request, waits_for_complete: bool):
    if waits_for_complete:
        return request.complete_at or request.received_at
    return request.received_at


def _median(values: list[int]) -> float | int | None:
    if not values:
        return None
    middle = statistics.median(values)
    return int(middle) if float(middle).is_integer() else float(middle)


def request_stats(year: int, agency=None) -> dict:
    calendar = get_calendar()
    waits = PpidSettings.load().request_clock_waits_for_complete
    qs = _scoped(InformationRequest.objects.filter(received_at__year=year), "assigned_agency_id", agency)
    requests = list(qs.select_related("assigned_agency").order_by("received_at", "pk"))
    by_decision = Counter(r.decision for r in requests if r.decision)
    refused_by_article = Counter(r.refusal_article or NO_ARTICLE for r in requests if r.decision == "refused")
    exempted = {kind: Counter(r.refusal_article or NO_ARTICLE for r in requests if r.decision == decision)
                for kind, decision in EXEMPTING.items()}  # fmt: skip
    rows = []
    for r in requests:
        if r.decided_at is None:
            continue
        days = calendar.working_day_number(_clock_start(r, waits), r.decided_at)
        rows.append({
            "number": r.number, "agency": r.assigned_agency.name if r.assigned_agency else "",
            "received": timezone.localdate(r.received_at).isoformat(),
            "decided": timezone.localdate(r.decided_at).isoformat(), "days": days, "decision": r.decision,
            "extended": r.extended,
        })  # fmt: skip
    days = [row["days"] for row in rows]
    per_agency = Counter(r.assigned_agency.name if r.assigned_agency else "" for r in requests)
    return {
        "total": len(requests),
        "decided": sum(1 for r in requests if r.decided_at is not None),
        "undecided": sum(1 for r in requests if r.decided_at is None),
        "by_decision": {d: by_decision.get(d, 0) for d in DECISIONS},
        "refused_by_article": {a: refused_by_article.get(a, 0) for a in [*Article17.values, NO_ARTICLE]},
        "exempted_by_article": {
            a: {kind: exempted[kind].get(a, 0) for kind in EXEMPTING} for a in [*Article17.values, NO_ARTICLE]
        },
        "per_agency": dict(sorted(per_agency.items())),
        "time": {
            "count": len(days),
            "median": _median(days),
            "max": max(days) if days else None,
            "within_10": sum(1 for d in days if d <= REQUEST_NOTICE_DAYS),
            "rows": rows,
        },  # fmt: skip
    }


def objection_stats(year: int, agency=None) -> dict:
    objections = list(_scoped(Objection.objects.filter(filed_at__year=year), "agency_id", agency))
    by_ground = Counter(letter for o in objections for letter in o.grounds)
    by_decision = Counter(o.decision or PENDING for o in objections)
    return {
        "total": len(objections),
        "by_ground": {letter: by_ground.get(letter, 0) for letter in GROUNDS},
        "by_decision": {d: by_decision.get(d, 0) for d in [*ObjectionDecision.values, PENDING]},
        "to_ki": sum(1 for o in objections if o.response == "goes_to_ki"),
    }


def dispute_stats(year: int, agency=None) -> dict:
    disputes = list(_scoped(Dispute.objects.filter(filed_on__year=year), "objection__agency_id", agency))
    by_stage = Counter(d.status for d in disputes)
    by_outcome = Counter(d.outcome or OPEN for d in disputes)
    return {
        "total": len(disputes),
        "by_stage": {s: by_stage.get(s, 0) for s in DisputeStatus.values},
        "by_outcome": {o: by_outcome.get(o, 0) for o in [*DisputeOutcome.values, OPEN]},
        "late": sum(1 for d in disputes if d.filed_late),
    }


#: The stages whose results the report splits, how each is entered and ended (workflow.StageAction), and
#: which ruling counts as granted / granted in part / rejected. Mediation: an agreement counts as granted,
#: a failed mediation as rejected. Court and kasasi: granted = the objection (or kasasi) is granted.
STAGES = ("mediation", "adjudication", "court", "kasasi")
RESULTS = ("granted", "granted_part", "rejected", "withdrawn", "pending")
_ENTERS = {
    StageAction.MEDIATION: "mediation",
    StageAction.ADJUDICATION: "adjudication",
    StageAction.MEDIATION_FAILED: "adjudication",
    StageAction.COURT_APPEAL: "court",
    StageAction.KASASI: "kasasi",
}
_ENDS = {  # action -> (stage it ends, result or None to read the ruling)
    StageAction.AGREEMENT: ("mediation", "granted"),
    StageAction.MEDIATION_FAILED: ("mediation", "rejected"),
    StageAction.DECISION: ("adjudication", None),
    StageAction.COURT_DECISION: ("court", None),
    StageAction.KASASI_DECISION: ("kasasi", None),
}
_RULING_RESULT = {
    "granted": "granted", "granted_part": "granted_part", "rejected": "rejected",
    "overturned": "granted", "upheld": "rejected", "ma_granted": "granted", "ma_rejected": "rejected",
}  # fmt: skip


def _stage_results(steps, year: int) -> dict[str, str]:
    """{stage: result} of one dispute for `year`: a stage ended in the year, or pending at its end."""
    current, results = None, {}
    for step in steps:
        if step.on.year > year:
            break
        if step.action in _ENDS:
            stage, result = _ENDS[step.action]
            if current == stage:
                results[stage] = (result or _RULING_RESULT.get(step.ruling, "")) if step.on.year == year else ""
                current = None
        if step.action == StageAction.WITHDRAWN and current is not None:
            results[current] = "withdrawn" if step.on.year == year else ""
            current = None
        if step.action in _ENTERS:
            current = _ENTERS[step.action]
            results[current] = "pending"
    return {stage: result for stage, result in results.items() if result}


def court_results(year: int, agency=None) -> dict:
    """Per stage (mediation, adjudication, court, kasasi): granted / granted_part / rejected / withdrawn /
    pending, over the disputes of `agency` filed by the end of `year` (see the module docstring)."""
    qs = Dispute.objects.filter(filed_on__year__lte=year).prefetch_related("steps")
    counts = {stage: dict.fromkeys(RESULTS, 0) for stage in STAGES}
    for dispute in _scoped(qs, "objection__agency_id", agency):
        steps = sorted(dispute.steps.all(), key=lambda s: (s.on, s.pk))
        for stage, result in _stage_results(steps, year).items():
            counts[stage][result] += 1
    return counts


def annual_stats(year: int, agency=None) -> dict:
    """All figures of the annual report of `year` for `agency` (and its units) or the whole Pemkab."""
    return {
        "year": year,
        "agency": {"code": agency.code, "name": agency.name} if agency is not None else None,
        "generated_at": timezone.localtime().isoformat(timespec="minutes"),
        "requests": request_stats(year, agency),
        "objections": objection_stats(year, agency),
        "disputes": dispute_stats(year, agency),
        "court_results": court_results(year, agency),
    }
