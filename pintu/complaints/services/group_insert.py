"""Group commit for the asynchronous intake: submissions that wait at the same moment share one write.

Each accepted submission is one INSERT in its own durable commit (services/accept.py). Under load several
threads of a server process wait for the database at the same moment, and each commit costs the database
a WAL flush and the process a round trip. Here a thread that finds no write in flight writes its row at
once; rows that arrive while that write is in flight queue up, and the first of them to wake writes them
all in ONE statement and ONE commit, then hands on. No timer and no added wait: a lone submission is
written at once, alone, exactly as before. Measured in docs/performance.md, "Asynchronous intake".

The statement stores a row only if no report holds its code (`insert_rows`); a row sharing a statement
with one that breaks a unique constraint (its pending code or idempotency key) gets the IntegrityError too:
nothing of the statement was stored, so each caller draws a new code or finds its twin, as for its own.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db import connection

from pintu.complaints.models import PendingReport, Report

#: The columns each row gives, in this order.
COLUMNS = ("code", "secret_hash", "idempotency_key", "received_at", "payload")
#: Table names come from the models and the values are parameters (`%s`), never text pasted in.
_INSERT = (
    "WITH v (code, secret_hash, idempotency_key, received_at, payload) AS (VALUES {values}) "
    "INSERT INTO {pending} (code, secret_hash, idempotency_key, received_at, payload, attempts, last_error) "
    "SELECT v.code, v.secret_hash, v.idempotency_key, v.received_at, v.payload, 0, '' FROM v "
    "WHERE NOT EXISTS (SELECT 1 FROM {report} r WHERE r.code = v.code) RETURNING code"
)


def insert_rows(rows: list[list]) -> set[str]:
    """Store each row (COLUMNS) whose code no report holds, in one statement on this thread's connection;
    return the codes stored. Raises IntegrityError (and stores nothing) if a pending row has a code or key."""
    placeholders = ", ".join(["(%s, %s, %s, %s, %s)"] * len(rows))
    sql = _INSERT.format(values=placeholders, pending=PendingReport._meta.db_table, report=Report._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(sql, [value for row in rows for value in row])
        return {code for (code,) in cursor.fetchall()}


@dataclass(eq=False)
class _Waiting:
    row: list
    done: bool = False
    stored: bool = False
    error: BaseException | None = None


@dataclass(eq=False)
class GroupWriter:
    """One per process. `write(row)` returns True when the row is stored, False when a report holds its
    code; it raises what the statement raised."""

    insert: Callable[[list[list]], set[str]] = (
        insert_rows  # (rows) -> codes stored; a test may wrap it to hold a write in flight
    )
    max_rows: int = 50  # a statement's size stays modest however long the queue
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _queue: list[_Waiting] = field(default_factory=list)
    _writing: bool = False
    statements: int = 0  # how many statements and rows this process wrote (tests, bench)
    rows: int = 0

    def waiting(self) -> int:
        """Rows queued behind the write in flight."""
        with self._cond:
            return len(self._queue)

    def write(self, row: list) -> bool:
        mine = _Waiting(row)
        with self._cond:
            self._queue.append(mine)
            while self._writing and not mine.done:
                self._cond.wait()
            if mine.done:  # another thread wrote it with its own
                return _outcome(mine)
            self._writing = True
            batch, self._queue = self._take(mine)
        stored, error = set(), None
        try:
            stored = self.insert([each.row for each in batch])
        except BaseException as exc:  # every waiting caller must hear of it, this one included
            error = exc
        with self._cond:
            self._writing = False
            self.statements, self.rows = self.statements + 1, self.rows + len(batch)
            for each in batch:
                each.done, each.stored = True, each.row[0] in stored
                each.error = error if each is mine or error is None else copy.copy(error)  # one raise per thread
            self._cond.notify_all()  # the rows written, and the next writer among those still queued
        return _outcome(mine)

    def _take(self, mine: _Waiting) -> tuple[list[_Waiting], list[_Waiting]]:
        """(this statement's rows, the rows left queued): this caller's row first, then the queue in order,
        up to max_rows. A row with the code or idempotency key of one already taken waits for the next
        statement, so twins (a client retrying before its first try was answered) never refuse each
        other's statement: the second finds the first stored, alone."""
        batch, left = [mine], []
        codes, keys = {mine.row[0]}, {mine.row[2]}
        for each in self._queue:
            if each is mine:
                continue
            code, key = each.row[0], each.row[2]
            if len(batch) < self.max_rows and code not in codes and (key is None or key not in keys):
                batch.append(each)
                codes.add(code)
                keys.add(key)
            else:
                left.append(each)
        return batch, left


def _outcome(waiting: _Waiting) -> bool:
    if waiting.error is not None:
        raise waiting.error
    return waiting.stored


WRITER = GroupWriter()
