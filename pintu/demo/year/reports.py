"""One generated SP4N-LAPOR! report: its row, contact, pauses, forwardings and history events.

`simulate_report()` walks a report along the real transition table (pintu.complaints.workflow)
with the timestamps, fields and event kinds/payloads/visibilities that the services in
pintu.complaints.services write, stopping at the generator's "now" (`world.until`). Every step
is checked with `workflow.transition()`, so a generated history can only contain moves a real
user could make. Due dates come from pintu.complaints.clocks.compute_due_dates (the same code the
services call), on a stand-in object so nothing touches the database here.
"""

from __future__ import annotations

import json
import math
import random
from datetime import datetime, timedelta
from types import SimpleNamespace

from pintu.complaints.clocks import compute_due_dates
from pintu.complaints.workflow import Action, Actor, Status, transition
from pintu.demo.year import texts as T
from pintu.textnorm import search_text

HOUR = timedelta(hours=1)
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # as pintu.complaints.services.base
CODE_SPACE = len(CODE_ALPHABET) ** 5
CODE_STEP = 7_368_787  # coprime with 31**5: g -> (g * step + offset) % space is a bijection

KINDS = [("pengaduan", 80), ("aspirasi", 15), ("permintaan_informasi", 5)]
CHANNELS = [
    ("web", 42),
    ("whatsapp", 20),
    ("lapor", 12),
    ("walk_in", 8),
    ("phone", 6),
    ("email", 5),
    ("sms", 3),
    ("letter", 3),
    ("api", 1),
]
STAFF_CHANNELS = {"walk_in", "phone", "letter"}
PRIVACY = [("biasa", 85), ("anonim", 10), ("rahasia", 5)]
#: Topics never public in the demo (stranger finding: a "kekerasan terhadap anak" report was public). A report
#: about violence against a child or a woman, domestic violence or child marriage can identify a victim, a child
#: at that (the desa is named): the reporter's choice stays (anonim too), but the report is always rahasia, as the
#: admin instansi sets it at verification when the content calls for it (docs/demo.md, DOMAIN section 1).
SENSITIVE_CATEGORIES = frozenset({"GENDER_ANAK"})
CITIZEN_EVERY = 50  # of every 50 reports of a year one may be the demo citizen's own (only ordinary web reports)
ARCHIVE_KINDS = [("spam", 25), ("vague", 40), ("out_of_scope", 20), ("duplicate", 15)]


def event_row(
    case_type: str,
    case_id: int,
    kind: str,
    at: datetime,
    *,
    actor_role: str,
    actor_id=None,
    agency_id=None,
    visibility: str = "reporter",
    status_from: str = "",
    status_to: str = "",
    reason: str = "",
    payload: dict | None = None,
) -> dict:
    """One history.Event row, as the services write it (record_event), for the bulk writer."""
    return {
        "case_type": case_type,
        "case_id": case_id,
        "kind": kind,
        "actor_id": actor_id,
        "actor_role": str(actor_role),
        "agency_id": agency_id,
        "at": at,
        "visibility": visibility,
        "status_from": str(status_from),
        "status_to": str(status_to),
        "reason": reason,
        "payload": json.dumps(payload or {}),
    }


def pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    total = sum(w for _, w in weighted)
    x = rng.random() * total
    for value, weight in weighted:
        x -= weight
        if x < 0:
            return value
    return weighted[-1][0]


def pick_privacy(rng: random.Random, category_code: str) -> tuple[bool, bool]:
    """(anonim, rahasia) of a generated report: one draw from PRIVACY; a sensitive topic is always rahasia."""
    privacy = pick(rng, PRIVACY)
    return privacy == "anonim", privacy == "rahasia" or category_code in SENSITIVE_CATEGORIES


def report_code(g: int, year: int) -> str:
    n = (g * CODE_STEP + 12_345) % CODE_SPACE
    chars = []
    for _ in range(5):
        n, r = divmod(n, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[r])
    return f"LPR-{year}-{''.join(chars)}"


def fill(template: str, rng: random.Random, desa: str, kecamatan: str) -> str:
    place = rng.choice(T.PLACES).format(n=rng.randint(1, 30))
    return template.format(desa=desa, kecamatan=kecamatan, n=rng.randint(2, 9), tempat=place, waktu=rng.choice(T.WHEN))


