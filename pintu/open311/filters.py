"""Parameters of GET requests.{fmt}: parsing and the specification's defaults.

- service_request_id: comma-separated list; when given, every other filter is ignored.
- service_code, status (open, closed): comma-separated lists.
- start_date / end_date: W3C datetimes (timezone required) or plain dates, in 1970-2099 (beyond, the
  date arithmetic overflowed); the span may not exceed 90 days; without them the last 90 days; at most
  1000 requests, newest first.
"""

import datetime
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from pintu.open311.errors import Open311Error
from pintu.workdays.bounds import in_range

MAX_SPAN = datetime.timedelta(days=90)
MAX_RESULTS = 1000
STATUSES = ("open", "closed")
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class RequestFilters:
    service_request_ids: list[str] = field(default_factory=list)
    service_codes: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    start: datetime.datetime | None = None
    end: datetime.datetime | None = None


def comma_list(value: str | None) -> list[str]:
    return [item.strip() for item in (value or "").split(",") if item.strip()]


def parse_w3c(name: str, value: str, tz: datetime.tzinfo) -> datetime.datetime:
    """A W3C datetime with its offset ("2026-01-05T08:00:00+07:00", "...Z"), or a date (start of day in tz)."""
    value = value.strip()
    try:
        if _DATE_ONLY.match(value):
            parsed = datetime.datetime.combine(datetime.date.fromisoformat(value), datetime.time(), tzinfo=tz)
        else:
            parsed = datetime.datetime.fromisoformat(value.replace("z", "Z")) if "T" in value else None
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise Open311Error(
            400,
            _("%(name)s tidak sah: pakai format W3C dengan zona waktu, misalnya 2026-01-05T08:00:00+07:00.")
            % {"name": name},
        )
    if not in_range(parsed):  # year 9999 + 90 days overflowed (a 500)
        raise Open311Error(400, _("%(name)s harus antara tahun 1970 dan 2099.") % {"name": name})
    return parsed


def parse_filters(params, *, now: datetime.datetime, tz: datetime.tzinfo) -> RequestFilters:
    ids = comma_list(params.get("service_request_id"))
    if ids:
        return RequestFilters(service_request_ids=ids)
    statuses = comma_list(params.get("status"))
    if unknown := [s for s in statuses if s not in STATUSES]:
        raise Open311Error(400, _("status tidak sah: %(value)s (pilihan: open, closed).") % {"value": unknown[0]})
    start = parse_w3c("start_date", params["start_date"], tz) if params.get("start_date") else None
    end = parse_w3c("end_date", params["end_date"], tz) if params.get("end_date") else None
    if start and end and start > end:
        raise Open311Error(400, _("start_date harus sebelum end_date."))
    if start and end and end - start > MAX_SPAN:
        raise Open311Error(400, _("Rentang start_date sampai end_date paling lama 90 hari."))
    if start is None and end is None:
        end = now
    if start is None:
        start = end - MAX_SPAN
    if end is None:
        end = start + MAX_SPAN
    return RequestFilters(service_codes=comma_list(params.get("service_code")), statuses=statuses, start=start, end=end)
