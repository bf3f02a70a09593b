"""Intake is synchronous (docs/performance.md, "One intake path"): the queue of accepted API submissions goes.

A row still in the table is a citizen's report that was answered (code and secret) and not yet built, so
the migration refuses to drop a table that holds one: let the previous version's worker (`qcluster`) build
them first (docs/operations.md, "Upgrading to the one intake path").
"""

from django.db import migrations


def refuse_if_waiting(apps, schema_editor):
    waiting = apps.get_model("complaints", "PendingReport").objects.using(schema_editor.connection.alias).count()
    if waiting:
        raise RuntimeError(
            f"{waiting} accepted report(s) in complaints_pendingreport are not built yet: run the previous "
            "version's worker (manage.py qcluster) until the table is empty, then migrate again."
        )


class Migration(migrations.Migration):
    dependencies = [
        ("complaints", "0006_report_idempotency_fingerprint"),
    ]

    operations = [
        migrations.RunPython(refuse_if_waiting, migrations.RunPython.noop),
        migrations.DeleteModel(name="PendingReport"),
    ]