def compose(rng: random.Random, category_code: str, desa: str, kecamatan: str) -> tuple[str, str]:
    titles, sentences = T.TEMPLATES.get(category_code, T.TEMPLATES["LAINNYA"])
    title = fill(rng.choice(titles), rng, desa, kecamatan)
    body = rng.sample(sentences, k=min(len(sentences), rng.randint(1, 3)))
    parts = [rng.choice(T.OPENERS), *(fill(s, rng, desa, kecamatan) for s in body), rng.choice(T.CLOSERS)]
    return title[:150], " ".join(p for p in parts if p)


def fake_name(rng: random.Random) -> str:
    return " ".join(p for p in (rng.choice(T.FIRST_NAMES), rng.choice(T.LAST_NAMES)) if p)


class Clock:
    """Moves time forward the way people work: staff in office hours on working days, reporters any time."""

    def __init__(self, world, rng: random.Random):
        self.world, self.rng = world, rng

    def office(self, t: datetime) -> datetime:
        cal = self.world.calendar
        local = t.astimezone(self.world.tz)
        d = local.date()
        if cal.is_working_day(d) and 8 <= local.hour < 16:
            return t
        if cal.is_working_day(d) and local.hour < 8:
            start = d
        else:
            start = cal.next_working_day(d)
        minutes = self.rng.randint(0, 7 * 60)
        return datetime(start.year, start.month, start.day, 8, tzinfo=self.world.tz) + timedelta(minutes=minutes)

    def staff_after(self, t: datetime, median_hours: float, spread: float = 1.0) -> datetime:
        hours = median_hours * math.exp(self.rng.gauss(0, spread))
        return self.office(t + hours * HOUR)

    def reporter_after(self, t: datetime, median_hours: float) -> datetime:
        later = t + median_hours * math.exp(self.rng.gauss(0, 0.9)) * HOUR
        local = later.astimezone(self.world.tz)
        if local.hour < 6:
            later += (6 - local.hour) * HOUR
        return later


class ReportSim:
    """The state of one report while it is walked along the workflow."""

    def __init__(self, world, g: int, pk: int, rng: random.Random, submitted_at: datetime):
        self.world, self.g, self.pk, self.rng = world, g, pk, rng
        self.clock = Clock(world, rng)
        self.events: list[dict] = []
        self.pauses: list[dict] = []
        self.forwardings: list[dict] = []
        self.status = Status.DITERIMA
        self.t = submitted_at
        self.row: dict = {}

    # --- writing events the way the services do ------------------------------------------------

    def visibility(self, wanted: str | None = None) -> str:
        wanted = wanted or ("reporter" if self.row["rahasia"] else "public")
        return "reporter" if wanted == "public" and self.row["rahasia"] else wanted

    def event(self, kind: str, at: datetime, *, visibility: str | None = None, **fields) -> None:
        """An event of this report (fields: those of event_row); public becomes reporter on a rahasia report."""
        self.events.append(event_row("report", self.pk, kind, at, visibility=self.visibility(visibility), **fields))
        self.t = max(self.t, at)  # what happens next happens after this (a reply cannot follow the close)

    def move(self, action: Action, at: datetime, actor: Actor, *, kind: str | None = None, **fields) -> None:
        """apply_transition(): the table decides the target; status_changed_at follows."""
        target = transition(self.status, action, actor)
        self.event(
            kind or str(action),
            at,
            actor_role=str(actor),
            status_from=str(self.status),
            status_to=str(target),
            **fields,
        )
        self.status = target
        self.row["status_changed_at"] = at
        self.t = at

    def admin(self) -> dict:
        return {"actor_id": self.world.admin_user_id}

    def handler(self) -> dict:
        agency = self.row["assigned_agency_id"]
        return {"actor_id": self.world.handler_user_by_agency.get(agency), "agency_id": agency}

    def until_ok(self, at: datetime) -> bool:
        return at < self.world.until


