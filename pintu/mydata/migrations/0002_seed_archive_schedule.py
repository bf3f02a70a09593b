"""The archive retention schedule starts with the periods the retention sweep used before issue #18.

Until then they were settings (PINTU_RETENTION_DAYS_REPORTS / _REQUESTS / _IDENTITY_FILES, in days); a
deployment that had set them keeps its choice, rounded to whole years (at least one). From here on the
system admin edits the schedule in the admin ("Jadwal retensi arsip (JRA)").
"""

import os

from django.db import migrations

DEFAULTS = {
    # kind: (setting carried over, default days, after, personal data part of the archive)
    "report": ("PINTU_RETENTION_DAYS_REPORTS", 1825, "anonymise", False),
    "info_request": ("PINTU_RETENTION_DAYS_REQUESTS", 1825, "anonymise", True),
    "objection": ("PINTU_RETENTION_DAYS_REQUESTS", 1825, "anonymise", True),
    "identity_file": ("PINTU_RETENTION_DAYS_IDENTITY_FILES", 365, "delete_files", False),
}


def years_from(variable: str, default_days: int) -> int:
    try:
        days = int(os.environ.get(variable, default_days))
    except ValueError:
        days = default_days
    return max(1, round(days / 365))


def seed(apps, schema_editor):
    RecordType = apps.get_model("mydata", "RecordType")
    for kind, (variable, days, after, archived) in DEFAULTS.items():
        years = years_from(variable, days)
        RecordType.objects.using(schema_editor.connection.alias).get_or_create(
            kind=kind,
            defaults={
                "active_years": 1,
                "inactive_years": years - 1,
                "after": after,
                "personal_data_archived": archived,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("mydata", "0001_privacy_register")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
