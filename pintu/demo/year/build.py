"""A year of use for the demo: reports, requests, objections and a dispute over the twelve months before a day.

Called by `manage.py load_demo` (not by `pintu.demo.loader.load_demo()`, so the tests' demo stays small).
The cases are simulated along the real transition tables with the services' own clock code (reports.py,
requests.py) and written by the bulk path of bench/generate.py (rows.py); then the real sweeps escalate what is
overdue on the reference day, a few DIK entries are made through the register's own services (determined
before the year), the decisions and objection answers get their signed letters through the letters use cases
(letters.py: a representative set by default, every one with `all_letters`), and the statistics' facts are
rebuilt from the rows.

Deterministic: case g draws from random.Random(f"{seed}:r:{g}") (requests: ":q:"), its time is a quantile of
the year's volume curve, so the same seed and reference day give the same cases. Each status (and request
state, objection state, a dispute) appears at least once: the "showcase" cases after the ordinary ones are
searched in a fixed order of seeds for one that ends in the missing state on the reference day.
Idempotent: if the demo's cases are already there, nothing is added.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from pintu.accounts.models import RoleAssignment, User
from pintu.accounts.roles import Role
from pintu.complaints import sweeps as report_sweeps
from pintu.complaints.models import Report
from pintu.complaints.workflow import AT_OPD, Status
from pintu.demo.year import vocabulary
from pintu.demo.year.letters import LetterCounts, sign_year_letters
from pintu.demo.year.registers import load_dik_entries
from pintu.demo.year.reports import simulate_report
from pintu.demo.year.requests import simulate_request
from pintu.demo.year.rows import Writer, write_reports
from pintu.demo.year.world import Timeline, World
from pintu.history.models import Event
from pintu.insights.facts import rebuild_all
from pintu.ppid.objections import sweeps as objection_sweeps
from pintu.ppid.objections import workflow as objection_workflow
from pintu.ppid.objections.models import Dispute, DisputeStep, Objection, ObjectionCounter
from pintu.ppid.requests import sweeps as request_sweeps
from pintu.ppid.requests.models import InformationRequest, RequestCounter, RequesterIdentity
from pintu.ppid.requests.numbering import format_number
from pintu.ppid.requests.workflow import Status as RequestStatus

SEED = 2026
REPORTS = 1500
CITIZEN_USERNAME = "warga"  # the demo citizen account (pintu.demo.loader): some reports of the year are its own
REQUESTS = 180
KEY_PREFIX = "demo:"
#: the tracking secret of every demo case (with its code, on the public tracking page)
DEMO_SECRET = "DEMO-2026"  # noqa: S105 - a published demo secret, like the demo password
SHOWCASE_DAYS = 45  # showcase cases start within this many days before the reference day
SHOWCASE_TRIES = 4000
DIK_BEFORE_DAYS = 370  # the demo's DIK entries in force were determined before the year's first request
OPEN_REQUEST = frozenset({RequestStatus.DIPROSES, RequestStatus.DIPERPANJANG})
STAFF_AT_AGENCY = (Role.PEJABAT_PENGHUBUNG, Role.PPID_PEMBANTU)
OBJECTION_STATES = (
    objection_workflow.Status.REGISTERED,
    objection_workflow.Status.ANSWERED,
    objection_workflow.Status.CLOSED,
    objection_workflow.Status.DISPUTED,
)


@dataclass
class YearCounts:
    reports: int = 0
    events: int = 0
    requests: int = 0
    objections: int = 0
    disputes: int = 0
    escalations: int = 0
    dik: int = 0
    seconds: float = 0.0
    statuses: dict[str, int] = field(default_factory=dict)
    letters: LetterCounts = field(default_factory=LetterCounts)


def demo_reports():
    return Report.objects.filter(idempotency_key__startswith=KEY_PREFIX)


def reference_until(reference: date) -> datetime:
    """The generator's "now": the start of the reference day, local time (nothing happens on or after it)."""
    return datetime(reference.year, reference.month, reference.day, tzinfo=timezone.get_default_timezone())


