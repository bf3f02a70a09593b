"""The filters every statistics page, download, PDF and drill-down shares: date range, agency, area,
category. Read from the query string (`dari`, `sampai`, `instansi`, `wilayah`, `kategori`), turned
into a condition on the fact rows, and written back into links so a drill-down keeps them.
"""

from dataclasses import dataclass, replace
from datetime import date, timedelta
from urllib.parse import urlencode

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.agencies.models import Agency, Area, AreaLevel
from pintu.agencies.tree import descendant_ids
from pintu.categories.models import Category
from pintu.workdays.bounds import in_range, out_of_range_message

#: A year 9999 "sampai" was an OverflowError, an HTTP 500, on every statistics page, file and API: dates
#: outside pintu.workdays.bounds (1970-2099) are refused before any arithmetic.
DATE_PARAMS = ("dari", "sampai")


class FilterError(ValueError):
    """A filter in the query string cannot be used: `errors` maps each parameter to its messages."""

    def __init__(self, errors: dict[str, list[str]]):
        super().__init__("; ".join(m for messages in errors.values() for m in messages))
        self.errors = errors


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "").strip())
    except ValueError:
        return None


def date_problems(params, *, unreadable: bool = True) -> dict[str, list[str]]:
    """The date parameters that cannot be used, with a message each: outside EARLIEST..LATEST always, and
    unreadable ones when `unreadable` (the API names them; the pages ignore a date they cannot read)."""
    problems: dict[str, list[str]] = {}
    for name in DATE_PARAMS:
        value = (params.get(name) or "").strip()
        if not value:
            continue
        day = _parse_date(value)
        if day is None:
            if unreadable:
                problems[name] = [_("Tanggal harus berformat TTTT-BB-HH, misalnya 2026-03-31.")]
        elif not in_range(day):
            problems[name] = [out_of_range_message()]
    return problems


def default_period(today: date | None = None) -> tuple[date, date]:
    """The last twelve months: from the first day of the month eleven months ago to today."""
    today = today or timezone.localdate()
    month = today.month - 11
    year = today.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, 1), today


FILTER_FIELDS = ("instansi", "wilayah", "kategori")  # query parameters of the filters beside the period


@dataclass(frozen=True)
class Filters:
    start: date
    end: date
    agency: Agency | None = None
    area: Area | None = None
    category: Category | None = None

    @classmethod
    def from_query(cls, params, *, strict: bool = False) -> "Filters":
        """The filters of a query string; FilterError for a date out of range (and, when `strict`, for one
        that cannot be read); an unknown agency, area or category is no filter."""
        if problems := date_problems(params, unreadable=strict):
            raise FilterError(problems)
        start, end = default_period()
        start = _parse_date(params.get("dari")) or start
        end = _parse_date(params.get("sampai")) or end
        if end < start:
            start, end = end, start
        if (end - start).days > 366 * 10:  # bounded work: at most ten years at once
            start = end - timedelta(days=366 * 10)
        code = (params.get("instansi") or "").strip()
        agency = Agency.objects.filter(code=code).first() if code else None
        area_code = (params.get("wilayah") or "").strip()
        area = None
        if area_code:
            area = Area.objects.filter(level__in=[AreaLevel.KECAMATAN, AreaLevel.DESA, AreaLevel.KELURAHAN]).filter(
                Q(code=area_code) | Q(bps_code=area_code)).first()  # fmt: skip
        category_code = (params.get("kategori") or "").strip()
        category = Category.objects.filter(code=category_code).first() if category_code else None
        return cls(start=start, end=end, agency=agency, area=area, category=category)

    def with_period(self, start: date, end: date) -> "Filters":
        return replace(self, start=start, end=end)

    def previous(self) -> "Filters":
        """The equal period just before this one (for "topics that grow")."""
        length = (self.end - self.start).days + 1
        return self.with_period(self.start - timedelta(days=length), self.start - timedelta(days=1))

    def report_q(self, prefix: str = "") -> Q:
        condition = Q(**{f"{prefix}submitted_on__gte": self.start, f"{prefix}submitted_on__lte": self.end})
        if self.agency is not None:
            condition &= Q(**{f"{prefix}agency_id__in": descendant_ids([self.agency.pk])})
        if self.area is not None:
            field = "kecamatan_id" if self.area.level == AreaLevel.KECAMATAN else "desa_id"
            condition &= Q(**{f"{prefix}{field}": self.area.pk})
        if self.category is not None:
            condition &= Q(**{f"{prefix}category_id": self.category.pk})
        return condition

    def request_q(self, prefix: str = "") -> Q:
        """PPID requests have no area or category: only the period and the agency apply."""
        condition = Q(**{f"{prefix}received_on__gte": self.start, f"{prefix}received_on__lte": self.end})
        if self.agency is not None:
            condition &= Q(**{f"{prefix}agency_id__in": descendant_ids([self.agency.pk])})
        return condition

    def params(self) -> dict[str, str]:
        result = {"dari": self.start.isoformat(), "sampai": self.end.isoformat()}
        if self.agency is not None:
            result["instansi"] = self.agency.code
        if self.area is not None:
            result["wilayah"] = self.area.code or self.area.bps_code
        if self.category is not None:
            result["kategori"] = self.category.code
        return result

    def query(self, **extra) -> str:
        return urlencode({**self.params(), **{k: v for k, v in extra.items() if v not in (None, "")}})
