"""Asynchronous intake, the request side: accept a validated report in one write, answer at once.

`accept_report` validates exactly as `submit_report` does, then stores the submission (encrypted: it
carries the contact and the tracking secret the acknowledgement e-mail needs) with its reserved tracking
code in ONE statement, and wakes the worker; the caller answers with the code and the secret, valid at
once. builder.py turns the row into the report. Why: an intake that does all its work in the request cost
about 15 trivial requests; a surge of reports (a flood, a viral post) must not slow every other page.
Reports with attachments still take the synchronous path (their files are checked and stored in the
request). Measured in docs/performance.md, "Asynchronous intake".
"""

import json
import logging
import threading
import time
from dataclasses import dataclass

from django.db import IntegrityError, connection, connections, transaction
from django.utils import timezone
from django.utils.translation import get_language

from pintu.cases.tracking import hash_secret, new_secret
from pintu.complaints.models import PendingReport, Report
from pintu.complaints.services import group_insert
from pintu.complaints.services.base import random_code
from pintu.complaints.services.intake import ReportDraft, validate_draft
from pintu.idempotency import draft_fingerprint, same_submission
from pintu.jobs.services import enqueue, jobs_run_inline
from pintu.privacy import crypto

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Accepted:
    code: str
    secret: str | None  # None when a retried submission returned the earlier one
    created: bool
    report: Report | None  # the report when it is already built (a retry, or the worker ran at once)


def accept_report(draft: ReportDraft) -> Accepted:
    """Validate, reserve the code and queue the build; raise ValidationError like `submit_report`."""
    if draft.files:
        raise ValueError("reports with attachments are built synchronously (submit_report)")
    fingerprint = draft_fingerprint(draft)  # before validation normalises the draft, as for every retry
    if earlier := _find(draft.idempotency_key):
        same_submission(_fingerprint_of(earlier), fingerprint)  # the same key with other content: refused
        return _accepted(earlier, None, False)
    validate_draft(draft)
    secret = new_secret()
    stored = _store_once(draft, secret, fingerprint)
    if not isinstance(stored, str):  # a concurrent twin with the same idempotency key was first
        same_submission(_fingerprint_of(stored), fingerprint)
        return _accepted(stored, None, False)
    _wake_worker()  # its own statement, not always: see there; a row no task took is built by the schedule
    if not jobs_run_inline():
        return Accepted(stored, secret, True, None)  # the worker has not seen it yet: no lookup needed
    return Accepted(stored, secret, True, Report.objects.filter(code=stored).first())


def _find(key: str) -> Report | PendingReport | None:
    if not key:
        return None
    return (
        Report.objects.filter(idempotency_key=key).first() or PendingReport.objects.filter(idempotency_key=key).first()
    )


def _fingerprint_of(found: Report | PendingReport) -> str:
    """A pending row keeps its fingerprint in its (encrypted) payload, so the group insert stays as it is."""
    if isinstance(found, Report):
        return found.idempotency_fingerprint
    try:
        return json.loads(found.payload).get("fingerprint", "")
    except (ValueError, TypeError, AttributeError):
        return ""


def _accepted(found: Report | PendingReport, secret: str | None, created: bool) -> Accepted:
    report = found if isinstance(found, Report) else Report.objects.filter(code=found.code).first()
    return Accepted(found.code, secret, created, report)


CODE_DRAWS = 8


def _store_once(draft: ReportDraft, secret: str, fingerprint: str = "") -> str | PendingReport | Report:
    """The code of the new row; or the earlier submission with the same idempotency key (a concurrent twin).

    ONE statement stores the row only if no report holds the code (a pending row's code is unique by
    itself); in autocommit it is its own transaction, shared with the submissions that wait at the same
    moment in this process (group_insert.py). The column values are what PendingReport's fields would
    write (the payload through the same `encrypt_text` as EncryptedTextField), without a model instance:
    its signals and field preparation were a tenth of the request's CPU (docs/performance.md).
    """
    key = draft.idempotency_key or None
    payload = crypto.encrypt_text(json.dumps({**_payload(draft, secret), "fingerprint": fingerprint}))
    values = [hash_secret(secret), key, connection.ops.adapt_datetimefield_value(timezone.now()), payload]
    for _ in range(CODE_DRAWS):
        code = random_code()
        try:
            stored = _insert([code, *values])
        except IntegrityError:
            if key and (earlier := _find(key)):
                return earlier
            continue  # a pending row holds this code (or one written with it did): draw again
        if stored:
            return code
    raise RuntimeError(f"no free tracking code in {CODE_DRAWS} draws")  # ~(1M/28.6M)^8 = 2e-12 at a million a year


def _insert(row: list) -> bool:
    if connection.in_atomic_block:  # inside a caller's transaction: alone, in a savepoint kept usable on a refusal
        with transaction.atomic():
            return row[0] in group_insert.insert_rows([row])
    return group_insert.WRITER.write(row)


def _payload(draft: ReportDraft, secret: str) -> dict:
    return {
        "secret": secret,
        "title": draft.title,
        "text": draft.text,
        "kind": draft.kind,
        "category": draft.category.pk if draft.category else None,
        "kecamatan": draft.kecamatan.pk,
        "desa": draft.desa.pk if draft.desa else None,
        "latitude": str(draft.latitude) if draft.latitude is not None else None,
        "longitude": str(draft.longitude) if draft.longitude is not None else None,
        "incident_date": draft.incident_date.isoformat() if draft.incident_date else None,
        "privacy": draft.privacy,
        "channel": draft.channel,
        "name": draft.name,
        "email": draft.email,
        "phone": draft.phone,
        "nik": draft.nik,
        "reporter_user": getattr(draft.reporter_user, "pk", None),
        "created_by": getattr(draft.created_by, "pk", None),
        "language": draft.language or (get_language() or "id")[:2],
    }


DRAIN_TASK = "pintu.complaints.services.builder.build_waiting"


#: While submissions arrive faster than this, one queued drain task per interval per process serves them all.
WAKE_SECONDS = 1.0
_wake_lock = threading.Lock()
_last_wake = 0.0
_trailing: threading.Timer | None = None


def _wake_worker() -> None:
    """Queue a drain task, at most one per WAKE_SECONDS per process: a task builds every waiting row, so
    under load one task a second stands for hundreds of submissions (and spares each its queue write).
    A submission that skipped the queue write arms a timer that queues one at the end of the interval,
    so the last rows of a burst wait about a second, not until the minute schedule (pintu-intake), which
    remains the net for a process that ends before its timer fires."""
    global _last_wake
    if jobs_run_inline():
        enqueue(DRAIN_TASK)
        return
    with _wake_lock:
        now = time.monotonic()
        due = now - _last_wake >= WAKE_SECONDS
        if due:
            _last_wake = now
        elif _trailing is None:
            _arm_trailing(WAKE_SECONDS - (now - _last_wake))
    if due:
        enqueue(DRAIN_TASK)


def _arm_trailing(delay: float) -> None:
    """Called with _wake_lock held."""
    global _trailing
    _trailing = threading.Timer(delay, _trailing_wake)
    _trailing.daemon = True
    _trailing.start()


def _trailing_wake() -> None:
    """The timer thread."""
    try:
        fire_trailing()
    except Exception:  # the minute schedule builds what this task would have
        log.exception("queueing the intake drain task failed")
    finally:
        connections.close_all()  # this timer thread's own database connection


def fire_trailing() -> None:
    global _last_wake, _trailing
    with _wake_lock:
        _trailing, _last_wake = None, time.monotonic()
    enqueue(DRAIN_TASK)
