"""Issue #15: a report's fact row carries the two privacy flags (anonim, rahasia) instead of one choice."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_flags(apps, schema_editor):
    ReportFact = apps.get_model("insights", "ReportFact")
    Report = apps.get_model("complaints", "Report")
    report = Report.objects.using(schema_editor.connection.alias).filter(pk=OuterRef("report_id"))
    ReportFact.objects.using(schema_editor.connection.alias).update(
        anonim=Subquery(report.values("anonim")[:1]), rahasia=Subquery(report.values("rahasia")[:1])
    )


class Migration(migrations.Migration):
    dependencies = [
        ("insights", "0001_initial"),
        ("complaints", "0010_privacy_flags_and_public_text"),
    ]

    operations = [
        migrations.RemoveField(model_name="reportfact", name="privacy"),
        migrations.AddField(model_name="reportfact", name="anonim", field=models.BooleanField(default=False)),
        migrations.AddField(model_name="reportfact", name="rahasia", field=models.BooleanField(default=False)),
        migrations.RunPython(copy_flags, migrations.RunPython.noop),
    ]
