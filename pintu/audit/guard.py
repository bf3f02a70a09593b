"""The gate of the append-only tables on SQLite: history events and audit entries refuse DELETE on every
database (docs/security.md), and only an emptying of the whole database on purpose may lift that.

PostgreSQL's triggers refuse every DELETE, and `manage.py flush` (Django's test database reset among
others) empties tables there with TRUNCATE, which row triggers do not see. SQLite has no TRUNCATE: the
flush is a DELETE per table. So the SQLite triggers (pintu.dbtriggers: history, audit) ask a function,
`pintu_deletes_allowed()`, which this module registers on every SQLite connection Django opens and which
answers 1 only inside `deletes_allowed()`, entered by the flush command of this app (it replaces Django's,
management/commands/flush.py) in the thread that runs it. A connection that does not know the function
(the sqlite3 shell, another program) gets "no such function" from the trigger: the DELETE fails there too.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

FUNCTION = "pintu_deletes_allowed"
_state = threading.local()


def deletes_lifted() -> bool:
    return getattr(_state, "depth", 0) > 0


@contextmanager
def deletes_allowed() -> Iterator[None]:
    """Let this thread's SQLite connections delete history events and audit entries (flush only)."""
    _state.depth = getattr(_state, "depth", 0) + 1
    try:
        yield
    finally:
        _state.depth -= 1


def register_sqlite_function(sender=None, connection=None, **kwargs) -> None:
    """Receiver of django.db.backends.signals.connection_created (the hook Django gives for this)."""
    if connection is not None and connection.vendor == "sqlite":
        connection.connection.create_function(FUNCTION, 0, lambda: int(deletes_lifted()))
