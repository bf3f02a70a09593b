"""One generated information request (permohonan informasi), with its objection and dispute if any.

Walks pintu.ppid.requests.workflow and pintu.ppid.objections.workflow with the fields, event kinds
and payloads that pintu.ppid.requests.services / pintu.ppid.objections.services write; due dates
from the services' own clock functions. Numbers (PPID/YYYY/NNNNNN, KEB/YYYY/NNNNNN) are taken from
the same yearly counters the services use, so later real requests continue the sequence.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace

from pintu.demo.year import texts as T
from pintu.demo.year.reports import Clock, event_row, fake_name, pick
from pintu.ppid.domain import DISPUTE_FILING_DAYS, OBJECTION_ANSWER_DAYS
from pintu.ppid.objections import workflow as owf
from pintu.ppid.objections.clocks import dispute_dues
from pintu.ppid.requests.clocks import compute_due
from pintu.ppid.requests.workflow import Action, Actor, Decision, Status, transition

CHANNELS = [("web", 60), ("walk_in", 15), ("email", 10), ("letter", 10), ("oral", 5)]
DECISIONS = [
    (Decision.GRANTED_WHOLE, 60),
    (Decision.GRANTED_PART, 15),
    (Decision.REFUSED, 9),
    (Decision.NOT_HELD, 9),
    (Decision.FORWARDED, 7),
]


class RequestSim:
    def __init__(self, world, g: int, pk: int, rng: random.Random, received_at: datetime, number: str):
        self.world, self.g, self.pk, self.rng = world, g, pk, rng
        self.clock = Clock(world, rng)
        self.status = Status.DITERIMA
        self.events: list[dict] = []
        self.objection: dict | None = None
        self.dispute: dict | None = None
        self.steps: list[dict] = []
        self.row = {
            "id": pk,
            "number": number,
            "secret_hash": world.secret_hash,
            "idempotency_key": f"{world.key_prefix}req:{g}",
            "channel": pick(rng, CHANNELS),
            "requester_kind": pick(rng, [("perorangan", 85), ("badan_hukum", 10), ("kelompok", 5)]),
            "obtain_method": pick(rng, [("soft", 60), ("hard", 15), ("both", 10), ("view", 15)]),
            "delivery_method": pick(rng, [("email", 60), ("pick_up", 30), ("post", 10)]),
            "language": "id",
            "status": Status.DITERIMA,
            "status_changed_at": received_at,
            "assigned_agency_id": None,
            "received_at": received_at,
            "complete_at": received_at,
            "extended": False,
            "extension_reason": "",
            "extension_days": None,
            "extended_at": None,
            "decision": "",
            "decided_at": None,
            "decided_by_id": None,
            "notice_number": "",
            "fee": Decimal(0),
            "fee_paid": False,
            "holder_name": "",
            "holder_agency_id": None,
            "delivered_at": None,
            "closed_at": None,
            "close_reason": "",
            "requester_user_id": None,
            "created_by_id": None,
        }
        self.t = received_at

    def event(self, case_type: str, case_id: int, kind: str, at: datetime, **fields) -> None:
        """An event of the request or of its objection or dispute (fields: those of event_row)."""
        self.events.append(event_row(case_type, case_id, kind, at, **fields))
        if case_type == "info_request":
            self.t = max(self.t, at)

    def actor(self, actor: Actor) -> int | None:
        if actor == Actor.UTAMA:
            return self.world.ppid_utama_user_id
        return self.world.ppid_user_by_agency.get(self.row["assigned_agency_id"])

    def move(
        self,
        action: Action,
        at: datetime,
        actor: Actor,
        *,
        visibility: str = "reporter",
        reason: str = "",
        payload: dict | None = None,
    ) -> None:
        """_apply(): the table decides; status_changed_at follows; the event carries the assigned agency."""
        target = transition(self.status, action, actor)
        self.event(
            "info_request",
            self.pk,
            str(action),
            at,
            actor_role=actor,
            actor_id=self.actor(actor),
            agency_id=self.row["assigned_agency_id"],
            visibility=visibility,
            status_from=self.status,
            status_to=target,
            reason=reason,
            payload=payload,
        )
        self.status = target
        self.row["status_changed_at"] = at
        self.t = at


def simulate_request(world, g: int, pk: int, received_at: datetime, number: str, rng: random.Random) -> RequestSim:
    sim = RequestSim(world, g, pk, rng, received_at, number)
    kecamatan, desa = world.pick_area(rng)
    year = received_at.astimezone(world.tz).year - rng.randint(0, 2)
    sim.row["information"] = rng.choice(T.INFORMATION_ASKED).format(
        year=year, desa=desa.name if desa else kecamatan.name, kecamatan=kecamatan.name
    )
    sim.row["purpose"] = rng.choice(T.PURPOSES)
    staff = sim.row["channel"] != "web"
    sim.row["created_by_id"] = world.ppid_utama_user_id if staff else None
    sim.identity = {
        "request_id": pk,
        "name": fake_name(rng),
        "address": f"{desa.name if desa else ''}, {kecamatan.name}",
        "occupation": rng.choice(T.OCCUPATIONS),
        "phone": f"+62813{g % 100_000_000:08d}",
        "email": f"pemohon{g}@contoh.invalid" if rng.random() < 0.7 else "",
        "id_number": "",
        "id_number_index": "",
        "identity_file": "",
        "identity_file_name": "",
        "identity_file_type": "",
        "proxy_file": "",
        "proxy_file_name": "",
        "proxy_file_type": "",
        "consent_at": received_at,
    }
    sim.event(
        "info_request",
        pk,
        "submitted",
        received_at,
        actor_role="staff" if staff else "requester",
        actor_id=sim.row["created_by_id"],
        status_to=Status.DITERIMA,
        payload={"channel": sim.row["channel"]},
    )
    walk_request(sim)
    sim.row["status"] = str(sim.status)
    stand_in = SimpleNamespace(**sim.row)
    sim.row["due_date"], sim.row["extended_due"] = compute_due(stand_in, world.calendar, world.waits_for_complete)
    if sim.objection is None and sim.row["decided_at"] and rng.random() < world.objection_rate(sim.row):
        file_objection(sim)
    return sim


def walk_request(sim: RequestSim) -> None:
    rng, clock, row, world = sim.rng, sim.clock, sim.row, sim.world
    t = clock.staff_after(sim.t, 16)
    if not t < world.until:
        return
    if rng.random() < 0.08:
        row["complete_at"] = None
        sim.move(Action.MARK_INCOMPLETE, t, Actor.UTAMA, reason=rng.choice(T.INCOMPLETE_REASONS))
        if rng.random() < 0.3:
            t = clock.staff_after(t, 24 * 20)
            if t < world.until:
                row["closed_at"], row["close_reason"] = t, "Pemohon tidak melengkapi permohonan."
                sim.move(Action.CLOSE, t, Actor.UTAMA, reason=row["close_reason"])
            return
        t = clock.staff_after(t, 72)
        if not t < world.until:
            return
        row["complete_at"] = t
        sim.move(Action.COMPLETE, t, Actor.UTAMA)
        t = clock.staff_after(t, 16)
        if not t < world.until:
            return
    if rng.random() < 0.9:
        agency = world.pick_request_agency(rng)
        row["assigned_agency_id"] = agency
        sim.move(
            Action.ASSIGN,
            t,
            Actor.UTAMA,
            visibility="internal",
            payload={"agency": world.agency_code[agency], "from": None},
        )
    handler = Actor.PEMBANTU if row["assigned_agency_id"] else Actor.UTAMA
    slow = world.agency_speed.get(row["assigned_agency_id"], 1.0)
    decided = clock.staff_after(t, 24 * 7 * slow, spread=0.7)
    stand_in = SimpleNamespace(**row)
    due, _ = compute_due(stand_in, world.calendar, world.waits_for_complete)
    if row["assigned_agency_id"] and due and rng.random() < 0.12:
        at = clock.staff_after(t, 24 * 4)
        if at < world.until and at.astimezone(world.tz).date() <= due:
            reason = rng.choice(T.EXTENSION_REASONS)
            row.update(extended=True, extension_reason=reason, extension_days=7, extended_at=at)
            sim.move(Action.EXTEND, at, handler, reason=reason, payload={"days": 7})
            decided = max(decided, clock.staff_after(at, 24 * 5 * slow))
    if not decided < world.until:
        return
    decision = pick(sim.rng, DECISIONS)
    # a fee only for printed copies sent by post (intake.COPY_COSTS / POSTAGE_COSTS; never for e-mail)
    fee = (
        Decimal("25000.00")
        if decision in (Decision.GRANTED_WHOLE, Decision.GRANTED_PART)
        and rng.random() < 0.05
        and row["delivery_method"] == "post"
        else Decimal(0)
    )
    row.update(
        decision=str(decision),
        decided_at=decided,
        decided_by_id=sim.actor(handler),
        notice_number="",  # the number of its signed letter (pintu.demo.year.letters), if the demo signs one
        fee=fee,
    )
    if decision in (Decision.NOT_HELD, Decision.FORWARDED):
        row["holder_name"] = rng.choice(T.HOLDER_NAMES)
    action = Action.FORWARD if decision == Decision.FORWARDED else Action.ISSUE_NOTICE
    sim.move(
        action,
        decided,
        handler,
        reason=row["holder_name"],
        payload={"decision": str(decision), "notice_number": row["notice_number"], "fee": str(fee)},
    )
    t = clock.staff_after(decided, 36)
    if not t < world.until:
        return
    if decision in (Decision.GRANTED_WHOLE, Decision.GRANTED_PART):
        if rng.random() < 0.92:
            row["delivered_at"] = row["closed_at"] = t
            sim.move(Action.DELIVER, t, handler, reason="Diserahkan melalui e-mail.", payload={"documents": []})
    elif rng.random() < 0.8:
        row["closed_at"], row["close_reason"] = t, "Pemberitahuan tertulis sudah disampaikan."
        sim.move(Action.CLOSE, t, handler, reason=row["close_reason"])


def file_objection(sim: RequestSim) -> None:
    """A keberatan to the Atasan PPID, decided, accepted or taken to the Komisi Informasi."""
    rng, clock, row, world = sim.rng, sim.clock, sim.row, sim.world
    decided_on = row["decided_at"].astimezone(world.tz).date()
    late = row["due_date"] and decided_on > (row["extended_due"] or row["due_date"])
    grounds = {"refused": "a", "granted_part": "d", "not_held": "e"}.get(row["decision"], "")
    grounds = "".join(sorted(set(grounds + ("g" if late else "")))) or "d"
    arose = decided_on
    filed_at = clock.staff_after(row["decided_at"], 24 * 8)
    if not filed_at < world.until:
        return
    year = filed_at.astimezone(world.tz).year
    sequence = world.take_objection_number(year)
    answer_due = world.calendar.add_working_days(filed_at, OBJECTION_ANSWER_DAYS)
    pk = world.next_objection_id()
    ob = {
        "id": pk,
        "number": f"KEB/{year}/{sequence:06d}",
        "year": year,
        "sequence": sequence,
        "request_id": sim.pk,
        "dip_item_id": None,
        "information": "",
        "agency_id": row["assigned_agency_id"],
        "filer_id": None,
        "requester_name": sim.identity["name"],
        "is_proxy": False,
        "proxy_name": "",
        "contact": sim.identity["phone"],
        "grounds": grounds,
        "description": rng.choice(T.OBJECTION_TEXTS),
        "ground_arose_on": arose,
        "filed_at": filed_at,
        "channel": rng.choice(["online", "paper"]),
        "registered_by_id": None,
        "answer_due": answer_due,
        "status": owf.Status.REGISTERED,
        "decision": "",
        "decision_text": "",
        "decided_at": None,
        "decided_by_id": None,
        "atasan_name": "",
        "atasan_post": "",
        "response": "",
        "response_at": None,
    }
    sim.objection = ob
    agency = row["assigned_agency_id"]
    sim.event(
        "objection",
        pk,
        "filed",
        filed_at,
        actor_role=owf.Actor.REQUESTER,
        agency_id=agency,
        status_to=owf.Status.REGISTERED,
        payload={"grounds": grounds, "channel": ob["channel"], "answer_due": answer_due.isoformat()},
    )
    if rng.random() < 0.12:
        return  # not answered (yet)
    decided = clock.staff_after(filed_at, 24 * 14)
    if not decided < world.until:
        return
    decision = pick(rng, [("accepted", 40), ("partial", 25), ("refused", 35)])
    ob.update(
        decision=decision,
        decision_text=rng.choice(T.OBJECTION_ANSWERS),
        decided_at=decided,
        decided_by_id=world.atasan_user_id,
        atasan_name="Sekretaris Daerah",
        atasan_post="Sekda",
        status=owf.Status.ANSWERED,
    )
    sim.event(
        "objection",
        pk,
        "decide",
        decided,
        actor_role=owf.Actor.ATASAN,
        actor_id=world.atasan_user_id,
        agency_id=agency,
        status_from=owf.Status.REGISTERED,
        status_to=owf.Status.ANSWERED,
        payload={"decision": decision, "late": decided.astimezone(world.tz).date() > answer_due},
    )
    responded = clock.reporter_after(decided, 24 * 5)
    if not responded < world.until or rng.random() < 0.1:
        return
    goes = decision != "accepted" and rng.random() < 0.35
    response = owf.Response.GOES_TO_KI if goes else owf.Response.ACCEPTS
    target = owf.Status.DISPUTED if goes else owf.Status.CLOSED
    ob.update(response=str(response), response_at=responded, status=target)
    sim.event(
        "objection",
        pk,
        "go_to_ki" if goes else "accept",
        responded,
        actor_role=owf.Actor.REQUESTER,
        agency_id=agency,
        status_from=owf.Status.ANSWERED,
        status_to=target,
        payload={"response": str(response)},
    )
    if goes:
        file_dispute(sim, ob, responded)


def file_dispute(sim: RequestSim, ob: dict, responded: datetime) -> None:
    rng, world = sim.rng, sim.world
    filed_on = responded.astimezone(world.tz).date() + timedelta(days=rng.randint(1, 20))
    if not filed_on < world.until.astimezone(world.tz).date():
        return
    base = ob["decided_at"].astimezone(world.tz).date()
    deadline = world.calendar.add_working_days(base, DISPUTE_FILING_DAYS)
    start_due, finish_due = dispute_dues(world.calendar, filed_on)
    pk = world.next_dispute_id()
    sim.dispute = {
        "id": pk,
        "objection_id": ob["id"],
        "commission_id": world.commission_id,
        "register_number": f"{rng.randint(1, 300):03d}/REG-PSI/{filed_on:%m}/{filed_on.year}",
        "filed_on": filed_on,
        "filing_deadline": deadline,
        "filed_late": filed_on > deadline,
        "start_due": start_due,
        "finish_due": finish_due,
        "status": owf.DisputeStatus.FILED,
        "outcome": "",
        "ruling": "",
        "court": "",
        "closed_on": None,
        "recorded_by_id": world.ppid_utama_user_id,
        "recorded_at": datetime(filed_on.year, filed_on.month, filed_on.day, 10, tzinfo=world.tz),
    }
    at = sim.dispute["recorded_at"]
    sim.event(
        "objection",
        ob["id"],
        "dispute_filed",
        at,
        actor_role=owf.Actor.UTAMA,
        actor_id=world.ppid_utama_user_id,
        agency_id=ob["agency_id"],
        payload={
            "filed_on": filed_on.isoformat(),
            "late": sim.dispute["filed_late"],
            "commission": world.agency_code[world.commission_id],
        },
    )
    path = (
        [owf.StageAction.MEDIATION, owf.StageAction.AGREEMENT]
        if rng.random() < 0.5
        else [
            owf.StageAction.MEDIATION,
            owf.StageAction.MEDIATION_FAILED,
            owf.StageAction.DECISION,
            owf.StageAction.FINAL,
        ]
    )
    on = filed_on
    for action in path:
        on = on + timedelta(days=rng.randint(10, 40))
        if not on < world.until.astimezone(world.tz).date():
            return
        ruling = rng.choice(["granted", "granted_part", "rejected"]) if action == owf.StageAction.DECISION else ""
        note = (
            "Para pihak sepakat informasi diberikan."
            if action == owf.StageAction.AGREEMENT
            else ("Putusan dibacakan." if action == owf.StageAction.DECISION else "")
        )
        before = sim.dispute["status"]
        target = owf.dispute_transition(before, action)
        recorded = datetime(on.year, on.month, on.day, 11, tzinfo=world.tz)
        sim.steps.append(
            {
                "dispute_id": pk,
                "action": str(action),
                "on": on,
                "ruling": ruling,
                "court": "",
                "note": note,
                "recorded_by_id": world.ppid_utama_user_id,
                "recorded_at": recorded,
            }
        )
        sim.dispute.update(status=target, ruling=ruling or sim.dispute["ruling"])
        if target == owf.DisputeStatus.CLOSED:
            sim.dispute.update(outcome=owf.OUTCOME_OF[action], closed_on=on)
        sim.event(
            "objection",
            ob["id"],
            f"dispute_{action}",
            recorded,
            actor_role=owf.Actor.UTAMA,
            actor_id=world.ppid_utama_user_id,
            agency_id=ob["agency_id"],
            status_from=before,
            status_to=target,
            reason=note,
            payload={"on": on.isoformat(), "ruling": ruling, "court": ""},
        )
