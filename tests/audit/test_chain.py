"""The audit log is a hash chain: audit_verify passes a clean chain and names the first damage."""

# ruff: noqa: S608 (raw SQL on purpose: this is what an attacker with database access does)
import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections

from pintu.audit.chain import GENESIS
from pintu.audit.models import AuditEntry, AuditHead, AuditImmutableError
from pintu.audit.services import audit
from tests.audit import tamper

pytestmark = pytest.mark.django_db


def _chain(length: int = 6) -> list[AuditEntry]:
    return [audit("test.step", details={"step": index, "fields": ["a", "b"]}) for index in range(length)]


def _verify() -> str:
    from io import StringIO

    out = StringIO()
    call_command("audit_verify", "--chunk-size", "2", stdout=out)
    return out.getvalue()


def _damage() -> str:
    with pytest.raises(CommandError) as failure:
        _verify()
    return str(failure.value)


def test_entries_link_to_their_predecessor_and_the_head_follows():
    entries = _chain(3)
    assert [entry.seq for entry in entries] == [1, 2, 3]
    assert entries[0].prev_hash == GENESIS
    assert entries[1].prev_hash == entries[0].hash and entries[2].prev_hash == entries[1].hash
    head = AuditHead.objects.get()
    assert (head.seq, head.hash) == (3, entries[2].hash)


def test_clean_chain_verifies_and_counts_every_entry():
    entries = _chain(7)
    output = _verify()
    assert "7 entri" in output and entries[-1].hash in output


def test_empty_chain_verifies():
    assert "0 entri" in _verify()


def test_application_refuses_to_change_or_delete_entries():
    entry = _chain(1)[0]
    entry.action = "something.else"
    with pytest.raises(AuditImmutableError):
        entry.save()
    with pytest.raises(AuditImmutableError):
        entry.delete()
    with pytest.raises(AuditImmutableError):
        AuditEntry.objects.filter(pk=entry.pk).update(action="x")
    with pytest.raises(AuditImmutableError):
        AuditEntry.objects.all().delete()


def test_database_trigger_refuses_raw_update():
    from django.db import DatabaseError, transaction

    _chain(1)
    with pytest.raises(DatabaseError), transaction.atomic():
        tamper.raw(f"UPDATE {tamper.TABLE} SET action = 'x' WHERE seq = 1")


def test_raw_update_of_one_row_is_reported_as_edited_at_that_seq():
    _chain(6)
    tamper.disable_guards()
    tamper.raw(f"UPDATE {tamper.TABLE} SET target_id = '999' WHERE seq = 4")
    message = _damage()
    assert "#4" in message and "edited" in message


def test_rewriting_a_row_with_a_recomputed_hash_is_still_caught():
    from pintu.audit.chain import entry_hash

    _chain(6)
    tamper.disable_guards()
    row = AuditEntry.objects.get(seq=3).hashed_fields()
    row["actor_username"] = "someone-else"
    tamper.raw(
        f"UPDATE {tamper.TABLE} SET actor_username = %s, hash = %s WHERE seq = 3",
        ["someone-else", entry_hash(row)],
    )
    message = _damage()
    assert "#3" in message and "edited" in message


def test_forged_row_inserted_in_the_middle_is_reported_as_inserted():
    _chain(6)
    tamper.disable_guards()
    tamper.insert_forged_after(3)
    assert AuditEntry.objects.count() == 7
    message = _damage()
    assert "#4" in message and "inserted" in message


def test_row_appended_behind_the_heads_back_is_reported_as_inserted():
    from pintu.audit.chain import entry_hash

    entries = _chain(3)
    last = entries[-1]
    forged = last.hashed_fields() | {"seq": 4, "prev_hash": last.hash, "action": "x.y"}
    tamper.raw(
        f"INSERT INTO {tamper.TABLE} (seq, at, actor_id, actor_username, action, target_type, target_id, details, "
        f"ip, user_agent, prev_hash, hash) VALUES (4, %s, NULL, '', 'x.y', '', '', %s, NULL, '', %s, %s)",
        [last.at, '{"fields": ["a", "b"], "step": 2}', last.hash, entry_hash(forged | {"actor_id": None})],
    )
    message = _damage()
    assert "#4" in message and "inserted" in message


def test_deleting_a_middle_row_is_reported_as_deleted():
    _chain(6)
    tamper.disable_guards()
    tamper.raw(f"DELETE FROM {tamper.TABLE} WHERE seq = 3")
    message = _damage()
    assert "#3" in message and "deleted" in message


def test_deleting_the_newest_row_is_reported_as_deleted():
    _chain(6)
    tamper.disable_guards()
    tamper.raw(f"DELETE FROM {tamper.TABLE} WHERE seq = 6")
    message = _damage()
    assert "#6" in message and "deleted" in message


def test_anchor_catches_a_rewritten_tail_with_a_rewritten_head():
    """Rewriting every later row and the head leaves a self-consistent chain; the anchor kept elsewhere doesn't."""
    from pintu.audit.chain import entry_hash

    entries = _chain(4)
    anchor = f"4:{entries[-1].hash}"
    tamper.disable_guards()
    row = entries[-1].hashed_fields() | {"action": "rewritten"}
    digest = entry_hash(row)
    tamper.raw(f"UPDATE {tamper.TABLE} SET action = 'rewritten', hash = %s WHERE seq = 4", [digest])
    tamper.raw("UPDATE audit_audithead SET hash = %s", [digest])
    assert "4 entri" in _verify()
    with pytest.raises(CommandError, match="#4: edited"):
        call_command("audit_verify", "--anchor", anchor)


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_never_fork_the_chain():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers at BEGIN IMMEDIATE; the lock under test is PostgreSQL's")
    errors = []

    def writer(number: int) -> None:
        try:
            for step in range(15):
                audit("test.concurrent", details={"writer": number, "step": step})
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert AuditEntry.objects.count() == 60
    assert "60 entri" in _verify()
