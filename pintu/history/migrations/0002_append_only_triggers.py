"""Database-level guard: history rows cannot be updated (both databases) or deleted (PostgreSQL).

SQLite keeps deletes possible only because Django's test flush empties tables with DELETE;
the application refuses deletes in the model, queryset and admin on every database.
"""

from django.db import migrations

SQLITE_UP = [
    """CREATE TRIGGER history_event_no_update BEFORE UPDATE ON history_event
       BEGIN SELECT RAISE(ABORT, 'history events are append-only'); END;""",
]
SQLITE_DOWN = ["DROP TRIGGER IF EXISTS history_event_no_update;"]

POSTGRES_UP = [
    """CREATE OR REPLACE FUNCTION history_event_append_only() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION 'history events are append-only'; END; $$ LANGUAGE plpgsql;""",
    """CREATE TRIGGER history_event_no_change BEFORE UPDATE OR DELETE ON history_event
       FOR EACH ROW EXECUTE FUNCTION history_event_append_only();""",
]
POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS history_event_no_change ON history_event;",
    "DROP FUNCTION IF EXISTS history_event_append_only();",
]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("history", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
