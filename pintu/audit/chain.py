"""The hash chain, pure Python: how one audit entry is serialised and hashed.

hash(n) = SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8) of every stored field of
entry n, including its seq and prev_hash = hash(n-1). The first entry's prev_hash is GENESIS.
Changing any field of any row, inserting a row or removing one breaks the link to the next row
(or, for the newest rows, the agreement with the chain head kept in AuditHead).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64

HASHED_FIELDS = (
    "seq",
    "at",
    "actor_id",
    "actor_username",
    "action",
    "target_type",
    "target_id",
    "details",
    "ip",
    "user_agent",
    "prev_hash",
)


def canonical_time(value: datetime) -> str:
    """UTC with microseconds: the same text whichever database gave the value back."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def canonical_bytes(fields: dict[str, Any]) -> bytes:
    data = {name: fields[name] for name in HASHED_FIELDS}
    if isinstance(data["at"], datetime):
        data["at"] = canonical_time(data["at"])
    data["actor_id"] = None if data["actor_id"] is None else int(data["actor_id"])
    data["ip"] = data["ip"] or None
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def entry_hash(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(fields)).hexdigest()
