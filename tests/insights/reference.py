"""The independent calculation: every figure recomputed in plain Python over the case rows.

It shares no code with pintu.insights: it walks the calendar day by day with WorkCalendar (the
project's single source of working-day rules), restates the clock definitions of docs/insights.md,
and takes percentiles from the standard library.
"""

import statistics
from collections import Counter, defaultdict

from django.utils import timezone

from pintu.complaints.models import CategoryClock, ComplaintSettings, Report
from pintu.workdays.calendar import get_calendar
from pintu.workdays.domain import Pause

ANSWERED = ("ditindaklanjuti", "selesai")
STOPPED = ("dilimpahkan", "diarsipkan")


def targets(report: Report, defaults: ComplaintSettings) -> dict[str, int]:
    override = CategoryClock.objects.filter(category_id=report.category_id).first() if report.category_id else None
    complex_case = report.berkadar_pengawasan or bool(report.category and report.category.needs_field_check)
    resolve = defaults.resolve_days_complex if complex_case else defaults.resolve_days
    return {
        "verify": (override and override.verify_days) or defaults.verify_days,
        "response": (override and override.first_response_days) or defaults.first_response_days,
        "resolve": (override and override.resolve_days) or resolve,
    }


def clock(cal, start, stop, target, pauses, applies, today):
    """(workdays or None, outcome "met" / "missed" / None)."""
    if start is None:
        return None, None
    relevant = [p for p in pauses if p.end is None or p.end > start]
    if stop is not None and stop >= start:
        days = cal.working_day_number(start, stop, relevant)
        return days, "met" if days <= target else "missed"
    if not applies or any(p.end is None for p in relevant):
        return None, None
    due = cal.add_working_days(start, target, relevant)
    return None, "missed" if due < today else None


def report_row(report: Report, cal, defaults, today) -> dict:
    pauses = [Pause(p.started_at, p.ended_at) for p in report.pauses.all()]
    t = targets(report, defaults)
    applies = report.status not in STOPPED
    verify_stop = report.verified_at
    if verify_stop is None and report.status in STOPPED:
        verify_stop = report.closed_at or report.status_changed_at
    resolved = report.last_follow_up_at if report.status in ANSWERED else None
    if resolved is not None and report.dispositioned_at is not None and resolved < report.dispositioned_at:
        resolved = None
    from pintu.history.models import Event

    reopens = Event.objects.filter(case_type="report", case_id=report.pk, kind="reopen").count()
    row = {
        "report": report,
        "day": timezone.localdate(report.submitted_at),
        "agency": report.assigned_agency_id,
        "reopens": reopens,
        "answered": report.first_response_at is not None or report.status in ANSWERED or reopens > 0,
    }
    row["verify"] = clock(cal, report.submitted_at, verify_stop, t["verify"], pauses, applies, today)
    row["response"] = clock(cal, report.dispositioned_at, report.first_response_at, t["response"], pauses, applies,
                            today)  # fmt: skip
    row["resolve"] = clock(cal, report.dispositioned_at, resolved, t["resolve"], pauses, applies, today)
    return row


def counted_rows(start, end, today, *, public=False, agencies=None, pengawasan=False) -> list[dict]:
    cal = get_calendar()
    defaults = ComplaintSettings.load()
    rows = []
    for report in Report.objects.select_related("category").prefetch_related("pauses"):
        if report.status == "diarsipkan" and report.archive_kind in ("duplicate", "split"):
            continue
        if public and report.rahasia:
            continue
        if (
            agencies is not None
            and report.assigned_agency_id not in agencies
            and not (pengawasan and report.berkadar_pengawasan)
        ):
            continue
        day = timezone.localdate(report.submitted_at)
        if start <= day <= end:
            rows.append(report_row(report, cal, defaults, today))
    return rows


def pct(values: list[int], p: float):
    """percentile_cont by the standard library (inclusive method = linear interpolation)."""
    if not values:
        return None
    if len(values) == 1:
        return float(values[0])
    if p == 0.5:
        return float(statistics.median(values))
    return statistics.quantiles(values, n=10, method="inclusive")[int(p * 10) - 1]


def summary(rows: list[dict]) -> dict:
    out = {"total": len(rows)}
    for name in ("verify", "response", "resolve"):
        out[f"{name}_met"] = sum(1 for r in rows if r[name][1] == "met")
        out[f"{name}_missed"] = sum(1 for r in rows if r[name][1] == "missed")
    ratings = [r["report"].rating for r in rows if r["report"].rating is not None]
    out["rated"] = len(ratings)
    out["rating_avg"] = round(sum(ratings) / len(ratings), 2) if ratings else None
    out["reopened"] = sum(1 for r in rows if r["reopens"] > 0)
    out["answered"] = sum(1 for r in rows if r["answered"])
    out["bounced"] = sum(1 for r in rows if r["report"].bounce_count > 0)
    for name in ("response", "resolve"):
        days = [r[name][0] for r in rows if r[name][0] is not None]
        out[f"{name}_n"] = len(days)
        out[f"{name}_p50"] = pct(days, 0.5)
        out[f"{name}_p90"] = pct(days, 0.9)
    return out


def by(rows: list[dict], key) -> dict:
    groups = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    return groups


def counts(rows, key) -> Counter:
    return Counter(key(r) for r in rows)
