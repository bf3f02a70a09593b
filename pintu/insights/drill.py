"""From a figure to the cases behind it: the condition a drill-down link (`dim`, `val`) stands for.

The drill-down lists apply it on top of the user's own selector (reports_visible_to /
requests_handled_by), the dashboard scope and the same filters, with the prefix "fact__", so the
list holds exactly the cases counted in the figure that the user may open.
"""

from datetime import date

from django.db.models import Q
from django.utils import timezone

from pintu.agencies.models import Agency
from pintu.categories.models import Category
from pintu.insights.dashboard import NONE_VALUE
from pintu.insights.queries import CLOCKS, missed_q

REPORT_DIMS = ("month", "kind", "channel", "category", "kecamatan", "desa", "agency", "rating", "place", "clock")
REQUEST_DIMS = ("month", "decision")
NOTHING = Q(pk__in=[])


def _prefixed(condition: Q, prefix: str) -> Q:
    """The same condition with every field name prefixed (Q trees of plain lookups only)."""
    result = Q()
    result.connector, result.negated = condition.connector, condition.negated
    for child in condition.children:
        if isinstance(child, Q):
            result.children.append(_prefixed(child, prefix))
        else:
            result.children.append((f"{prefix}{child[0]}", child[1]))
    return result


def _month(value: str, field: str) -> Q:
    try:
        month = date.fromisoformat(f"{value}-01")
    except ValueError:
        return NOTHING
    return Q(**{field: month})


def _by_code(model, field: str, value: str) -> Q:
    if value == NONE_VALUE:
        return Q(**{f"{field}__isnull": True})
    pk = model.objects.filter(code=value).values_list("pk", flat=True).first()
    return Q(**{f"{field}_id": pk}) if pk else NOTHING


def _number(value: str) -> int | None:
    """A row id or rating from the query string; None for anything else (a 40-digit number overflowed the
    database's integer, a Unicode digit such as "²" passed isdigit() but not int(): both were a 500)."""
    return int(value) if value.isascii() and value.isdigit() and len(value) <= 18 else None


def _by_id(field: str, value: str) -> Q:
    if value == NONE_VALUE:
        return Q(**{f"{field}__isnull": True})
    number = _number(value)
    return Q(**{f"{field}_id": number}) if number is not None else NOTHING


def report_drill_q(dim: str, value: str, prefix: str = "", today: date | None = None) -> Q:
    """Condition on ReportFact for one figure; an unknown dimension matches nothing."""
    value = (value or "").strip()
    if dim == "month":
        condition = _month(value, "submitted_month")
    elif dim in ("kind", "channel"):
        condition = Q(**{dim: value})
    elif dim == "category":
        condition = _by_code(Category, "category", value)
    elif dim == "agency":
        condition = _by_code(Agency, "agency", value)
    elif dim in ("kecamatan", "desa"):
        condition = _by_id(dim, value)
    elif dim == "rating":
        condition = Q(rating=_number(value)) if _number(value) is not None else NOTHING
    elif dim == "place":
        desa, _sep, category = value.partition(":")
        condition = _by_id("desa", desa) & _by_code(Category, "category", category)
    elif dim == "clock":
        clock, _sep, outcome = value.partition(":")
        if clock not in CLOCKS or outcome not in ("met", "missed"):
            return NOTHING
        today = today or timezone.localdate()
        condition = Q(**{f"{clock}_met": True}) if outcome == "met" else missed_q(clock, today)
    elif not dim:
        condition = Q()
    else:
        return NOTHING
    return _prefixed(condition, prefix) if prefix else condition


def request_drill_q(dim: str, value: str, prefix: str = "") -> Q:
    value = (value or "").strip()
    if dim == "month":
        condition = _month(value, "received_month")
    elif dim == "decision":
        condition = Q(decision="" if value == NONE_VALUE else value)
    elif not dim:
        condition = Q()
    else:
        return NOTHING
    return _prefixed(condition, prefix) if prefix else condition
