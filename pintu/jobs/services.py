"""Queueing work and doing things exactly once.

The queue is django-q2 with its ORM broker: a queued task is a row in the same database, so
`enqueue()` called inside a service's transaction commits or rolls back together with the data
(no lost or phantom jobs). With PINTU_JOBS_SYNC=1 (the test default) tasks run at once. Task arguments
are ids only, and successful results are not kept (see `enqueue`; docs/privacy.md).
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django_q.tasks import async_task

from pintu import sandbox
from pintu.jobs.models import OnceMarker


def enqueue(func_path: str, *args, keep_result: bool = False, **kwargs) -> str | None:
    """Queue `func_path(*args, **kwargs)` for the worker; returns the task id.

    django-q keeps a task's arguments and result in tables the Django admin shows, so: pass ids, never
    personal data or secrets (the task reads what it needs when it runs), and the result of a task that
    succeeded is not kept unless `keep_result` (django-q's per-task `save`). A failed task is always kept,
    with its error and traceback: a task must not raise an error that quotes personal data.
    """
    if sandbox.active():  # practice mode: the outbox rows stay in the practice database, nothing is sent
        return None
    return async_task(func_path, *args, q_options={"save": keep_result}, **kwargs)


def jobs_run_inline() -> bool:
    """True when queued tasks run at once in the caller (PINTU_JOBS_SYNC, the test default)."""
    return bool(settings.Q_CLUSTER.get("sync"))


def claim_once(key: str) -> bool:
    """True the first time `key` is claimed, False ever after (across processes and runs).

    Call it in the same transaction as the side effect it guards, so a rollback frees the claim.
    """
    try:
        with transaction.atomic():
            OnceMarker.objects.create(key=key)
    except IntegrityError:
        return False
    return True


def was_claimed(key: str) -> bool:
    return OnceMarker.objects.filter(key=key).exists()
