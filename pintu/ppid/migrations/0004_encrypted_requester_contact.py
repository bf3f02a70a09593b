"""The requester's e-mail and phone, and the contact given on an objection, are encrypted at rest like the
identity number (issue #15). Nothing looks them up by value, so no blind index. Existing values are
encrypted in place; reversible."""

from django.db import migrations

import pintu.privacy.fields
from pintu.privacy.column_migration import encrypt_existing


class Migration(migrations.Migration):
    dependencies = [("ppid", "0003_objections")]

    operations = [
        migrations.AlterField(
            model_name="objection",
            name="contact",
            field=pintu.privacy.fields.EncryptedTextField(blank=True, verbose_name="kontak (e-mail atau telepon)"),
        ),
        migrations.AlterField(
            model_name="requesteridentity",
            name="email",
            field=pintu.privacy.fields.EncryptedTextField(blank=True, verbose_name="e-mail"),
        ),
        migrations.AlterField(
            model_name="requesteridentity",
            name="phone",
            field=pintu.privacy.fields.EncryptedTextField(blank=True, verbose_name="telepon"),
        ),
        encrypt_existing("ppid", "objection", ["contact"]),
        encrypt_existing("ppid", "requesteridentity", ["email", "phone"]),
    ]
