"""History events and audit entries refuse DELETE on SQLite as on PostgreSQL; only the flush lifts that
(pintu.audit.guard), so Django's reset between transactional tests still works."""

import pytest
from django.core.management import call_command
from django.db import DatabaseError, connection, transaction

from pintu.audit.guard import deletes_allowed
from pintu.audit.models import AuditEntry
from pintu.audit.services import audit
from pintu.history.models import Event


def _raw_delete(table: str) -> None:
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table}")  # noqa: S608 (test constant)


@pytest.mark.django_db(transaction=True)
def test_deletes_are_refused_and_the_flush_still_empties_the_database():
    Event.objects.create(case_type="report", case_id=1, kind="uji", visibility="internal")
    audit("test.guard")
    for table in ("history_event", "audit_auditentry"):
        with pytest.raises(DatabaseError):
            _raw_delete(table)
    assert Event.objects.count() == 1 and AuditEntry.objects.count() == 1
    call_command("flush", interactive=False, verbosity=0)
    assert not Event.objects.exists() and not AuditEntry.objects.exists()
    # the gate closes again after the flush
    Event.objects.create(case_type="report", case_id=2, kind="uji", visibility="internal")
    with pytest.raises(DatabaseError):
        _raw_delete("history_event")


@pytest.mark.django_db
def test_the_gate_is_only_open_inside_the_flush():
    Event.objects.create(case_type="report", case_id=1, kind="uji", visibility="internal")
    if connection.vendor == "sqlite":  # the gate is SQLite's; PostgreSQL's flush is a TRUNCATE
        with deletes_allowed():
            _raw_delete("history_event")
        assert not Event.objects.exists()