def load_year(
    *,
    seed: int = SEED,
    reference: date | None = None,
    reports: int = REPORTS,
    requests: int = REQUESTS,
    all_letters: bool = False,
) -> YearCounts:
    counts = YearCounts()
    if demo_reports().exists():
        return counts  # already loaded: the demo year is made once per database
    started = time.perf_counter()
    until = reference_until(reference or timezone.localdate())
    world = make_world(seed, until)
    writer = Writer()
    with transaction.atomic():
        _reports(world, writer, seed, reports, counts)
        _requests(world, writer, seed, requests, counts)
    counts.escalations = escalate(until)
    counts.dik = load_dik_entries(decided_at=until - timedelta(days=DIK_BEFORE_DAYS))
    counts.letters = sign_year_letters(KEY_PREFIX, until, every=all_letters)
    rebuild_facts()
    counts.seconds = round(time.perf_counter() - started, 1)
    return counts


def make_world(seed: int, until: datetime) -> World:
    """The demo's world: the real desa only, the demo accounts' agencies first, the hand-written texts."""
    held = RoleAssignment.objects.filter(active=True, role__in=STAFF_AT_AGENCY).values_list("agency__code", flat=True)
    world = World(
        seed, until, 1, key_prefix=KEY_PREFIX, secret=DEMO_SECRET, top_up_desa=False, favour=tuple(sorted(set(held)))
    )
    world.compose = vocabulary.compose
    world.citizen = User.objects.filter(username=CITIZEN_USERNAME).values_list("pk", "full_name", "email").first()
    return world


def staffed(role: str) -> list[int]:
    """Agencies where a demo account holds `role`: each gets open work to show in its workspace."""
    return sorted(set(RoleAssignment.objects.filter(active=True, role=role).values_list("agency_id", flat=True)))


# --- reports ---------------------------------------------------------------------------------------


def _reports(world: World, writer: Writer, seed: int, n: int, counts: YearCounts) -> None:
    handlers = staffed(Role.PEJABAT_PENGHUBUNG)
    sims = plan_reports(world, seed, n, writer.reserve_ids(Report, n + len(Status) + len(handlers)), handlers)
    rows: dict[str, list] = {"reports": [], "contacts": [], "pauses": [], "forwardings": [], "events": []}
    for sim in sims:
        rows["reports"].append(sim.row)
        rows["contacts"].append(sim.contact)
        rows["pauses"].extend(sim.pauses)
        rows["forwardings"].extend(sim.forwardings)
        rows["events"].extend(sim.events)
    counts.events += write_reports(writer, rows)
    counts.reports = len(sims)
    for sim in sims:
        counts.statuses[str(sim.status)] = counts.statuses.get(str(sim.status), 0) + 1


def plan_reports(world: World, seed: int, n: int, ids: list[int], handlers: list[int] = ()) -> list:
    """The year's reports (pure: nothing is written), then a showcase report for each status still missing and
    for each agency in `handlers` without a report open at it."""
    timeline = Timeline(world, seed)
    ids_left = iter(ids)
    sims = []
    for g in range(n):
        rng = random.Random(f"{seed}:r:{g}")
        sims.append(simulate_report(world, g, next(ids_left), timeline.at((g + rng.random() * 0.999) / n), rng))
    wanted = [(f"status:{status}", lambda sim, status=status: sim.status == status) for status in Status]
    wanted += [
        (f"open-at:{world.agency_code[agency]}", lambda sim, agency=agency: sim.status in AT_OPD
         and sim.row["assigned_agency_id"] == agency)
        for agency in handlers
    ]  # fmt: skip
    g = n
    for name, fits in wanted:
        if any(fits(sim) for sim in sims):
            continue
        pk = next(ids_left)
        for attempt in range(SHOWCASE_TRIES):
            rng = random.Random(f"{seed}:show:{name}:{attempt}")
            submitted = world.until - timedelta(hours=rng.uniform(2, 24 * SHOWCASE_DAYS))
            sim = simulate_report(world, g, pk, submitted, rng)
            if fits(sim):
                sims.append(sim)
                g += 1
                break
    return sims


# --- requests, objections, disputes ------------------------------------------------------------------


