"""Scheduled sweeps: a small registry, run by one scheduled task.

A sweep is `fn(now) -> int` (how many things it handled). Rules every sweep keeps:
- select by state, never by time window ("every open case past due and not yet escalated"), so a
  missed run catches up and a repeated run finds nothing new;
- guard each side effect with `claim_once()` in the same transaction, so two workers running the
  same sweep at once still do it once.
Apps register their sweeps in AppConfig.ready().
"""

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from pintu.jobs.models import SweepRun

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Sweep:
    name: str
    fn: Callable[[datetime], int]
    description: str = ""


_SWEEPS: dict[str, Sweep] = {}


def register_sweep(name: str, fn: Callable[[datetime], int], description: str = "") -> None:
    _SWEEPS[name] = Sweep(name, fn, description)


def registered_sweeps() -> list[Sweep]:
    return sorted(_SWEEPS.values(), key=lambda s: s.name)


def run_sweeps(now: datetime | None = None, names: list[str] | None = None) -> dict[str, int]:
    """Run the registered sweeps (or those named); one failing sweep does not stop the others."""
    now = now or timezone.now()
    results: dict[str, int] = {}
    for sweep in registered_sweeps():
        if names and sweep.name not in names:
            continue
        run = SweepRun.objects.create(name=sweep.name, started_at=timezone.now())
        try:
            run.processed = sweep.fn(now)
        except Exception:  # recorded, logged, retried on the next run
            run.error = traceback.format_exc()[-4000:]
            log.exception("sweep %s failed", sweep.name)
            results[sweep.name] = -1
        else:
            results[sweep.name] = run.processed
        run.finished_at = timezone.now()
        run.save(update_fields=["processed", "error", "finished_at"])
    return results
