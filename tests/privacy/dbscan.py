"""Search every column of every table of the test database for strings, through the layers they may hide in.

The tables come from the database's own catalogue (`connection.introspection.table_names()`), so a table
added tomorrow is scanned without touching this file. Every value becomes bytes (text as UTF-8, JSON as
its text, binary as it is), then is opened layer by layer, up to `DEPTH` deep: base64 in both alphabets
(Django signing and sessions, the database cache, django-q's signed packages) tried at every alignment,
and zlib (compressed signatures and sessions). Pickles need no opening: a pickled str is its UTF-8 bytes.
A Fernet token is base64 too, but what it opens to is ciphertext, so encrypted values do not count.
"""

import base64
import binascii
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import connection

DEPTH = 4
_TOKEN = re.compile(rb"[A-Za-z0-9+/_\-]{16,}={0,2}")


@dataclass(frozen=True)
class Blob:
    table: str
    column: str
    data: bytes  # lower-cased, every layer of the value joined


def _as_bytes(value) -> bytes:
    if value is None:
        return b""
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False).encode()
    return str(value).encode("utf-8", "surrogatepass")


def _b64(token: bytes) -> Iterator[bytes]:
    for offset in range(4):
        part = token[offset:]
        if len(part) < 16:
            return
        padded = part + b"=" * (-len(part) % 4)
        for decode in (base64.urlsafe_b64decode, base64.standard_b64decode):
            try:
                yield decode(padded)
            except (binascii.Error, ValueError):
                continue


def _inflate(data: bytes) -> bytes | None:
    for wbits in (zlib.MAX_WBITS, -zlib.MAX_WBITS, zlib.MAX_WBITS | 32):
        try:
            return zlib.decompressobj(wbits).decompress(data, 10_000_000)
        except zlib.error:
            continue
    return None


def layers(data: bytes, depth: int = 0) -> Iterator[bytes]:
    """`data` and everything it opens to (base64, zlib), depth first."""
    yield data
    if depth >= DEPTH or len(data) < 8:
        return
    inflated = _inflate(data)
    if inflated:
        yield from layers(inflated, depth + 1)
    for match in _TOKEN.finditer(data):
        for decoded in _b64(match.group()):
            yield from layers(decoded, depth + 1)


def blobs() -> list[Blob]:
    """Every non-empty value of every table, opened (see the module docstring)."""
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 (catalogue names)
            columns = [column[0] for column in cursor.description]
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    raw = _as_bytes(value)
                    if raw:
                        found.append(Blob(table, column, b"\n".join(layers(raw)).lower()))
    return found


def hits(found: list[Blob], needles: dict[str, str]) -> list[str]:
    """ "table.column holds <label>" for every needle (label -> text) found, case-insensitively."""
    out = []
    for label, text in needles.items():
        needle = text.lower().encode()
        out += [f"{blob.table}.{blob.column} holds {label} ({text})" for blob in found if needle in blob.data]
    return sorted(set(out))
