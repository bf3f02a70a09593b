"""SQLite only: an fts5vocab view of the report full-text index, so the related-report finder can ask
how many reports contain each word (document frequency) and search by the rarest words of a text."""

from django.db import migrations

UP = "CREATE VIRTUAL TABLE IF NOT EXISTS routing_report_fts_vocab USING fts5vocab(complaints_report_fts, 'row')"
DOWN = "DROP TABLE IF EXISTS routing_report_fts_vocab"


def up(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(UP)


def down(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(DOWN)


class Migration(migrations.Migration):
    dependencies = [("routing", "0001_initial"), ("complaints", "0002_search_index")]
    operations = [migrations.RunPython(up, down, elidable=False)]
