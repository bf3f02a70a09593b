"""The complaint figures, each one SQL aggregate (GROUP BY / COUNT / AVG / percentile) over ReportFact.

Nothing here loops over report rows in Python: a query returns at most one row per group (month,
category, agency, desa, working-day value), so the cost grows with the number of groups, not with
the number of reports. Percentiles: PostgreSQL's percentile_cont; elsewhere (SQLite) the same
number from a (value, count) histogram (pintu.insights.durations.percentile_from_histogram).
"""

from collections import defaultdict
from datetime import date

from django.db import connection
from django.db.models import Aggregate, Avg, Count, F, FloatField, Q, QuerySet
from django.utils import timezone

from pintu.insights.durations import percentile_from_histogram
from pintu.insights.filters import Filters
from pintu.insights.models import ReportFact
from pintu.insights.scope import InsightScope

CLOCKS = ("verify", "response", "resolve")
PERCENTILES = (("p50", 0.5), ("p90", 0.9))


class PercentileCont(Aggregate):
    """PostgreSQL: percentile_cont(p) WITHIN GROUP (ORDER BY expr)."""

    function = "percentile_cont"
    template = "%(function)s(%(percentile)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()

    def __init__(self, expression, percentile: float, **extra):
        super().__init__(expression, percentile=float(percentile), **extra)


def facts(scope: InsightScope, filters: Filters) -> QuerySet[ReportFact]:
    """The fact rows behind every complaint figure of this scope and these filters."""
    return ReportFact.objects.filter(scope.report_q()).filter(filters.report_q()).order_by()


def missed_q(clock: str, today: date) -> Q:
    """Missed: stopped late, or still running past its due date."""
    return Q(**{f"{clock}_met": False}) | Q(**{f"{clock}_met__isnull": True, f"{clock}_due__lt": today})


def volume_counts() -> dict:
    """Aggregates of how many cases, answered, reopened, sent back (bounced) and rated, and the mean rating."""
    return {
        "total": Count("pk"),
        "answered": Count("pk", filter=Q(answered=True)),
        "reopened": Count("pk", filter=Q(reopen_count__gt=0)),
        "bounced": Count("pk", filter=Q(bounce_count__gt=0)),
        "rated": Count("rating"),
        "rating_avg": Avg("rating"),
    }


def clock_counts(today: date) -> dict:
    """Aggregates counting, per clock, the cases that met it and those that missed it.

    The aliases carry a "n_" prefix (an alias may not shadow a field); `unprefixed` takes it off.
    """
    result = {}
    for clock in CLOCKS:
        result[f"n_{clock}_met"] = Count("pk", filter=Q(**{f"{clock}_met": True}))
        result[f"n_{clock}_missed"] = Count("pk", filter=missed_q(clock, today))
    return result


def unprefixed(row: dict) -> dict:
    return {key.removeprefix("n_"): value for key, value in row.items()}


def key_figures(scope: InsightScope, filters: Filters, today: date | None = None) -> dict:
    """Totals of the period in one query: volume, clocks, rating, reopen and bounce counts."""
    today = today or timezone.localdate()
    row = facts(scope, filters).aggregate(
        **volume_counts(), pengawasan=Count("pk", filter=Q(berkadar_pengawasan=True)), **clock_counts(today)
    )
    row = unprefixed(row)
    row["rating_avg"] = round(float(row["rating_avg"]), 2) if row["rating_avg"] is not None else None
    return row


def counts_by(scope: InsightScope, filters: Filters, field: str) -> list[tuple]:
    """(value, count) per value of `field`, largest first."""
    rows = facts(scope, filters).values(field).annotate(n=Count("pk")).order_by("-n", field)
    return [(row[field], row["n"]) for row in rows]


def monthly_rows(filters: Filters, found: dict) -> list[tuple[date, int]]:
    """Every month of the period with its count from `found` (0 when absent)."""
    months, month = [], filters.start.replace(day=1)
    while month <= filters.end:
        months.append((month, found.get(month, 0)))
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


def monthly(scope: InsightScope, filters: Filters) -> list[tuple[date, int]]:
    """Reports per month of the period, months without reports included as 0."""
    return monthly_rows(filters, dict(counts_by(scope, filters, "submitted_month")))