def simulate_report(world, g: int, pk: int, submitted_at: datetime, rng: random.Random) -> ReportSim:
    sim = ReportSim(world, g, pk, rng, submitted_at)
    category = world.pick_category(rng)
    kecamatan, desa = world.pick_area(rng)
    title, text = (world.compose or compose)(rng, category.code, desa.name if desa else kecamatan.name, kecamatan.name)
    channel = pick(rng, CHANNELS)
    anonim, rahasia = pick_privacy(rng, category.code)
    staff_entry = channel in STAFF_CHANNELS
    local_day = submitted_at.astimezone(world.tz).date()
    has_point = rng.random() < 0.3
    sim.row = {
        "id": pk,
        "code": report_code(g, local_day.year),
        "secret_hash": world.secret_hash,
        "idempotency_key": f"{world.key_prefix}{g}",
        "kind": pick(rng, KINDS),
        "title": title,
        "text": text,
        "public_title": title,  # generated text names nobody: the public version is the same
        "public_text": text,
        "category_id": category.pk,
        "kecamatan_id": kecamatan.pk,
        "desa_id": desa.pk if desa else None,
        "latitude": world.point(rng, 0) if has_point else None,
        "longitude": world.point(rng, 1) if has_point else None,
        "incident_date": local_day - timedelta(days=rng.randint(0, 30)) if rng.random() < 0.5 else None,
        "anonim": anonim,
        "rahasia": rahasia,
        "channel": channel,
        "language": "id",
        "status": Status.DITERIMA,
        "status_changed_at": submitted_at,
        "assigned_agency_id": None,
        "forwarded_to_id": None,
        "berkadar_pengawasan": False,
        "bounce_count": 0,
        "bounce_flagged": False,
        "archive_kind": "",
        "master_id": None,
        "parent_id": None,
        "submitted_at": submitted_at,
        "verified_at": None,
        "dispositioned_at": None,
        "first_response_at": None,
        "last_follow_up_at": None,
        "last_reply_at": None,
        "closed_at": None,
        "paused_since": None,
        "rating": None,
        "rating_comment": "",
        "rated_at": None,
        "reporter_user_id": None,
        "created_by_id": world.admin_user_id if staff_entry else None,
        "search_text": search_text(f"{title}\n{text}"),
    }
    sim.contact = {
        "report_id": pk,
        "name": "" if anonim and rng.random() < 0.6 else fake_name(rng),
        "email": f"warga{g}@contoh.invalid" if rng.random() < 0.3 else "",
        "phone": f"+62812{g % 100_000_000:08d}" if rng.random() < 0.6 else "",
        "nik": "",
        "nik_index": "",
        "consent_at": submitted_at,
    }
    if world.citizen and channel == "web" and not (anonim or rahasia) and g % CITIZEN_EVERY == 0:
        sim.row["reporter_user_id"], sim.contact["name"], sim.contact["email"] = world.citizen
    sim.event(
        "submitted",
        submitted_at,
        actor_role="staff" if staff_entry else "reporter",
        actor_id=world.admin_user_id if staff_entry else None,
        status_to=Status.DITERIMA,
        payload={"channel": channel},
    )
    walk(sim, category)
    finish(sim, category)
    return sim


def walk(sim: ReportSim, category) -> None:
    """Triage by the admin instansi, then the OPD's work, until `until` interrupts."""
    rng, clock, row, world = sim.rng, sim.clock, sim.row, sim.world
    t = clock.staff_after(sim.t, 18)
    if not sim.until_ok(t):
        return
    p = rng.random()
    if p < 0.04:
        kind = pick(rng, ARCHIVE_KINDS)
        row["archive_kind"], row["closed_at"] = kind, t
        sim.move(
            Action.ARCHIVE,
            t,
            Actor.ADMIN,
            visibility="reporter",
            reason=T.ARCHIVE_REASONS[kind],
            payload={"archive_kind": kind},
            **sim.admin(),
        )
        return
    if p < 0.06:
        sim.move(Action.HOLD, t, Actor.ADMIN, visibility="reporter", reason=rng.choice(T.HOLD_REASONS), **sim.admin())
        t = clock.staff_after(t, 60)
        if not sim.until_ok(t):
            return
        sim.move(Action.RESUME, t, Actor.ADMIN, **sim.admin())
    elif p < 0.66:
        row["verified_at"] = t
        sim.move(Action.VERIFY, t, Actor.ADMIN, **sim.admin())
    if category.code == "KORUPSI_PUNGLI" or rng.random() < 0.015:
        row["berkadar_pengawasan"] = True
        sim.event("pengawasan_flagged", t, actor_role=Actor.ADMIN, visibility="internal", **sim.admin())
    t = clock.staff_after(t, 6) if sim.status == Status.TERVERIFIKASI else t
    if not sim.until_ok(t):
        return
    outside = world.agency_outside(category.default_agency_id)
    if outside or rng.random() < 0.03:
        forward_out(sim, t, outside or world.pick_outside(rng))
        return
    agency = world.inspektorat_id if row["berkadar_pengawasan"] else world.pick_agency(rng, category)
    disposition(sim, t, agency)
    at_opd(sim)


def disposition(sim: ReportSim, t: datetime, agency_id: int) -> None:
    row = sim.row
    row["verified_at"] = row["verified_at"] or t
    row["assigned_agency_id"], row["dispositioned_at"], row["first_response_at"] = agency_id, t, None
    sim.move(
        Action.DISPOSITION,
        t,
        Actor.ADMIN,
        agency_id=agency_id,
        payload={"agency": sim.world.agency_code[agency_id]},
        actor_id=sim.world.admin_user_id,
    )


