"""The periods of the leaders' PDF reports: a month (`2026-03`) or a quarter (`2026-Q1`)."""

from datetime import date, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.insights.labels import month_label


def _month_end(start: date) -> date:
    following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return following - timedelta(days=1)


def parse(kind: str, period: str) -> tuple[date, date, str]:
    """(first day, last day, title) of `period`; ValueError when it is not a valid month/quarter."""
    if kind == "bulanan":
        start = date.fromisoformat(f"{period}-01")
        return start, _month_end(start), _("Laporan bulanan %(month)s") % {"month": month_label(start)}
    if kind == "triwulanan":
        year, _sep, quarter = period.partition("-Q")
        number = int(quarter)
        if not 1 <= number <= 4:
            raise ValueError("quarter must be 1..4")
        start = date(int(year), 3 * number - 2, 1)
        end = _month_end(date(int(year), 3 * number, 1))
        return start, end, _("Laporan triwulan %(q)s tahun %(year)s") % {"q": number, "year": year}
    raise ValueError(f"unknown report kind {kind!r}")


def recent_months(count: int = 12, today: date | None = None) -> list[tuple[str, str]]:
    """(value, label) of the last `count` months, this month first."""
    month = (today or timezone.localdate()).replace(day=1)
    result = []
    for _i in range(count):
        result.append((month.strftime("%Y-%m"), month_label(month)))
        month = (month - timedelta(days=1)).replace(day=1)
    return result


def recent_quarters(count: int = 4, today: date | None = None) -> list[tuple[str, str]]:
    today = today or timezone.localdate()
    year, quarter = today.year, (today.month - 1) // 3 + 1
    result = []
    for _i in range(count):
        result.append((f"{year}-Q{quarter}", _("Triwulan %(q)s %(year)s") % {"q": quarter, "year": year}))
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return result