def _requests(world: World, writer: Writer, seed: int, n: int, counts: YearCounts) -> None:
    """As rows.request_batch, plus showcase requests for each request state, objection state and a dispute."""
    keepers = staffed(Role.PPID_PEMBANTU)
    spare = len(RequestStatus) + len(OBJECTION_STATES) + len(keepers)
    ids = writer.reserve_ids(InformationRequest, n + spare)
    world._objection_ids = list(reversed(writer.reserve_ids(Objection, n // 5 + spare + 10)))
    world._dispute_ids = list(reversed(writer.reserve_ids(Dispute, n // 10 + spare + 10)))
    counters = {c.year: c.last for c in RequestCounter.objects.select_for_update()}
    world.objection_numbers = {c.year: c.last for c in ObjectionCounter.objects.select_for_update()}
    sims = plan_requests(world, seed, n, ids, counters, keepers)
    _write_requests(writer, sims, counts)
    for year, last in counters.items():
        RequestCounter.objects.update_or_create(year=year, defaults={"last": last})
    for year, last in world.objection_numbers.items():
        ObjectionCounter.objects.update_or_create(year=year, defaults={"last": last})


def plan_requests(
    world: World, seed: int, n: int, ids: list[int], counters: dict[int, int], keepers: list[int] = ()
) -> list:
    """The year's requests with their objections and disputes (pure but for `counters` and the world's objection
    numbers and reserved ids, which it advances), then showcase requests for the states still missing."""
    timeline = Timeline(world, seed + 7919)
    ids = iter(ids)

    def run(g: int, pk: int, received_at: datetime, rng: random.Random):
        year = received_at.astimezone(world.tz).year
        return simulate_request(world, g, pk, received_at, format_number(year, counters.get(year, 0) + 1), rng)

    def keep(sim) -> None:
        year = sim.row["received_at"].astimezone(world.tz).year
        counters[year] = counters.get(year, 0) + 1
        sims.append(sim)

    sims: list = []
    for g in range(n):
        rng = random.Random(f"{seed}:q:{g}")
        keep(run(g, next(ids), timeline.at((g + rng.random() * 0.999) / n), rng))
    wanted: list[tuple[str, object]] = [("request", s) for s in RequestStatus]
    wanted += [("objection", s) for s in OBJECTION_STATES]
    wanted += [("open-at", agency) for agency in keepers]
    g = n
    for what, state in wanted:
        if any(_is(sim, what, state) for sim in sims):
            continue
        pk = next(ids)
        days = SHOWCASE_DAYS if what == "request" else 300
        for attempt in range(SHOWCASE_TRIES * 5):
            saved = (list(world._objection_ids), list(world._dispute_ids), dict(world.objection_numbers))
            label = world.agency_code[state] if what == "open-at" else state
            rng = random.Random(f"{seed}:showq:{label}:{attempt}")
            sim = run(g, pk, world.until - timedelta(hours=rng.uniform(2, 24 * days)), rng)
            if _is(sim, what, state):
                keep(sim)
                g += 1
                break
            world._objection_ids, world._dispute_ids, world.objection_numbers = saved
    return sims


def _is(sim, what: str, state) -> bool:
    if what == "request":
        return sim.status == state
    if what == "open-at":
        return sim.status in OPEN_REQUEST and sim.row["assigned_agency_id"] == state
    return bool(sim.objection) and sim.objection["status"] == state and (state != "disputed" or bool(sim.dispute))


def _write_requests(writer: Writer, sims: list, counts: YearCounts) -> None:
    writer.write(InformationRequest, [s.row for s in sims])
    writer.write(RequesterIdentity, [s.identity for s in sims], with_id=False)
    writer.write(Objection, [s.objection for s in sims if s.objection])
    writer.write(Dispute, [s.dispute for s in sims if s.dispute])
    writer.write(DisputeStep, [step for s in sims for step in s.steps], with_id=False)
    events = [e for s in sims for e in s.events]
    writer.write(Event, events, with_id=False)
    counts.requests = len(sims)
    counts.objections = sum(1 for s in sims if s.objection)
    counts.disputes = sum(1 for s in sims if s.dispute)
    counts.events += len(events)


# --- after the rows: the real sweeps, DIK, the statistics ------------------------------------------------


def escalate(now: datetime) -> int:
    """What is overdue on the reference day is escalated by the sweeps themselves (events, rows, mails)."""
    return (
        report_sweeps.escalate_overdue(now)
        + request_sweeps.request_deadlines(now)
        + objection_sweeps.escalate_overdue(now)
    )


def rebuild_facts() -> None:
    rebuild_all()
