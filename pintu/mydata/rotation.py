"""Re-encrypting personal data with the newest key in PINTU_FIELD_KEYS (key rotation, step 2).

Covers every EncryptedTextField of every installed model (found through the app registry, so a new
encrypted column is rotated without touching this file), the blind index next to it
("<field>_index", recomputed from the plaintext), and the encrypted identity files of PPID
requesters. Rows already readable with the newest key are skipped, which makes the run resumable:
stop it at any point and run it again. Work goes in batches of `batch` rows by primary key, each
batch in its own transaction. Raw SQL is used to read and write the stored tokens so nothing else
of the row is touched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.apps import apps
from django.core.files.base import ContentFile
from django.db import connection, transaction

from pintu.ppid.requests.models import RequesterIdentity
from pintu.privacy import crypto
from pintu.privacy.fields import EncryptedTextField


@dataclass(frozen=True)
class Column:
    model: type
    field: str
    index_field: str | None


def encrypted_columns() -> Iterator[Column]:
    for model in apps.get_models():
        names = {f.name for f in model._meta.concrete_fields}
        for field in model._meta.concrete_fields:
            if isinstance(field, EncryptedTextField):
                index = f"{field.name}_index"
                yield Column(model, field.name, index if index in names else None)


def rotate_column(column: Column, *, batch: int = 500, progress: Callable[[str], None] = lambda line: None) -> int:
    """Re-encrypt one column; returns how many values changed."""
    meta = column.model._meta
    table, pk = connection.ops.quote_name(meta.db_table), connection.ops.quote_name(meta.pk.column)
    col = connection.ops.quote_name(meta.get_field(column.field).column)
    index_col = connection.ops.quote_name(meta.get_field(column.index_field).column) if column.index_field else None
    last, changed = None, 0
    while True:
        with transaction.atomic(), connection.cursor() as cursor:
            where = f"{col} LIKE %s" + (f" AND {pk} > %s" if last is not None else "")
            params = [crypto.PREFIX + "%"] + ([last] if last is not None else [])
            cursor.execute(f"SELECT {pk}, {col} FROM {table} WHERE {where} ORDER BY {pk} LIMIT {int(batch)}", params)  # noqa: S608
            rows = cursor.fetchall()
            if not rows:
                return changed
            for row_pk, stored in rows:
                if crypto.uses_newest_key(stored):
                    continue
                values = [crypto.rotate_text(stored)]
                assignments = f"{col} = %s"
                if index_col:
                    assignments += f", {index_col} = %s"
                    values.append(crypto.blind_index(crypto.decrypt_text(stored)))
                cursor.execute(f"UPDATE {table} SET {assignments} WHERE {pk} = %s", [*values, row_pk])  # noqa: S608
                changed += 1
            last = rows[-1][0]
        progress(f"{meta.label}.{column.field}: up to pk {last}, {changed} re-encrypted")


def rotate_identity_files(*, progress: Callable[[str], None] = lambda line: None) -> int:
    """Re-encrypt the KTP scans and proxy letters, written back under the same name."""
    changed = 0
    rows = RequesterIdentity.objects.exclude(identity_file="", proxy_file="").order_by("pk")
    for identity in rows.iterator(chunk_size=200):
        for kind in ("identity", "proxy"):
            stored = getattr(identity, f"{kind}_file")
            if not stored:
                continue
            with stored.open("rb") as handle:
                token = handle.read()
            if crypto.uses_newest_key(token):
                continue
            rotated, name, storage = crypto.rotate_bytes(token), stored.name, stored.storage
            storage.delete(name)
            saved = storage.save(name, ContentFile(rotated))
            if saved != name:
                RequesterIdentity.objects.filter(pk=identity.pk).update(**{f"{kind}_file": saved})
            changed += 1
        progress(f"identity files: up to pk {identity.pk}, {changed} re-encrypted")
    return changed
