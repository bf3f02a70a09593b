"""Database-level guard: a signed letter cannot change, except revocation and supersession.

From `issued` only status (to revoked or superseded), revoked_at, revoked_by_id, revocation_reason and
superseded_at may change; a revoked or superseded letter cannot change at all; nothing signed goes back
to draft. Deleting a signed letter is refused on PostgreSQL (SQLite keeps deletes possible only because
Django's test flush empties tables with DELETE; the model and queryset refuse it on every database).
A draft is free to change or be deleted.
"""

from django.db import migrations

FROZEN = [
    "id", "kind", "agency_id", "case_type", "case_id", "case_reference", "context", "sifat", "hal", "token",
    "supersedes_id", "drafted_by_id", "drafted_at", "number", "serial", "year", "place", "dated", "signatory_id",
    "signer_name", "signer_post", "signer_nip", "signed_by_id", "signed_at", "pdf", "sha256",
]  # fmt: skip
MUTABLE = ["status", "revoked_at", "revoked_by_id", "revocation_reason", "superseded_at"]


def _changed(columns) -> str:
    return " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in columns)


SQLITE_UP = [
    f"""CREATE TRIGGER letters_letter_signed_immutable BEFORE UPDATE ON letters_letter
       WHEN OLD.status <> 'draft' AND (
           NEW.status = 'draft'
           OR (OLD.status <> 'issued' AND ({_changed(MUTABLE)}))
           OR {_changed(FROZEN)})
       BEGIN SELECT RAISE(ABORT, 'signed letters are immutable'); END;""",
]
SQLITE_DOWN = ["DROP TRIGGER IF EXISTS letters_letter_signed_immutable;"]

_MUTABLE_ARRAY = "ARRAY[" + ", ".join(f"'{column}'" for column in MUTABLE) + "]"
POSTGRES_UP = [
    f"""CREATE OR REPLACE FUNCTION letters_letter_guard() RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'DELETE' THEN
           IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'signed letters cannot be deleted'; END IF;
           RETURN OLD;
         END IF;
         IF OLD.status = 'draft' THEN RETURN NEW; END IF;
         IF NEW.status = 'draft'
            OR (OLD.status <> 'issued' AND to_jsonb(NEW) IS DISTINCT FROM to_jsonb(OLD))
            OR (to_jsonb(NEW) - {_MUTABLE_ARRAY}) IS DISTINCT FROM (to_jsonb(OLD) - {_MUTABLE_ARRAY}) THEN
           RAISE EXCEPTION 'signed letters are immutable';
         END IF;
         RETURN NEW;
       END; $$ LANGUAGE plpgsql;""",
    """CREATE TRIGGER letters_letter_signed_immutable BEFORE UPDATE OR DELETE ON letters_letter
       FOR EACH ROW EXECUTE FUNCTION letters_letter_guard();""",
]
POSTGRES_DOWN = [
    "DROP TRIGGER IF EXISTS letters_letter_signed_immutable ON letters_letter;",
    "DROP FUNCTION IF EXISTS letters_letter_guard();",
]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("letters", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        )
    ]
