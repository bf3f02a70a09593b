"""Walking the agency tree. A role held for an agency also covers the units below it."""

from collections import defaultdict
from collections.abc import Iterable

from pintu.agencies.models import Agency


def descendant_ids(agency_ids: Iterable[int]) -> frozenset[int]:
    """The given agencies and every agency below them (one query for the whole tree)."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for pk, parent_id in Agency.objects.values_list("pk", "parent_id"):
        children[parent_id].append(pk)
    seen: set[int] = set()
    stack = list(agency_ids)
    while stack:
        pk = stack.pop()
        if pk in seen:
            continue
        seen.add(pk)
        stack.extend(children.get(pk, ()))
    return frozenset(seen)


def root_pemkab() -> Agency | None:
    """The Pemkab (or Pemkot, Pemprov) this installation serves: the agency of kind 'pemda'."""
    return Agency.objects.filter(kind="pemda", parent__isnull=True).order_by("pk").first()
