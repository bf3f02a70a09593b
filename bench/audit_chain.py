"""Audit chain figures (issue #8 item 6): cost of one audit() append, and audit_verify speed at scale.

    PINTU_VAR_DIR=/tmp/auditbench .venv/bin/python manage.py migrate   # a SCRATCH database
    PINTU_VAR_DIR=/tmp/auditbench .venv/bin/python bench/audit_chain.py --scratch [--rows 300000] [--appends 2000]
    (PostgreSQL: DATABASE_URL=postgres://.../scratch_db, after migrate)

Audit entries can never be deleted, so run this only against a throwaway database: it refuses
without --scratch. Step 1 times `--appends` calls of pintu.audit.services.audit() (each one its own
transaction, as a login or a file download would be). Step 2 tops the chain up to `--rows` entries
with bulk inserts of history events and their audit entries (hashes computed exactly as record_event()
and audit() do) and step 3 times `manage.py audit_verify` over the whole chain, which also compares every
event row with the content hash in its entry, printing rows per second and the peak memory of the process.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pintu.settings")
os.environ.setdefault("PINTU_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from pintu.audit.chain import entry_hash  # noqa: E402
from pintu.audit.history_witness import event_hash  # noqa: E402
from pintu.audit.models import AuditEntry, AuditHead  # noqa: E402
from pintu.audit.services import _locked_head, audit  # noqa: E402
from pintu.history.models import Event  # noqa: E402


def time_appends(count: int) -> None:
    started = time.perf_counter()
    for number in range(count):
        audit("bench.append", details={"n": number, "fields": ["status"]})
    elapsed = time.perf_counter() - started
    print(f"audit(): {count} appends in {elapsed:.2f} s = {elapsed / count * 1000:.2f} ms each")


def top_up(rows: int, batch: int = 5000) -> None:
    started = time.perf_counter()
    while True:
        with transaction.atomic():
            head = _locked_head()
            if head.seq >= rows:
                break
            seq, prev = head.seq, head.hash
            entries = []
            now = timezone.now()
            count = min(batch, rows - head.seq)
            events = Event.objects.bulk_create(
                [Event(case_type="report", case_id=head.seq + n + 1, kind="status_changed", at=now,
                       visibility="internal", status_to="diproses") for n in range(count)]
            )  # fmt: skip
            for event in events:
                seq += 1
                details = {"event": event.pk, "status_to": event.status_to, "content": event_hash(event)}
                entry = AuditEntry(seq=seq, at=now, actor_id=None, actor_username="", action="event.status_changed",
                                   target_type="complaints.report", target_id=str(event.case_id), details=details,
                                   ip=None, user_agent="", prev_hash=prev)  # fmt: skip
                entry.hash = prev = entry_hash(entry.hashed_fields())
                entries.append(entry)
            AuditEntry.objects.bulk_create(entries)
            AuditHead.objects.filter(pk=1).update(seq=seq, hash=prev)
    print(f"top-up to {rows} rows: {time.perf_counter() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scratch", action="store_true", help="Confirm that this database is a throwaway.")
    parser.add_argument("--rows", type=int, default=300_000)
    parser.add_argument("--appends", type=int, default=2000)
    args = parser.parse_args()
    if not args.scratch:
        sys.exit("Refusing: audit entries cannot be removed. Point the settings at a scratch database, add --scratch.")
    print(f"database: {connection.vendor}")
    time_appends(args.appends)
    top_up(args.rows)
    started = time.perf_counter()
    call_command("audit_verify")
    elapsed = time.perf_counter() - started
    total = AuditEntry.objects.count()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rate = total / elapsed
    print(f"audit_verify: {total} entries in {elapsed:.1f} s = {rate:,.0f} entries/s; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
