"""Checking the audit chain: the first place where it is broken, and how.

Pure Python over an iterable of row dicts in seq order, so it streams millions of rows in
constant memory. Kinds of damage reported (at the first broken seq only; everything after a
break is suspect anyway):

* ``edited``: a row's stored hash does not match its content, or a row was rewritten with a
  recomputed hash (then the next row's prev_hash no longer matches);
* ``inserted``: a forged row sits between two genuine ones (the row after it still links to the
  row before it), or rows were appended beyond the recorded chain head;
* ``deleted``: a seq is missing, or the chain ends before the recorded chain head.

An attacker able to rewrite every row after a point AND the head row can only be caught by
comparing with a copy of the head kept elsewhere: see ``--anchor`` in the audit_verify command.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pintu.audit.chain import GENESIS, entry_hash

EDITED = "edited"
INSERTED = "inserted"
DELETED = "deleted"


@dataclass(frozen=True)
class Damage:
    seq: int
    kind: str  # EDITED, INSERTED or DELETED
    detail: str


@dataclass(frozen=True)
class Result:
    checked: int
    last_seq: int
    last_hash: str
    damage: Damage | None

    @property
    def ok(self) -> bool:
        return self.damage is None


def verify_chain(
    rows: Iterable[dict],
    head: tuple[int, str] | None,
    anchors: dict[int, str] | None = None,
) -> Result:
    """Walk `rows` (dicts with every hashed field plus "hash", ascending seq) against `head`."""
    anchors = dict(anchors or {})
    checked = 0
    expected = 1
    prev, prev_prev = GENESIS, None
    for row in rows:
        seq = row["seq"]
        if seq != expected:
            return Result(checked, expected - 1, prev, Damage(expected, DELETED, f"#{expected}..#{seq - 1} missing"))
        if prev_prev is not None and row["prev_hash"] == prev_prev and row["prev_hash"] != prev:
            return Result(checked, seq - 1, prev, Damage(seq - 1, INSERTED, "the next row links past it"))
        if entry_hash(row) != row["hash"]:
            return Result(checked, seq - 1, prev, Damage(seq, EDITED, "content does not match its hash"))
        if row["prev_hash"] != prev:
            return Result(checked, seq - 1, prev, Damage(seq - 1, EDITED, "rewritten with a recomputed hash"))
        if seq in anchors and anchors.pop(seq) != row["hash"]:
            return Result(checked, seq, row["hash"], Damage(seq, EDITED, "hash differs from the recorded anchor"))
        checked += 1
        expected = seq + 1
        prev_prev, prev = prev, row["hash"]
    last_seq = expected - 1
    if anchors:
        missing = min(anchors)
        return Result(checked, last_seq, prev, Damage(missing, DELETED, "anchored entry no longer exists"))
    head_seq, head_hash = head if head is not None else (0, GENESIS)
    if last_seq < head_seq:
        return Result(checked, last_seq, prev, Damage(last_seq + 1, DELETED, f"chain ends before head #{head_seq}"))
    if last_seq > head_seq:
        return Result(checked, last_seq, prev, Damage(head_seq + 1, INSERTED, f"rows beyond head #{head_seq}"))
    if prev != head_hash:
        return Result(checked, last_seq, prev, Damage(last_seq, EDITED, "newest row differs from the head"))
    return Result(checked, last_seq, prev, None)
