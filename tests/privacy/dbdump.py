"""Every text value in every table of the test database (encrypted ones decrypted), for "is it still anywhere?"."""

import json

from django.db import connection

from pintu.privacy.crypto import decrypt_text, is_encrypted


def all_text() -> str:
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"SELECT * FROM {quoted}")  # noqa: S608 (table names from introspection)
            for row in cursor.fetchall():
                for value in row:
                    if is_encrypted(value):  # encrypted columns count with their plaintext
                        chunks.append(decrypt_text(value))
                    elif isinstance(value, str):
                        chunks.append(value)
                    elif isinstance(value, dict | list):
                        chunks.append(json.dumps(value, ensure_ascii=False))
                    elif isinstance(value, bytes | memoryview):
                        chunks.append(bytes(value).decode("utf-8", "ignore"))
    return "\n".join(chunks).lower()


def leftovers(strings: list[str]) -> list[str]:
    dump = all_text()
    return [s for s in strings if s.lower() in dump]
