"""The worker side of the asynchronous intake: build accepted submissions (PendingReport) into reports.

`build_waiting` is the queued drain task (accept.py queues it, the `pintu-intake` schedule runs it every
minute): it builds the waiting rows oldest first, each in its own transaction through the same
`intake._create` the synchronous path uses (contact, history event, audit entry, statistics, e-mail with
the secret), and deletes the row in that transaction. Several workers drain at once, each taking rows the
others do not hold (SELECT ... FOR UPDATE SKIP LOCKED). A build that fails is counted on its row and left
to `build_stale_pending`, the sweep, which retries up to MAX_ATTEMPTS times; then an operator decides
(Django admin). docs/performance.md, "Asynchronous intake"; docs/operations.md.
"""

import datetime
import json
import logging
import time
import traceback
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import F

from pintu.agencies.models import Area
from pintu.categories.models import Category
from pintu.complaints.models import PendingReport
from pintu.complaints.services.intake import ReportDraft, _create

log = logging.getLogger(__name__)

#: A pending row older than this is taken by the sweep (its task was lost, or failed).
STALE_AFTER = datetime.timedelta(minutes=2)
#: After this many failed builds the row waits for an operator (Django admin: "laporan dalam antrean").
MAX_ATTEMPTS = 10


def _draft(data: dict) -> ReportDraft:
    users = get_user_model().objects
    return ReportDraft(
        title=data["title"],
        text=data["text"],
        kind=data["kind"],
        category=Category.objects.filter(pk=data["category"]).first() if data["category"] else None,
        kecamatan=Area.objects.get(pk=data["kecamatan"]),
        desa=Area.objects.filter(pk=data["desa"]).first() if data["desa"] else None,
        latitude=Decimal(data["latitude"]) if data["latitude"] is not None else None,
        longitude=Decimal(data["longitude"]) if data["longitude"] is not None else None,
        incident_date=datetime.date.fromisoformat(data["incident_date"]) if data["incident_date"] else None,
        privacy=data["privacy"],
        channel=data["channel"],
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        nik=data["nik"],
        reporter_user=users.filter(pk=data["reporter_user"]).first() if data["reporter_user"] else None,
        created_by=users.filter(pk=data["created_by"]).first() if data["created_by"] else None,
        language=data["language"],
    )


def build_pending(pk: int | None = None) -> str | None:
    """Build one pending row into its report, once whoever runs it: row `pk`, or else the oldest row no other
    worker holds and no earlier build failed on. The report's code, or None when there was nothing to build."""
    target = pk
    try:
        with transaction.atomic():
            rows = PendingReport.objects.select_for_update(skip_locked=True)
            if not pk:  # the id first: a row that cannot be read (a payload under a lost key) still gets counted
                waiting = rows.filter(attempts=0).order_by("received_at", "pk")
                target = waiting.values_list("pk", flat=True).first()
            row = rows.filter(pk=target).first() if target else None
            if row is None:  # built already, held by another worker, or nothing waiting
                return None
            data = json.loads(row.payload)
            report = _create(_draft(data), data["secret"], code=row.code, secret_hash=row.secret_hash,
                             idempotency_key=row.idempotency_key, fingerprint=data.get("fingerprint", ""),
                             at=row.received_at)  # fmt: skip
            deleted, _ = PendingReport.objects.filter(pk=row.pk).delete()
            if not deleted:  # SQLite has no row locks: another worker built it first; undo this twin
                raise AlreadyBuilt(row.code)
            return report.code
    except AlreadyBuilt:
        return None
    except Exception:
        if target:  # the transaction is undone; the row keeps the count and the cause for the sweep and admin
            PendingReport.objects.filter(pk=target).update(
                attempts=F("attempts") + 1, last_error=traceback.format_exc()[-2000:]
            )
        log.exception("building pending report %s failed", target)
        raise


class AlreadyBuilt(Exception):
    pass


#: A drain task stops after this long and leaves the rest to the next one (a worker is never held for long).
DRAIN_SECONDS = 50


def build_waiting() -> int:
    """The worker's task: build the waiting rows, oldest first, until none is left; how many were built.
    Queued by `accept_report` (at most once per WAKE_SECONDS per process) and every minute by the schedule;
    several can run at once on several workers, each taking rows the others do not hold."""
    built, failures, deadline = 0, 0, time.monotonic() + DRAIN_SECONDS
    while time.monotonic() < deadline and failures < 3:  # three in a row: something else is wrong; stop
        try:
            code = build_pending()
        except Exception:  # recorded on the row by build_pending (which is then skipped); the sweep retries it
            failures += 1
            continue
        if code is None:
            break
        built, failures = built + 1, 0
    return built


def build_stale_pending(now: datetime.datetime) -> int:
    """Sweep: retry rows whose build failed (fewer than MAX_ATTEMPTS times) or that no task took (lost)."""
    built = 0
    stale = PendingReport.objects.filter(received_at__lt=now - STALE_AFTER, attempts__lt=MAX_ATTEMPTS)
    for pk in stale.values_list("pk", flat=True)[:500]:
        try:
            built += build_pending(pk) is not None
        except Exception:  # noqa: S112  (logged and recorded on the row by build_pending; the next run retries)
            continue
    return built
