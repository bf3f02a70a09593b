"""Practice mode's database switch (issue #19 item 3): a plain package below every app.

While `practice_database()` runs, the connection named "default" IS the practice database's connection
(alias "practice", settings.DATABASES): every query, `transaction.atomic()`, `select_for_update()` and
`on_commit()` of the unchanged case code goes to the practice database, and nothing to the real one.
The swap is per thread (Django keeps connections per thread), so other requests are not affected.
`active()` tells the few places that must never leave the machine (pintu.jobs.enqueue: mail, phone
messages, deliveries) to record instead of send. docs/practice.md, docs/architecture.md.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import DEFAULT_DB_ALIAS, connections, transaction

PRACTICE_ALIAS = "practice"
_active: ContextVar[bool] = ContextVar("pintu_practice_mode", default=False)


def active() -> bool:
    """True while the current code runs against the practice database."""
    return _active.get()


@contextmanager
def practice_database() -> Iterator[None]:
    """Run the block against the practice database, in one transaction there (rolled back on an error)."""
    if _active.get():
        yield
        return
    real = connections[DEFAULT_DB_ALIAS]
    token = _active.set(True)
    connections[DEFAULT_DB_ALIAS] = connections[PRACTICE_ALIAS]
    try:
        with transaction.atomic(using=DEFAULT_DB_ALIAS):
            yield
    finally:
        connections[DEFAULT_DB_ALIAS] = real
        _active.reset(token)
