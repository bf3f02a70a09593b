"""The reporter's e-mail and phone are encrypted at rest like the NIK (issue #15): a database dump or
backup no longer ties a report, anonim ones included, to an address or a number. Nothing looks a contact
up by e-mail or phone (inbound threading compares after reading the report's own contact), so no blind
index is needed. Existing values are encrypted in place; reversible."""

from django.db import migrations

import pintu.privacy.fields
from pintu.privacy.column_migration import encrypt_existing


class Migration(migrations.Migration):
    dependencies = [("complaints", "0004_pending_report")]

    operations = [
        migrations.AlterField(
            model_name="reportercontact",
            name="email",
            field=pintu.privacy.fields.EncryptedTextField(blank=True, verbose_name="e-mail"),
        ),
        migrations.AlterField(
            model_name="reportercontact",
            name="phone",
            field=pintu.privacy.fields.EncryptedTextField(blank=True, verbose_name="telepon"),
        ),
        encrypt_existing("complaints", "reportercontact", ["email", "phone"]),
    ]
