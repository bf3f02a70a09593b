"""An index matching the newest-first ordering of the public list, search and the staff "Semua" list.

Keyset pages (pintu.web.keyset) seek on (submitted_at, id): with this index, page 10,000 costs what
page 1 costs. Raw SQL like 0002 (same statement on both databases), so the model state is untouched.
On a large live database build it by hand first with CREATE INDEX CONCURRENTLY (docs/operations.md);
IF NOT EXISTS then makes this migration a no-op.
"""

from django.db import migrations

UP = "CREATE INDEX IF NOT EXISTS report_newest_idx ON complaints_report (submitted_at DESC, id DESC)"
DOWN = "DROP INDEX IF EXISTS report_newest_idx"


class Migration(migrations.Migration):
    dependencies = [("complaints", "0002_search_index")]
    operations = [migrations.RunSQL(UP, DOWN)]
