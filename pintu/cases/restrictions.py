"""Restricted processing: cases kept because the law still needs them, but hidden and not used.

When a data subject asks for erasure of a case the law still needs (an open request, an objection, a
dispute, a case within the archive schedule), the case is restricted instead of erased (UU 27/2022;
docs/privacy.md): it must appear in no list, page, export, statistic detail or search, and no sweep
may act on it, until the duty ends and the erasure completes.

The restrictions are kept by a higher app (pintu.mydata), which registers the one provider here in its
AppConfig.ready(); every case type's visibility selectors and sweeps call `without_restricted`:

    return without_restricted(Report.objects.filter(...), "report")

Without a provider (mydata not installed) nothing is restricted.
"""

from collections.abc import Callable

from django.db.models import QuerySet

#: (case type label) -> QuerySet of the primary keys of that case type's restricted cases.
RestrictedIds = Callable[[str], QuerySet]
_provider: list[RestrictedIds] = []


def provide_restricted_ids(provider: RestrictedIds) -> None:
    """Register THE provider (pintu.mydata does, in its ready()); a second call replaces the first."""
    _provider[:] = [provider]


def restricted_ids(case_type: str) -> QuerySet | None:
    return _provider[0](case_type) if _provider else None


def without_restricted(qs: QuerySet, case_type: str, field: str = "pk") -> QuerySet:
    """`qs` without the rows whose `field` names a case of `case_type` under restriction (the row itself by
    default; e.g. `field="request_id"` drops the objections of a restricted request)."""
    ids = restricted_ids(case_type)
    return qs if ids is None else qs.exclude(**{f"{field}__in": ids})
