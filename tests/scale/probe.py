"""A job for tests/scale: records each time it runs, so a job run twice (or never) shows."""

import uuid

from pintu.jobs.models import OnceMarker


def record_run(job: int) -> None:
    """One row per run: `scale-probe:<job>:<run id>`; the test expects exactly one row per job."""
    OnceMarker.objects.create(key=f"scale-probe:{job}:{uuid.uuid4().hex}")
