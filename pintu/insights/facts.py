"""Keep the fact tables in step with the cases, one report (or request) at a time or all at once.

- `sync_report(report)` / `sync_request(request)`: run after every state change of a case, in the
  same transaction, so a figure never lags behind its case. The complaint and PPID services announce
  the change (`pintu.cases.hooks.CASE_CHANGED`); `on_case_changed` listens (registered in apps.py).
- `rebuild_all(batch_size=...)`: recomputes every fact in batches (the calendar, the clock policies
  and a WorkdayIndex loaded once; pauses and reopen counts read per batch with one query each;
  bulk_create). Used by `manage.py insights_rebuild`, by bench/generate.py after bulk inserts and,
  through the pintu.workdays.recompute registry, after every calendar change.

The clock definitions (docs/insights.md has the table):
- verify: submitted -> verified (or archived / forwarded out before verification), target 3;
- first response: latest disposition -> first official follow-up, target 5;
- resolve: latest disposition -> the follow-up that ended the OPD's work (status ditindaklanjuti or
  selesai), target 14 or 60 (pintu.complaints.clocks.policy_for);
each in working days by the WorkCalendar rules, with perlu_info pauses removed. A clock is met when
it stopped within its target; a running clock past its stored due date counts as missed (decided in
SQL at query time, so an open case turns "missed" without any write).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import Count, Max, Min
from django.utils import timezone

from pintu.categories.models import Category
from pintu.complaints.clocks import ClockPolicy, policy_for
from pintu.complaints.models import ArchiveKind, ComplaintSettings, Pause, Report
from pintu.complaints.workflow import Status
from pintu.history.models import Event
from pintu.insights.durations import WorkdayIndex
from pintu.insights.models import ReportFact, RequestFact
from pintu.ppid.domain import REQUEST_NOTICE_DAYS
from pintu.ppid.models import PpidSettings
from pintu.ppid.requests.models import InformationRequest
from pintu.workdays.calendar import get_calendar
from pintu.workdays.domain import Pause as DomainPause
from pintu.workdays.domain import WorkCalendar

NOT_COUNTED_ARCHIVES = (ArchiveKind.DUPLICATE, ArchiveKind.SPLIT)
ANSWERED_STATUSES = (Status.DITINDAKLANJUTI, Status.SELESAI)
CLOCKS_STOPPED = (Status.DILIMPAHKAN, Status.DIARSIPKAN)  # not the Pemkab's case (any more)
REOPEN_EVENT = "reopen"
REPORT_CASE_TYPE = "report"  # as registered by pintu.complaints.apps
REPORT_FIELDS = (
    "pk", "submitted_at", "kind", "channel", "status", "anonim", "rahasia", "category_id", "kecamatan_id", "desa_id",
    "assigned_agency_id", "berkadar_pengawasan", "archive_kind", "verified_at", "dispositioned_at",
    "first_response_at", "last_follow_up_at", "closed_at", "status_changed_at", "rating", "bounce_count",
)  # fmt: skip


@dataclass
class Context:
    """What every fact computation needs, loaded once per sync or per rebuild."""

    calendar: WorkCalendar
    index: WorkdayIndex
    defaults: ComplaintSettings
    policies: dict[tuple[int | None, bool], ClockPolicy] = field(default_factory=dict)
    categories: dict = field(default_factory=dict)

    @classmethod
    def load(cls, first: date | None = None) -> Context:
        calendar = get_calendar()
        today = timezone.localdate()
        first = first or today - timedelta(days=400)
        index = WorkdayIndex(calendar, first - timedelta(days=10), max(today, first) + timedelta(days=800))
        return cls(calendar=calendar, index=index, defaults=ComplaintSettings.load())

    def policy(self, category_id: int | None, berkadar: bool) -> ClockPolicy:
        key = (category_id, berkadar)
        if key not in self.policies:
            category = None
            if category_id is not None:
                if category_id not in self.categories:
                    self.categories[category_id] = (
                        Category.objects.select_related("clock").filter(pk=category_id).first()
                    )
                category = self.categories[category_id]
            # The one rule of pintu.complaints.clocks, applied to a stand-in with just these two fields.
            self.policies[key] = policy_for(Report(category=category, berkadar_pengawasan=berkadar), self.defaults)
        return self.policies[key]

    def local_date(self, moment: datetime) -> date:
        """The local calendar date of an aware datetime (no per-call time-zone lookup: a million rows)."""
        return self.calendar._local_date(moment)  # noqa: SLF001 - the calendar's own time zone rule

    def number(self, start: datetime, stop: datetime, pauses: list[DomainPause]) -> int:
        try:
            return self.index.working_day_number(start, stop, pauses)
        except ValueError:  # outside the index span: the calendar's own (slower) walk
            return self.calendar.working_day_number(start, stop, pauses)

    def due(self, start: datetime, days: int, pauses: list[DomainPause]) -> date | None:
        if any(p.end is None for p in pauses):
            return None
        try:
            return self.index.add_working_days(start, days, pauses)
        except ValueError:
            return self.calendar.add_working_days(start, days, pauses)


def _clock(ctx: Context, start, stop, target: int, pauses: list[DomainPause], applies: bool):
    """(workdays, due, met) of one clock."""
    if start is None or (not applies and stop is None):
        return None, None, None
    relevant = [p for p in pauses if p.end is None or p.end > start]
    if stop is not None and stop >= start:
        days = ctx.number(start, stop, relevant)
        return days, None, days <= target
    return None, ctx.due(start, target, relevant), None


def build_report_fact(row: dict, pauses: list[DomainPause], reopen_count: int, ctx: Context) -> ReportFact:
    """The fact of one report from its column values (a `values()` row of REPORT_FIELDS)."""
    policy = ctx.policy(row["category_id"], row["berkadar_pengawasan"])
    status = row["status"]
    submitted_on = ctx.local_date(row["submitted_at"])
    running = status not in CLOCKS_STOPPED

    verify_stop = row["verified_at"]
    if verify_stop is None and status in CLOCKS_STOPPED:
        verify_stop = row["closed_at"] or row["status_changed_at"]
    verify = _clock(ctx, row["submitted_at"], verify_stop, policy.verify_days, pauses, running)

    start = row["dispositioned_at"]
    response = _clock(ctx, start, row["first_response_at"], policy.first_response_days, pauses, running)
    resolved_at = row["last_follow_up_at"] if status in ANSWERED_STATUSES else None
    if resolved_at is not None and start is not None and resolved_at < start:
        resolved_at = None
    resolve = _clock(ctx, start, resolved_at, policy.resolve_days, pauses, running)

    return ReportFact(
        report_id=row["pk"],
        submitted_on=submitted_on,
        submitted_month=submitted_on.replace(day=1),
        kind=row["kind"],
        channel=row["channel"],
        status=status,
        anonim=row["anonim"],
        rahasia=row["rahasia"],
        category_id=row["category_id"],
        kecamatan_id=row["kecamatan_id"],
        desa_id=row["desa_id"],
        agency_id=row["assigned_agency_id"],
        berkadar_pengawasan=row["berkadar_pengawasan"],
        counted=not (status == Status.DIARSIPKAN and row["archive_kind"] in NOT_COUNTED_ARCHIVES),
        verify_target=policy.verify_days,
        verify_workdays=verify[0], verify_due=verify[1], verify_met=verify[2],
        response_target=policy.first_response_days,
        response_workdays=response[0], response_due=response[1], response_met=response[2],
        resolve_target=policy.resolve_days,
        resolve_workdays=resolve[0], resolve_due=resolve[1], resolve_met=resolve[2],
        answered=row["first_response_at"] is not None or status in ANSWERED_STATUSES or reopen_count > 0,
        rating=row["rating"],
        reopen_count=reopen_count,
        bounce_count=row["bounce_count"],
    )  # fmt: skip


def _pauses_by_report(ids) -> dict[int, list[DomainPause]]:
    result: dict[int, list[DomainPause]] = defaultdict(list)
    for report_id, started, ended in Pause.objects.filter(report_id__in=ids).values_list(
        "report_id", "started_at", "ended_at"
    ):
        result[report_id].append(DomainPause(started, ended))
    return result


def _reopens_by_report(ids) -> dict[int, int]:
    rows = (
        Event.objects.filter(case_type=REPORT_CASE_TYPE, case_id__in=ids, kind=REOPEN_EVENT)
        .values("case_id")
        .annotate(n=Count("pk"))
    )
    return {row["case_id"]: row["n"] for row in rows}


def _report_facts(rows: list[dict], ctx: Context) -> list[ReportFact]:
    ids = [row["pk"] for row in rows]
    pauses = _pauses_by_report(ids)
    reopens = _reopens_by_report(ids)
    return [build_report_fact(row, pauses.get(row["pk"], []), reopens.get(row["pk"], 0), ctx) for row in rows]


def on_case_changed(case) -> None:
    """The CASE_CHANGED listener: the changed report's or request's fact row follows it."""
    if isinstance(case, Report):
        sync_report(case)
    elif isinstance(case, InformationRequest):
        sync_request(case)


def sync_report(report: Report, ctx: Context | None = None) -> ReportFact:
    """Recompute the fact of one report (call inside the service's transaction, after saving)."""
    ctx = ctx or Context.load(first=timezone.localdate(report.submitted_at))
    row = Report.objects.filter(pk=report.pk).values(*REPORT_FIELDS).get()
    fact = _report_facts([row], ctx)[0]
    _upsert(ReportFact, [fact])
    return fact


# --- PPID requests ------------------------------------------------------------------------------

REQUEST_FIELDS = (
    "pk", "received_at", "complete_at", "channel", "status", "assigned_agency_id", "decision", "decided_at",
    "extended", "extension_days",
)  # fmt: skip


def build_request_fact(row: dict, ctx: Context, waits_for_complete: bool) -> RequestFact:
    received_on = ctx.local_date(row["received_at"])
    start = (row["complete_at"] if waits_for_complete else row["received_at"]) or (
        row["received_at"] if row["decided_at"] else None
    )
    target = REQUEST_NOTICE_DAYS + (row["extension_days"] or 0 if row["extended"] else 0)
    days = due = met = None
    if start is not None and row["decided_at"] is not None:
        days = ctx.number(start, row["decided_at"], [])
        met = days <= target
    elif start is not None:
        due = ctx.due(start, target, [])
    return RequestFact(
        request_id=row["pk"],
        received_on=received_on,
        received_month=received_on.replace(day=1),
        channel=row["channel"],
        status=row["status"],
        agency_id=row["assigned_agency_id"],
        decision=row["decision"] or "",
        extended=row["extended"],
        notice_target=target,
        notice_workdays=days,
        notice_due=due,
        notice_met=met,
    )


def sync_request(request, ctx: Context | None = None) -> RequestFact:
    """Recompute the fact of one information request (inside the service's transaction)."""

    ctx = ctx or Context.load(first=timezone.localdate(request.received_at))
    row = InformationRequest.objects.filter(pk=request.pk).values(*REQUEST_FIELDS).get()
    fact = build_request_fact(row, ctx, PpidSettings.load().request_clock_waits_for_complete)
    _upsert(RequestFact, [fact])
    return fact


# --- everything at once ------------------------------------------------------------------------


def _upsert(model, facts: list) -> None:
    """Insert the fact rows, or overwrite the rows already there (INSERT ... ON CONFLICT DO UPDATE).

    Never delete-then-insert: a rebuild (a queued task after a calendar change, and several such tasks
    may run at once on several workers) and a service's sync of one case can write the same row at the
    same time. On PostgreSQL the second writer then waits for the first and overwrites its row; an
    insert would fail on the primary key (issue found by tests/scale: a failed task stays queued).
    """
    fields = [f.name for f in model._meta.concrete_fields if not f.primary_key]
    model.objects.bulk_create(
        facts, batch_size=2000, update_conflicts=True, unique_fields=[model._meta.pk.name], update_fields=fields
    )


def _first_day(model, field_name: str) -> date | None:
    value = model.objects.aggregate(first=Min(field_name))["first"]
    return timezone.localdate(value) if value else None


def rebuild_all(batch_size: int = 5000, progress=None) -> dict[str, int]:
    """Recreate every fact from the cases. Returns how many rows each table got.

    Each batch is one transaction that overwrites its key range in place (`_upsert`), so readers never
    see a missing row, and a rebuild running beside another rebuild or beside a service's sync of one
    case cannot fail on a duplicate key. Nothing is deleted: a fact cannot outlive its case (the
    foreign key cascades). The work is O(rows) with a constant number of queries per batch.
    """

    firsts = [d for d in (_first_day(Report, "submitted_at"), _first_day(InformationRequest, "received_at")) if d]
    ctx = Context.load(first=min(firsts) if firsts else None)
    counts = {"reports": 0, "requests": 0}

    # Reports after `last` are new since this rebuild began: their facts are their services' (sync_report).
    last = Report.objects.aggregate(last=Max("pk"))["last"] or 0
    start = 0
    while start < last:
        end = start + batch_size
        rows = list(Report.objects.filter(pk__gt=start, pk__lte=end).order_by().values(*REPORT_FIELDS))
        facts = _report_facts(rows, ctx)
        with transaction.atomic():
            _upsert(ReportFact, facts)
        counts["reports"] += len(facts)
        if progress:
            progress(counts["reports"])
        start = end

    waits = PpidSettings.load().request_clock_waits_for_complete
    rows = list(InformationRequest.objects.order_by().values(*REQUEST_FIELDS))
    facts = [build_request_fact(row, ctx, waits) for row in rows]
    with transaction.atomic():
        _upsert(RequestFact, facts)
    counts["requests"] = len(facts)
    return counts


def recompute_after_calendar_change(calendar: WorkCalendar) -> int:
    """Registered with pintu.workdays.recompute: durations depend on the closed days."""
    return sum(rebuild_all().values())
