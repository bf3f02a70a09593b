"""Background tasks of the calendar (run by the django-q2 worker)."""

import logging

from pintu.workdays.recompute import recompute_open_cases

log = logging.getLogger(__name__)


def recompute_due_dates() -> dict[str, int]:
    changed = recompute_open_cases()
    log.info("due dates recomputed: %s", changed)
    return changed
