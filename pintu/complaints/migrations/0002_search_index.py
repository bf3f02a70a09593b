"""Full-text index of reports: an FTS5 table on SQLite, a GIN expression index on PostgreSQL.

Both index `complaints_report.search_text`, which pintu.textnorm has already normalised and stemmed.
"""

from django.db import migrations

UP = {
    "sqlite": [
        "CREATE VIRTUAL TABLE IF NOT EXISTS complaints_report_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')",
    ],
    "postgresql": [
        "CREATE INDEX IF NOT EXISTS complaints_report_search_gin ON complaints_report "
        "USING gin (to_tsvector('simple', search_text))",
    ],
}
DOWN = {
    "sqlite": ["DROP TABLE IF EXISTS complaints_report_fts"],
    "postgresql": ["DROP INDEX IF EXISTS complaints_report_search_gin"],
}


def run(statements):
    def apply(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("complaints", "0001_initial")]
    operations = [migrations.RunPython(run(UP), run(DOWN))]
