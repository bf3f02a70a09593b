"""Migration step for a column that becomes encrypted: encrypt the plaintext already stored in it.

    operations = [
        migrations.AlterField("reportercontact", "email", EncryptedTextField(blank=True)),
        encrypt_existing("complaints", "reportercontact", ["email", "phone"]),
    ]

Put it after the AlterField. Raw SQL over the stored values (a historical model's field would try to
decrypt the plaintext), in batches by primary key, each value through the same `encrypt_text` as the
field; values already encrypted and empty values are left alone, so it can run again. Backwards, the
values are decrypted before the reversed AlterField narrows the column again.
"""

from __future__ import annotations

from django.db import migrations

from pintu.privacy import crypto

BATCH = 500


def _batches(connection, table: str, pk: str, column: str, where: str):
    """(cursor, rows of (pk, value)) for the rows matching `where` (its one %s: the encrypted values' prefix
    pattern), BATCH rows at a time by primary key; the caller updates the batch through the cursor."""
    last = None
    while True:
        with connection.cursor() as cursor:
            after = f" AND {pk} > %s" if last is not None else ""
            params = [crypto.PREFIX + "%"] + ([last] if last is not None else [])
            cursor.execute(
                f"SELECT {pk}, {column} FROM {table} WHERE {where}{after} ORDER BY {pk} LIMIT {BATCH}",  # noqa: S608
                params,
            )
            rows = cursor.fetchall()
            if not rows:
                return
            yield cursor, rows
            last = rows[-1][0]


def _table(apps, connection, app_label: str, model_name: str):
    """The model's _meta, the quoting function, and its quoted table and primary key column."""
    meta = apps.get_model(app_label, model_name)._meta
    quote = connection.ops.quote_name
    return meta, quote, quote(meta.db_table), quote(meta.pk.column)


def _convert(app_label: str, model_name: str, fields: list[str], *, encrypt: bool):
    def run(apps, schema_editor):
        connection = schema_editor.connection
        meta, quote, table, pk = _table(apps, connection, app_label, model_name)
        for name in fields:
            column = quote(meta.get_field(name).column)
            test = "LIKE" if not encrypt else "NOT LIKE"
            for cursor, rows in _batches(connection, table, pk, column, f"{column} {test} %s AND {column} <> ''"):
                changed = [
                    (crypto.encrypt_text(value) if encrypt else crypto.decrypt_text(value), row_pk)
                    for row_pk, value in rows
                ]
                cursor.executemany(f"UPDATE {table} SET {column} = %s WHERE {pk} = %s", changed)  # noqa: S608

    return run


def encrypt_existing(app_label: str, model_name: str, fields: list[str]) -> migrations.RunPython:
    """A RunPython that encrypts the plaintext values of `fields` (and decrypts them when reversed)."""
    return migrations.RunPython(
        _convert(app_label, model_name, fields, encrypt=True),
        _convert(app_label, model_name, fields, encrypt=False),
    )


def _fill_index(app_label: str, model_name: str, field: str):
    def run(apps, schema_editor):
        connection = schema_editor.connection
        meta, quote, table, pk = _table(apps, connection, app_label, model_name)
        column, index = quote(meta.get_field(field).column), quote(meta.get_field(f"{field}_index").column)
        for cursor, rows in _batches(connection, table, pk, column, f"{column} LIKE %s"):
            changed = [(crypto.blind_index(crypto.decrypt_text(value)), row_pk) for row_pk, value in rows]
            cursor.executemany(f"UPDATE {table} SET {index} = %s WHERE {pk} = %s", changed)  # noqa: S608

    return run


def fill_blind_index(app_label: str, model_name: str, field: str) -> migrations.RunPython:
    """A RunPython that computes `<field>_index` (crypto.blind_index) for the encrypted values already stored."""
    return migrations.RunPython(_fill_index(app_label, model_name, field), migrations.RunPython.noop)
