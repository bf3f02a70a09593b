"""The table of the database cache (rate-limit counters), made by `migrate` so no extra step is needed.

`createcachetable` skips tables that exist, so this is safe next to Django's test runner, which calls
it too. With Redis or Memcached configured it does nothing.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
