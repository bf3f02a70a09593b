"""Active areas and categories for the intake's hot path: a per-process snapshot, refreshed every minute.

Reference data changes a few times a year, yet looking a kecamatan up by id was a third of the time of an
API submission (docs/performance.md, "Asynchronous intake"). The snapshot holds what the public may choose
(active rows, as areas_visible_to / categories_visible_to give an ordinary caller); a row activated or
deactivated in the admin reaches every server within PINTU_CATALOGUE_SECONDS (60; 0 = no snapshot, the
default in tests). The worker that builds the report reads the rows afresh.
"""

import threading
import time

from django.conf import settings

from pintu.agencies.models import Area
from pintu.categories.models import Category

_lock = threading.Lock()
_snapshot: tuple[float, dict, dict] | None = None  # (expires, areas by id, categories by id)


def active_area(pk) -> Area | None:
    if not _valid_id(pk):
        return None
    if not _seconds():
        return Area.objects.filter(pk=pk, active=True).select_related("parent").first()
    return _current()[1].get(int(pk))


def active_category(pk) -> Category | None:
    if not _valid_id(pk):
        return None
    if not _seconds():
        return Category.objects.filter(pk=pk, active=True).select_related("default_agency").first()
    return _current()[2].get(int(pk))


def clear() -> None:
    global _snapshot
    with _lock:
        _snapshot = None


def _seconds() -> float:
    return float(getattr(settings, "PINTU_CATALOGUE_SECONDS", 0))


def _valid_id(pk) -> bool:
    return isinstance(pk, int) and not isinstance(pk, bool) and 0 < pk < 2**31


def _current() -> tuple[float, dict, dict]:
    global _snapshot
    snapshot = _snapshot
    if snapshot is not None and snapshot[0] > time.monotonic():
        return snapshot
    with _lock:
        if _snapshot is None or _snapshot[0] <= time.monotonic():
            areas = {a.pk: a for a in Area.objects.filter(active=True).select_related("parent")}
            categories = {c.pk: c for c in Category.objects.filter(active=True).select_related("default_agency")}
            _snapshot = (time.monotonic() + _seconds(), areas, categories)
        return _snapshot
