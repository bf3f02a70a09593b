"""PostgreSQL: let the history trigger allow an UPDATE while the erasing transaction has opened the gate.

pintu.mydata.history_redaction cuts a person's details out of history-event texts on erasure and at
the end of the retention period. It sets the transaction-local setting pintu.history_redaction to
'on' just around its own UPDATE statements; any other UPDATE, and every DELETE, is still refused.
(Switching the trigger off instead would need ALTER TABLE, which locks the whole history table and
fails while deferred foreign-key checks are pending.) Lives here because pintu.mydata has no
migrations and the history app is not ours to change; it only replaces the trigger function body.
SQLite needs nothing: its trigger is dropped and re-created inside the erasing transaction.
"""

from django.db import migrations

GATED = """CREATE OR REPLACE FUNCTION history_event_append_only() RETURNS trigger AS $$
   BEGIN
     IF TG_OP = 'UPDATE' AND current_setting('pintu.history_redaction', true) = 'on' THEN RETURN NEW; END IF;
     RAISE EXCEPTION 'history events are append-only';
   END; $$ LANGUAGE plpgsql;"""

ORIGINAL = """CREATE OR REPLACE FUNCTION history_event_append_only() RETURNS trigger AS $$
   BEGIN RAISE EXCEPTION 'history events are append-only'; END; $$ LANGUAGE plpgsql;"""


def run(statement):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_append_only_triggers"), ("history", "0002_append_only_triggers")]

    operations = [migrations.RunPython(run(GATED), run(ORIGINAL))]