def forward_out(sim: ReportSim, t: datetime, agency_id: int) -> None:
    rng, row = sim.rng, sim.row
    channel = rng.choice(["surat", "e-mail", "SP4N-LAPOR!"])
    follow_up = (t + timedelta(days=14)).astimezone(sim.world.tz).date()
    row["forwarded_to_id"], row["closed_at"] = agency_id, None
    sim.forwardings.append(
        {
            "report_id": sim.pk,
            "agency_id": agency_id,
            "channel": channel,
            "reference": "",
            "follow_up_date": follow_up,
            "created_at": t,
            "created_by_id": sim.world.admin_user_id,
            "answered_at": None,
        }
    )
    sim.move(
        Action.FORWARD_OUT,
        t,
        Actor.ADMIN,
        reason=rng.choice(T.FORWARD_REASONS),
        agency_id=agency_id,
        payload={
            "agency": sim.world.agency_code[agency_id],
            "channel": channel,
            "reference": "",
            "follow_up_date": follow_up.isoformat(),
        },
        actor_id=sim.world.admin_user_id,
    )
    if rng.random() < 0.4:
        return  # the outside instansi never answered (yet)
    t = sim.clock.staff_after(t, 240)
    if not sim.until_ok(t):
        return
    row["last_follow_up_at"], row["first_response_at"] = t, row["first_response_at"] or t
    sim.forwardings[-1]["answered_at"] = t
    sim.move(
        Action.RECORD_EXTERNAL_ANSWER,
        t,
        Actor.ADMIN,
        kind="follow_up",
        reason=rng.choice(T.EXTERNAL_ANSWERS),
        agency_id=agency_id,
        payload={"external": True},
        visibility="public",
        actor_id=sim.world.admin_user_id,
    )
    after_follow_up(sim, allow_reopen=False)


def at_opd(sim: ReportSim, reopened: bool = False) -> None:
    """From didisposisikan (or dibuka_kembali): bounce, accept, ask, follow up."""
    rng, clock, row, world = sim.rng, sim.clock, sim.row, sim.world
    slow = world.agency_speed[row["assigned_agency_id"]]
    t = clock.staff_after(sim.t, 20 * slow)
    if not sim.until_ok(t):
        return
    if not reopened and rng.random() < (0.07 if row["bounce_count"] == 0 else 0.25):
        from_agency = row["assigned_agency_id"]
        suggested = world.pick_other_agency(rng, from_agency)
        row["bounce_count"] += 1
        flagged_now = row["bounce_count"] > world.bounce_flag_after and not row["bounce_flagged"]
        row["bounce_flagged"] = row["bounce_flagged"] or flagged_now
        handler = sim.handler()
        row["assigned_agency_id"], row["dispositioned_at"] = None, None
        sim.move(
            Action.SEND_BACK,
            t,
            Actor.OPD,
            reason=rng.choice(T.SEND_BACK_REASONS),
            visibility="internal",
            payload={
                "suggested_agency": world.agency_code[suggested],
                "bounce_count": row["bounce_count"],
                "from_agency": world.agency_code[from_agency],
            },
            **handler,
        )
        t = clock.staff_after(t, 10)
        if not sim.until_ok(t):
            return
        disposition(sim, t, suggested)
        at_opd(sim)
        return
    if rng.random() < 0.8:
        sim.move(Action.ACCEPT, t, Actor.OPD, **sim.handler())
        t = clock.staff_after(t, 30 * slow)
        if not sim.until_ok(t):
            return
    if rng.random() < 0.1:
        question = rng.choice(T.INFO_QUESTIONS)
        row["paused_since"] = t
        sim.pauses.append({"report_id": sim.pk, "started_at": t, "ended_at": None})
        sim.move(Action.REQUEST_INFO, t, Actor.OPD, reason=question, visibility="reporter", **sim.handler())
        if rng.random() < 0.12:
            return  # the reporter never answered: the clocks stay paused
        t = clock.reporter_after(t, 40)
        if not sim.until_ok(t):
            return
        sim.pauses[-1]["ended_at"] = t
        row["paused_since"], row["last_reply_at"] = None, t
        sim.move(
            Action.REPORTER_REPLY,
            t,
            Actor.REPORTER,
            kind="reporter_reply",
            visibility="reporter",
            reason=fill(rng.choice(T.REPLIES), rng, "", ""),
        )
        t = clock.staff_after(t, 30 * slow)
        if not sim.until_ok(t):
            return
    follow_up(sim, t)
    if sim.status == Status.DITINDAKLANJUTI:
        after_follow_up(sim, allow_reopen=not reopened)


