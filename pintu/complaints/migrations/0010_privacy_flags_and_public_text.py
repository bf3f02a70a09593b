"""Issue #15: the single privacy choice becomes two independent flags, anonim and rahasia (anonim -> anonim
only, rahasia -> rahasia only), and every report gets its public title and text (personal data replaced by
markers, pintu.textnorm.redaction); the search index is rebuilt from the public text only."""

from django.db import migrations, models

BATCH = 500


def flags_from_privacy(apps, schema_editor):
    Report = apps.get_model("complaints", "Report")
    Report.objects.using(schema_editor.connection.alias).filter(privacy="anonim").update(anonim=True, rahasia=False)
    Report.objects.using(schema_editor.connection.alias).filter(privacy="rahasia").update(anonim=False, rahasia=True)


def privacy_from_flags(apps, schema_editor):
    Report = apps.get_model("complaints", "Report")
    Report.objects.using(schema_editor.connection.alias).filter(rahasia=True).update(privacy="rahasia")
    Report.objects.using(schema_editor.connection.alias).filter(anonim=True, rahasia=False).update(privacy="anonim")


def public_text(apps, schema_editor):
    from pintu.textnorm import search_text
    from pintu.textnorm.redaction import redact

    Report = apps.get_model("complaints", "Report")
    ReporterContact = apps.get_model("complaints", "ReporterContact")
    connection = schema_editor.connection
    last = 0
    while True:
        rows = list(
            Report.objects.using(schema_editor.connection.alias)
            .filter(pk__gt=last)
            .order_by("pk")
            .only("pk", "title", "text")[:BATCH]
        )
        if not rows:
            break
        names = dict(
            ReporterContact.objects.using(schema_editor.connection.alias)
            .filter(report__in=rows)
            .values_list("report_id", "name")
        )
        for report in rows:
            given = [names.get(report.pk) or ""]
            report.public_title = redact(report.title, names=given)[:200]
            report.public_text = redact(report.text, names=given)
            report.search_text = search_text(f"{report.public_title}\n{report.public_text}")
        Report.objects.using(schema_editor.connection.alias).bulk_update(
            rows, ["public_title", "public_text", "search_text"]
        )
        if connection.vendor == "sqlite":
            with connection.cursor() as cursor:
                for report in rows:
                    cursor.execute("DELETE FROM complaints_report_fts WHERE rowid = %s", [report.pk])
                    cursor.execute(
                        "INSERT INTO complaints_report_fts(rowid, body) VALUES (%s, %s)",
                        [report.pk, report.search_text],
                    )
        last = rows[-1].pk


class Migration(migrations.Migration):
    dependencies = [
        ("complaints", "0009_clock_day_basis_and_reopen_window"),
    ]

    operations = [
        migrations.AddField(
            model_name="report",
            name="anonim",
            field=models.BooleanField(
                default=False,
                help_text="Identitas pelapor disembunyikan dari semua petugas kecuali admin instansi.",
                verbose_name="anonim",
            ),
        ),
        migrations.AddField(
            model_name="report",
            name="rahasia",
            field=models.BooleanField(
                default=False,
                help_text="Laporan tidak tampil kepada publik; hanya pelapor dan petugas yang menanganinya yang "
                "melihatnya.",
                verbose_name="rahasia",
            ),
        ),
        migrations.AddField(
            model_name="report",
            name="public_text",
            field=models.TextField(blank=True, verbose_name="isi laporan publik"),
        ),
        migrations.AddField(
            model_name="report",
            name="public_title",
            field=models.CharField(blank=True, max_length=200, verbose_name="judul publik"),
        ),
        migrations.RunPython(flags_from_privacy, privacy_from_flags),
        migrations.RunPython(public_text, migrations.RunPython.noop),
        migrations.RemoveIndex(model_name="report", name="report_public_idx"),
        migrations.RemoveField(model_name="report", name="privacy"),
        migrations.AddIndex(
            model_name="report",
            index=models.Index(fields=["rahasia", "status", "-submitted_at"], name="report_public_idx"),
        ),
    ]