def compliance_by_agency(scope: InsightScope, filters: Filters, today: date | None = None) -> list[dict]:
    """Per assigned agency: met / missed per clock, plus the reopen and bounce counts."""
    today = today or timezone.localdate()
    rows = (
        facts(scope, filters)
        .values("agency")
        .annotate(**volume_counts(), **clock_counts(today))
        .order_by("-total", "agency")
    )
    return [unprefixed(row) for row in rows]


def _histograms(qs: QuerySet, group: str | None, field: str) -> dict:
    keys = [group, field] if group else [field]
    rows = qs.filter(**{f"{field}__isnull": False}).values(*keys).annotate(n=Count("pk")).order_by()
    result: dict = defaultdict(list)
    for row in rows:
        result[row[group] if group else None].append((row[field], row["n"]))
    return result


def durations(scope: InsightScope, filters: Filters, field: str, group: str | None = None) -> dict:
    """{group value (None: all): {"n", "p50", "p90"}} of working days in `field`.

    PostgreSQL computes percentile_cont in the database; SQLite gets one (group, value, count)
    histogram and interpolates exactly as percentile_cont does.
    """
    qs = facts(scope, filters)
    if connection.vendor == "postgresql":
        base = qs.filter(**{f"{field}__isnull": False})
        aggregates = {name: PercentileCont(F(field), p) for name, p in PERCENTILES}
        if group:
            rows = base.values(group).annotate(n=Count("pk"), **aggregates).order_by()
            return {row[group]: {k: row[k] for k in ("n", "p50", "p90")} for row in rows}
        row = base.aggregate(n=Count("pk"), **aggregates)
        return {None: row}
    result = {}
    for key, histogram in _histograms(qs, group, field).items():
        result[key] = {"n": sum(n for _, n in histogram)}
        result[key].update({name: percentile_from_histogram(histogram, p) for name, p in PERCENTILES})
    if not group and None not in result:
        result[None] = {"n": 0, "p50": None, "p90": None}
    return result


def per_thousand(scope: InsightScope, filters: Filters) -> list[tuple[int, int]]:
    """(kecamatan id, reports) for the tile map; the rate uses Area.population."""
    return counts_by(scope, filters, "kecamatan")


def growing_categories(scope: InsightScope, filters: Filters, min_count: int = 3) -> list[dict]:
    """Categories whose count in the period is well above the previous equal period.

    One query over both periods. "Well above": current >= min_count and current - previous >=
    2 * sqrt(previous + 1) (a two-sigma rise if counts were Poisson), ordered by that score.
    """
    previous = filters.previous()
    both = ReportFact.objects.filter(scope.report_q()).filter(
        filters.with_period(previous.start, filters.end).report_q()
    )
    rows = (
        both.order_by()
        .values("category")
        .annotate(
            current=Count("pk", filter=Q(submitted_on__gte=filters.start)),
            before=Count("pk", filter=Q(submitted_on__lt=filters.start)),
        )
    )
    result = []
    for row in rows:
        rise = row["current"] - row["before"]
        score = rise / (row["before"] + 1) ** 0.5
        if row["current"] >= min_count and score >= 2:
            result.append({**row, "rise": rise, "score": round(score, 2)})
    return sorted(result, key=lambda r: (-r["score"], -r["current"]))


def repeating_places(scope: InsightScope, filters: Filters, min_count: int = 3, limit: int = 20) -> list[dict]:
    """(desa, category) pairs with at least `min_count` reports in the period, most first."""
    rows = (
        facts(scope, filters)
        .filter(desa__isnull=False)
        .values("desa", "category")
        .annotate(n=Count("pk"))
        .filter(n__gte=min_count)
        .order_by("-n", "desa", "category")[:limit]
    )
    return list(rows)


def top_categories_by_agency(scope: InsightScope, filters: Filters, per_agency: int = 3) -> dict:
    """{agency id: [(category id, count), ...]} the most reported categories of each agency."""
    rows = (
        facts(scope, filters).values("agency", "category").annotate(n=Count("pk")).order_by("agency", "-n", "category")
    )
    result: dict = defaultdict(list)
    for row in rows:
        if len(result[row["agency"]]) < per_agency:
            result[row["agency"]].append((row["category"], row["n"]))
    return dict(result)
