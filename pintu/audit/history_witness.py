"""The audit log vouches for the history: each event's content hash is in its audit entry.

Every event's audit entry (pintu.audit.receivers.audit_event) holds `content_hash(event)` ("content"), inside
the hash chain. `audit_verify` then asks `EventWitness` to compare every audited event with the row as
it is now: a row edited past the triggers (or with them dropped) no longer hashes to what was recorded,
a deleted row is missing. The one sanctioned rewrite, cutting a person's details out on erasure
(pintu.mydata.history_redaction), appends per case an entry `history.rewrite` with the new hashes
(`record_rewrite`), which the witness accepts in place of the original.

Limits: events written before this existed (their entries have no "content") are checked for existence
only; rows inserted without `record_event` (bench/generate.py's COPY) have no entry to be checked against.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.utils import timezone

from pintu.audit.chain import canonical_time
from pintu.audit.models import AuditEntry
from pintu.audit.services import audit
from pintu.audit.verify import DELETED, EDITED, Damage
from pintu.history.models import Event
from pintu.history.registry import case_types

#: Every stored column of an event: what the hash covers.
EVENT_FIELDS = ("id", "case_type", "case_id", "kind", "actor_id", "actor_role", "agency_id", "at", "visibility",
                "status_from", "status_to", "reason", "payload")  # fmt: skip
REWRITE_ACTION = "history.rewrite"
BATCH = 1000


def content_hash(fields: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of an event's columns (a dict with EVENT_FIELDS, as `.values()` gives)."""
    data = {name: fields[name] for name in EVENT_FIELDS}
    at = data["at"]
    data["at"] = canonical_time(timezone.make_aware(at) if timezone.is_naive(at) else at)
    return hashlib.sha256(
        json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    ).hexdigest()


def event_hash(event: Event) -> str:
    """`content_hash` of an event just saved, from memory: its payload as the JSON column will give it back."""
    fields = {name: event.pk if name == "id" else getattr(event, name) for name in EVENT_FIELDS}
    fields["payload"] = json.loads(json.dumps(fields["payload"]))
    return content_hash(fields)


def _case_ref(case_type: str, case_id: int) -> tuple[str, str]:
    """The audit target ("app_label.model", pk) of a case named by its history label."""
    models_by_label = {registered.label: registered.model for registered in case_types()}
    model = models_by_label.get(case_type)
    return (model._meta.label_lower if model else f"history.{case_type}"), str(case_id)


def record_rewrite(event_ids: list[int]) -> None:
    """After the sanctioned rewrite of these events' texts: per case, one audit entry with their new hashes."""
    by_case: dict[tuple[str, int], dict[str, str]] = {}
    for row in Event.objects.filter(pk__in=event_ids).order_by("pk").values(*EVENT_FIELDS):
        by_case.setdefault((row["case_type"], row["case_id"]), {})[str(row["id"])] = content_hash(row)
    for (case_type, case_id), hashes in by_case.items():
        audit(REWRITE_ACTION, target_ref=_case_ref(case_type, case_id), details={"events": hashes})


class EventWitness:
    """For `audit_verify`: each audited event still exists and still has the content its entry recorded."""

    label = "peristiwa riwayat"

    def __init__(self) -> None:
        self.pending: list[tuple[int, int, str | None]] = []  # (audit seq, event id, recorded hash)
        self.checked = 0
        self._rewrites: dict[tuple[str, str], list[tuple[int, dict]]] = {}  # per case, newest first

    def see(self, entry: dict) -> Damage | None:
        details = entry.get("details") or {}
        if not str(entry.get("action", "")).startswith("event.") or not isinstance(details.get("event"), int):
            return None
        self.pending.append((entry["seq"], details["event"], details.get("content")))
        return self._check() if len(self.pending) >= BATCH else None

    def finish(self) -> Damage | None:
        return self._check()

    def _check(self) -> Damage | None:
        batch, self.pending = self.pending, []
        rows = {row["id"]: row for row in Event.objects.filter(pk__in=[b[1] for b in batch]).values(*EVENT_FIELDS)}
        for seq, event_id, recorded in batch:
            row = rows.get(event_id)
            if row is None:
                return Damage(seq, DELETED, f"history event #{event_id} is gone")
            if recorded is not None and not self._matches(seq, row, recorded):
                return Damage(seq, EDITED, f"history event #{event_id} differs from what was recorded")
            self.checked += 1
        return None

    def _matches(self, seq: int, row: dict, recorded: str) -> bool:
        actual = content_hash(row)
        return actual == recorded or actual == self._rewritten(seq, row)

    def _rewritten(self, seq: int, row: dict) -> str | None:
        """The hash of the newest sanctioned rewrite of the event after entry `seq` (rewrites are per case)."""
        ref = _case_ref(row["case_type"], row["case_id"])
        if ref not in self._rewrites:
            if len(self._rewrites) > 10_000:  # constant memory over any number of erased cases
                self._rewrites.clear()
            entries = AuditEntry.objects.filter(action=REWRITE_ACTION, target_type=ref[0], target_id=ref[1])
            self._rewrites[ref] = list(entries.order_by("-seq").values_list("seq", "details"))
        for rewrite_seq, details in self._rewrites[ref]:
            if rewrite_seq > seq and str(row["id"]) in (details or {}).get("events", {}):
                return details["events"][str(row["id"])]
        return None
