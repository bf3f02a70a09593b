"""Raw SQL that the migrations run per database vendor: table guards (triggers) and indexes Django cannot declare.

`vendor_sql` is the migration operation: the statements of the current vendor forwards, the others' none.
`AppendOnly` writes the guards of an append-only table (history events, audit entries): on PostgreSQL one
trigger refuses UPDATE and DELETE; on SQLite one refuses UPDATE, and one refuses DELETE unless
`pintu_deletes_allowed()` answers 1, which only Django's flush command makes it do (pintu.audit.guard). With
`gate`, PostgreSQL lets an UPDATE through while the transaction-local setting of that name is 'on' (the history
redaction of pintu.mydata.history_redaction; on SQLite that code drops and re-creates the UPDATE trigger).
A database owner can still drop or disable triggers; the audit hash chain (manage.py audit_verify) detects it.

The statements are those the first production install runs (migrations reset on 2026-12-07, docs/operations.md):
change one here and existing databases keep the old one, so write a migration for them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import migrations

Statements = dict[str, list[str]]  # vendor ("sqlite", "postgresql") -> statements


def vendor_sql(up: Statements, down: Statements) -> migrations.RunPython:
    """A migration operation running the current database vendor's statements (`down` when reversed)."""

    def run(statements: Statements):
        def apply(apps, schema_editor):
            for statement in statements.get(schema_editor.connection.vendor, []):
                schema_editor.execute(statement)

        return apply

    return migrations.RunPython(run(up), run(down))


@dataclass(frozen=True)
class AppendOnly:
    table: str
    name: str  # prefix of the trigger and function names
    message: str
    gate: str = ""

    @property
    def sqlite_no_update(self) -> str:
        return f"""CREATE TRIGGER {self.name}_no_update BEFORE UPDATE ON {self.table}
       BEGIN SELECT RAISE(ABORT, '{self.message}'); END;"""

    @property
    def sqlite_no_delete(self) -> str:
        return f"""CREATE TRIGGER {self.name}_no_delete BEFORE DELETE ON {self.table}
       WHEN NOT pintu_deletes_allowed()
       BEGIN SELECT RAISE(ABORT, '{self.message}'); END;"""

    @property
    def sqlite_drop_no_update(self) -> str:
        return f"DROP TRIGGER IF EXISTS {self.name}_no_update;"

    def _postgres_function(self) -> str:
        if not self.gate:
            body = f"\n       BEGIN RAISE EXCEPTION '{self.message}'; END; "
        else:
            body = (
                f"\n   BEGIN\n     IF TG_OP = 'UPDATE' AND current_setting('{self.gate}', true) = 'on' "
                f"THEN RETURN NEW; END IF;\n     RAISE EXCEPTION '{self.message}';\n   END; "
            )
        return f"CREATE OR REPLACE FUNCTION {self.name}_append_only() RETURNS trigger AS $${body}$$ LANGUAGE plpgsql;"

    def up(self) -> Statements:
        return {
            "sqlite": [self.sqlite_no_update, self.sqlite_no_delete],
            "postgresql": [
                self._postgres_function(),
                f"""CREATE TRIGGER {self.name}_no_change BEFORE UPDATE OR DELETE ON {self.table}
       FOR EACH ROW EXECUTE FUNCTION {self.name}_append_only();""",
            ],
        }

    def down(self) -> Statements:
        return {
            "sqlite": [self.sqlite_drop_no_update, f"DROP TRIGGER IF EXISTS {self.name}_no_delete;"],
            "postgresql": [
                f"DROP TRIGGER IF EXISTS {self.name}_no_change ON {self.table};",
                f"DROP FUNCTION IF EXISTS {self.name}_append_only();",
            ],
        }

    def operation(self) -> migrations.RunPython:
        return vendor_sql(self.up(), self.down())


HISTORY = AppendOnly("history_event", "history_event", "history events are append-only", gate="pintu.history_redaction")
AUDIT = AppendOnly("audit_auditentry", "audit_entry", "audit entries are append-only")
