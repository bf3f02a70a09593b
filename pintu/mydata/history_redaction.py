"""Rewriting the text of history events: the one sanctioned way past their append-only guard.

Case events are never edited, except for this: when a person's data is erased (on request or at the
end of the retention period), their name, e-mail, phone, NIK and address are cut out of the events'
reason and payload texts. Nothing else of an event changes (kind, time, actor, status), so timelines,
clocks and statistics are untouched, and every rewrite is itself recorded: an internal event on the
case, and an audit entry `history.rewrite` with the events' new content hashes, so `audit_verify`
still vouches for them (pintu.audit.history_witness).

The database trigger (pintu.dbtriggers.HISTORY) lets these UPDATEs through only inside the
caller's transaction: on PostgreSQL the trigger function allows an UPDATE while the transaction-local
setting pintu.history_redaction is 'on' (its `gate`), set just around the statements
below; on SQLite the trigger is dropped and re-created around them (SQLite DDL is transactional and
the write lock is already held). DELETE stays refused; a rollback restores everything.
"""

from __future__ import annotations

from django.db import connection

from pintu.audit.history_witness import record_rewrite
from pintu.dbtriggers import HISTORY
from pintu.history.models import Event
from pintu.privacy.redact import Needles, redact, redact_json


def _switch_guard(on: bool) -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT set_config('pintu.history_redaction', %s, true)", ["off" if on else "on"])
        elif connection.vendor == "sqlite":
            cursor.execute(HISTORY.sqlite_no_update if on else HISTORY.sqlite_drop_no_update)


def redact_events(case_type: str, case_ids: list[int], needles: Needles) -> int:
    """Cut `needles` out of the reason and payload of every event of these cases; how many changed."""
    if not needles or not case_ids:
        return 0
    if not connection.in_atomic_block:
        raise RuntimeError("redact_events() must run inside the erasing transaction")
    payload_field = Event._meta.get_field("payload")
    changes = []
    rows = Event.objects.filter(case_type=case_type, case_id__in=case_ids).values_list("pk", "reason", "payload")
    for pk, reason, payload in rows.iterator(chunk_size=500):
        new_reason, new_payload = redact(reason, needles), redact_json(payload, needles)
        if new_reason != reason or new_payload != payload:
            changes.append((new_reason, payload_field.get_db_prep_value(new_payload, connection), pk))
    if not changes:
        return 0
    _switch_guard(on=False)
    with connection.cursor() as cursor:
        cursor.executemany("UPDATE history_event SET reason = %s, payload = %s WHERE id = %s", changes)
    _switch_guard(on=True)
    record_rewrite([pk for _reason, _payload, pk in changes])  # the new content hashes, for audit_verify
    return len(changes)
