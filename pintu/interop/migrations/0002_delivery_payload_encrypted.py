"""An outbound delivery's payload is encrypted at rest as a whole (issue #15): a forwarding carries the
reporter's name, e-mail and phone to the outside instansi, and the row stays as the delivery log.
Existing payloads (JSON) are encrypted in place; reversible."""

from django.db import migrations

import pintu.privacy.fields
from pintu.privacy.column_migration import encrypt_existing


class Migration(migrations.Migration):
    dependencies = [("interop", "0001_initial")]

    operations = [
        migrations.AlterField(
            model_name="delivery",
            name="payload",
            field=pintu.privacy.fields.EncryptedJSONField(default=dict),
        ),
        encrypt_existing("interop", "delivery", ["payload"]),
    ]
