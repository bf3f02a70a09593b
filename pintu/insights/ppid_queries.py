"""The PPID figures: requests (from RequestFact), objections and disputes (aggregated in SQL).

Objections and disputes are small tables (a kabupaten has tens a year), counted directly by SQL
aggregates with the same agency scope and period; only counts ever leave this module.
"""

from datetime import date

from django.db import connection
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from pintu.agencies.tree import descendant_ids
from pintu.insights.durations import percentile_from_histogram
from pintu.insights.filters import Filters
from pintu.insights.models import RequestFact
from pintu.insights.queries import PERCENTILES, PercentileCont
from pintu.insights.scope import InsightScope
from pintu.ppid.objections.models import Dispute, Objection

PENDING = "pending"
OPEN = "open"


def request_facts(scope: InsightScope, filters: Filters) -> QuerySet[RequestFact]:
    return RequestFact.objects.filter(scope.request_q()).filter(filters.request_q()).order_by()


def request_figures(scope: InsightScope, filters: Filters, today: date | None = None) -> dict:
    """Requests received, decided, on time, extended, with the median / p90 working days to the notice."""
    today = today or timezone.localdate()
    qs = request_facts(scope, filters)
    row = qs.aggregate(
        total=Count("pk"),
        decided=Count("pk", filter=Q(notice_workdays__isnull=False)),
        met=Count("pk", filter=Q(notice_met=True)),
        missed=Count("pk", filter=Q(notice_met=False) | Q(notice_met__isnull=True, notice_due__lt=today)),
        extended=Count("pk", filter=Q(extended=True)),
    )
    decided = qs.filter(notice_workdays__isnull=False)
    if connection.vendor == "postgresql":
        row.update(decided.aggregate(**{name: PercentileCont(F("notice_workdays"), p) for name, p in PERCENTILES}))
    else:
        histogram = [(r["notice_workdays"], r["n"]) for r in decided.values("notice_workdays").annotate(n=Count("pk"))]
        row.update({name: percentile_from_histogram(histogram, p) for name, p in PERCENTILES})
    return row


def requests_by(scope: InsightScope, filters: Filters, field: str) -> list[tuple]:
    rows = request_facts(scope, filters).values(field).annotate(n=Count("pk")).order_by("-n", field)
    return [(row[field], row["n"]) for row in rows]


def _agency_q(scope: InsightScope, filters: Filters, field: str) -> Q:
    condition = Q()
    if scope.ppid_agencies is not None:
        condition &= Q(**{f"{field}__in": scope.ppid_agencies})
    if filters.agency is not None:
        condition &= Q(**{f"{field}__in": descendant_ids([filters.agency.pk])})
    return condition


def objection_figures(scope: InsightScope, filters: Filters) -> dict:
    """Objections filed in the period by the Atasan PPID's decision ("pending" while unanswered)."""
    if not scope.ppid:
        return {"total": 0, "by_decision": {}}
    qs = Objection.objects.filter(
        _agency_q(scope, filters, "agency_id"),
        filed_at__date__gte=filters.start,
        filed_at__date__lte=filters.end,
    ).order_by()
    by_decision = {row["decision"] or PENDING: row["n"] for row in qs.values("decision").annotate(n=Count("pk"))}
    return {"total": sum(by_decision.values()), "by_decision": by_decision}


def dispute_figures(scope: InsightScope, filters: Filters) -> dict:
    """Disputes filed at the Komisi Informasi in the period, by final outcome ("open" while open)."""
    if not scope.ppid:
        return {"total": 0, "by_outcome": {}}
    qs = Dispute.objects.filter(
        _agency_q(scope, filters, "objection__agency_id"), filed_on__gte=filters.start, filed_on__lte=filters.end
    ).order_by()
    by_outcome = {row["outcome"] or OPEN: row["n"] for row in qs.values("outcome").annotate(n=Count("pk"))}
    return {"total": sum(by_outcome.values()), "by_outcome": by_outcome}
