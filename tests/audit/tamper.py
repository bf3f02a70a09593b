"""Raw-SQL tampering with the audit table, the way someone with database access would do it.

The append-only triggers are switched off first (inside the test's transaction, so they come back
on rollback): the point is that the hash chain catches what gets past every guard.
"""

# ruff: noqa: S608 (raw SQL on purpose: this is what an attacker with database access does)
from django.db import connection

from pintu.audit.chain import entry_hash

TABLE = "audit_auditentry"


def disable_guards() -> None:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"ALTER TABLE {TABLE} DISABLE TRIGGER audit_entry_no_change")
        else:
            cursor.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
            cursor.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")


def disable_history_guards() -> None:
    """The same for the history table (the audit chain vouches for its rows through their content hashes)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":  # ALTER TABLE waits for no deferred foreign-key check
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("ALTER TABLE history_event DISABLE TRIGGER history_event_no_change")
        else:
            cursor.execute("DROP TRIGGER IF EXISTS history_event_no_update")
            cursor.execute("DROP TRIGGER IF EXISTS history_event_no_delete")


def raw(sql: str, params=()) -> None:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def row(seq: int) -> dict:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT seq, at, actor_id, actor_username, action, target_type, target_id, details, ip, "
            f"user_agent, prev_hash, hash FROM {TABLE} WHERE seq = %s",
            [seq],
        )
        names = [column[0] for column in cursor.description]
        return dict(zip(names, cursor.fetchone(), strict=True))


def insert_forged_after(seq: int) -> None:
    """Shift every later row up by one and slot a forged, correctly hashed row in at seq + 1."""
    from pintu.audit.models import AuditEntry

    before = AuditEntry.objects.get(seq=seq)
    raw(f"UPDATE {TABLE} SET seq = seq + 1000000 WHERE seq > %s", [seq])
    raw(f"UPDATE {TABLE} SET seq = seq - 999999 WHERE seq > 1000000")
    forged = {
        "seq": seq + 1,
        "at": before.at,
        "actor_id": None,
        "actor_username": "",
        "action": "identity.reveal",
        "target_type": "",
        "target_id": "",
        "details": {},
        "ip": None,
        "user_agent": "",
        "prev_hash": before.hash,
    }
    digest = entry_hash(forged)
    raw(
        f"INSERT INTO {TABLE} (seq, at, actor_id, actor_username, action, target_type, target_id, details, ip, "
        f"user_agent, prev_hash, hash) VALUES (%s, %s, NULL, '', %s, '', '', %s, NULL, '', %s, %s)",
        [seq + 1, before.at, forged["action"], "{}", before.hash, digest],
    )
