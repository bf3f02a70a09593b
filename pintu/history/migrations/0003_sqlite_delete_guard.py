"""SQLite refuses DELETE on history events too, as PostgreSQL always has (issue #15).

The trigger lets a DELETE through only while `pintu_deletes_allowed()` answers 1: a function registered
on Django's SQLite connections that does so only inside the flush command (pintu.audit.guard), the way
Django's test runner resets the database. Any other DELETE, or one from a connection that does not know
the function, is refused. PostgreSQL needs nothing new (history 0002).
"""

from django.db import migrations

SQLITE_UP = [
    """CREATE TRIGGER history_event_no_delete BEFORE DELETE ON history_event
       WHEN NOT pintu_deletes_allowed()
       BEGIN SELECT RAISE(ABORT, 'history events are append-only'); END;""",
]
SQLITE_DOWN = ["DROP TRIGGER IF EXISTS history_event_no_delete;"]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("history", "0002_append_only_triggers"), ("audit", "0003_history_redaction_gate")]

    operations = [migrations.RunPython(run(SQLITE_UP), run(SQLITE_DOWN))]