def follow_up(sim: ReportSim, t: datetime) -> None:
    row = sim.row
    row["last_follow_up_at"], row["first_response_at"] = t, row["first_response_at"] or t
    sim.move(
        Action.POST_FOLLOW_UP,
        t,
        Actor.OPD,
        kind="follow_up",
        reason=sim.rng.choice(T.FOLLOW_UPS),
        visibility="reporter" if sim.rng.random() < 0.15 else "public",
        **sim.handler(),
    )


def after_follow_up(sim: ReportSim, allow_reopen: bool) -> None:
    """Rating, a second follow-up, a reply, reopen, then close (by hand or by the auto-close sweep)."""
    rng, clock, row, world = sim.rng, sim.clock, sim.row, sim.world
    late = (
        row["first_response_at"]
        and row["dispositioned_at"]
        and ((row["first_response_at"] - row["dispositioned_at"]).days > 10)
    )
    if rng.random() < 0.3:
        t = clock.reporter_after(sim.t, 30)
        if sim.until_ok(t):
            rating = min(5, max(1, round(rng.gauss(2.6 if late else 3.9, 1.0))))
            comment = rng.choice(T.RATING_COMMENTS)
            row["rating"], row["rating_comment"], row["rated_at"] = rating, comment, t
            sim.event(
                "rated", t, actor_role=Actor.REPORTER, visibility="reporter", reason=comment, payload={"rating": rating}
            )
            if allow_reopen and rating <= 2 and rng.random() < 0.35:
                reopen(sim, t)
                return
    if rng.random() < 0.08 and row["assigned_agency_id"]:
        t = clock.staff_after(sim.t, 40)
        if not sim.until_ok(t):
            return
        follow_up(sim, t)
    replied = False
    if rng.random() < 0.05:
        t = clock.reporter_after(sim.t, 48)
        if not sim.until_ok(t):
            return
        row["last_reply_at"], replied = t, True
        sim.event(
            "reporter_reply",
            t,
            actor_role=Actor.REPORTER,
            visibility="reporter",
            reason=fill(rng.choice(T.REPLIES), rng, "", ""),
        )
    if allow_reopen and rng.random() < 0.03:
        t = clock.reporter_after(sim.t, 72)
        if sim.until_ok(t):
            reopen(sim, t)
        return
    if replied or rng.random() < 0.55:
        t = clock.staff_after(sim.t, 36)
        if not sim.until_ok(t):
            return
        row["closed_at"] = t
        by_admin = row["assigned_agency_id"] is None
        actor = Actor.ADMIN if by_admin else Actor.OPD
        who = sim.admin() if by_admin else sim.handler()
        sim.move(Action.CLOSE, t, actor, reason=rng.choice(T.CLOSE_REASONS), **who)
        return
    # the daily sweep closes it the day after the auto-close due date (01:00 local)
    due = world.calendar.add_working_days(row["last_follow_up_at"], world.autoclose_days(row))
    next_day = due + timedelta(days=1)
    t = datetime(next_day.year, next_day.month, next_day.day, 1, rng.randint(0, 59), tzinfo=world.tz)
    if not sim.until_ok(t):
        return
    row["closed_at"] = t
    sim.move(
        Action.AUTO_CLOSE,
        t,
        Actor.SYSTEM,
        reason="Ditutup otomatis: tidak ada tanggapan pelapor setelah tindak lanjut.",
    )


def reopen(sim: ReportSim, t: datetime) -> None:
    row = sim.row
    row["closed_at"] = None
    row["dispositioned_at"] = t if row["assigned_agency_id"] else None
    row["first_response_at"] = None
    sim.move(Action.REOPEN, t, Actor.REPORTER, visibility="reporter", reason=sim.rng.choice(T.REOPEN_REASONS))
    if row["assigned_agency_id"]:
        at_opd(sim, reopened=True)


def finish(sim: ReportSim, category) -> None:
    """Final columns: status and the stored due dates, computed by the services' own clock code."""
    row, world = sim.row, sim.world
    row["status"] = str(sim.status)
    pauses = [SimpleNamespace(started_at=p["started_at"], ended_at=p["ended_at"]) for p in sim.pauses]
    stand_in = SimpleNamespace(**row, pauses=SimpleNamespace(all=lambda: pauses))
    row.update(compute_due_dates(stand_in, world.calendar, world.policy(category.pk, row["berkadar_pengawasan"])))
