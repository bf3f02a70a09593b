"""SQLite refuses DELETE on audit entries too, as PostgreSQL always has (issue #15).

Same gate as the history table's (history 0003, pintu.audit.guard): only the flush command lifts it.
The hash chain still catches a database owner who drops the trigger (manage.py audit_verify).
"""

from django.db import migrations

SQLITE_UP = [
    """CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_auditentry
       WHEN NOT pintu_deletes_allowed()
       BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;""",
]
SQLITE_DOWN = ["DROP TRIGGER IF EXISTS audit_entry_no_delete;"]


def run(statements):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("audit", "0003_history_redaction_gate")]

    operations = [migrations.RunPython(run(SQLITE_UP), run(SQLITE_DOWN))]
