"""Batches of generated rows (bench/generate.py, the demo year): simulate, collect, write (one transaction each)."""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime
from decimal import Decimal

from django.db import models

from pintu.complaints.models import Forwarding, Pause, Report, ReporterContact
from pintu.demo.year.reports import simulate_report
from pintu.demo.year.requests import simulate_request
from pintu.history.models import Event
from pintu.ppid.objections.models import Dispute, DisputeStep, Objection, ObjectionCounter
from pintu.ppid.requests.models import InformationRequest, RequestCounter, RequesterIdentity
from pintu.ppid.requests.numbering import format_number
from pintu.privacy.fields import EncryptedTextField


def simulate_reports(world, timeline, options, first: int, ids: list[int]) -> dict[str, list[dict]]:
    """Reports number first..first+len(ids)-1, as rows per table. Pure Python: runs in a worker thread
    while the main thread writes the previous batch (PostgreSQL works meanwhile)."""
    rows: dict[str, list[dict]] = {"reports": [], "contacts": [], "pauses": [], "forwardings": [], "events": []}
    for g, pk in zip(range(first, first + len(ids)), ids, strict=True):
        rng = random.Random(f"{options.seed}:r:{g}")
        submitted_at = timeline.at((g + rng.random() * 0.999) / options.reports)
        sim = simulate_report(world, g, pk, submitted_at, rng)
        rows["reports"].append(sim.row)
        rows["contacts"].append(sim.contact)
        rows["pauses"].extend(sim.pauses)
        rows["forwardings"].extend(sim.forwardings)
        rows["events"].extend(sim.events)
    return rows


def write_reports(writer, rows: dict[str, list[dict]]) -> int:
    """Write one simulated batch (call inside a transaction); returns how many events were written."""
    writer.write(Report, rows["reports"])
    writer.write(ReporterContact, rows["contacts"], with_id=False)
    writer.write(Pause, rows["pauses"], with_id=False)
    writer.write(Forwarding, rows["forwardings"], with_id=False)
    writer.write(Event, rows["events"], with_id=False)
    if not writer.pg:  # the SQLite FTS5 index is kept by pintu.complaints.search.index() in the services
        with writer.connection.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO complaints_report_fts(rowid, body) VALUES (%s, %s)",
                [(row["id"], row["search_text"]) for row in rows["reports"]],
            )
    return len(rows["events"])


def request_batch(world, writer, timeline, options, first: int, end: int) -> dict[str, int]:
    """Requests number first..end-1 with their objections and disputes; numbers from the yearly counters."""
    n = end - first
    ids = writer.reserve_ids(InformationRequest, n)
    world._objection_ids = list(reversed(writer.reserve_ids(Objection, n // 10 + 10)))
    world._dispute_ids = list(reversed(writer.reserve_ids(Dispute, n // 20 + 10)))
    counters = {c.year: c.last for c in RequestCounter.objects.select_for_update()}
    world.objection_numbers = {c.year: c.last for c in ObjectionCounter.objects.select_for_update()}
    requests, identities, objections, disputes, steps, events = [], [], [], [], [], []
    for g, pk in zip(range(first, end), ids, strict=True):
        rng = random.Random(f"{options.seed}:q:{g}")
        received_at = timeline.at((g + rng.random() * 0.999) / options.requests)
        year = received_at.astimezone(world.tz).year
        counters[year] = counters.get(year, 0) + 1
        sim = simulate_request(world, g, pk, received_at, format_number(year, counters[year]), rng)
        requests.append(sim.row)
        identities.append(sim.identity)
        events.extend(sim.events)
        if sim.objection:
            objections.append(sim.objection)
        if sim.dispute:
            disputes.append(sim.dispute)
            steps.extend(sim.steps)
    writer.write(InformationRequest, requests)
    writer.write(RequesterIdentity, identities, with_id=False)
    writer.write(Objection, objections)
    writer.write(Dispute, disputes)
    writer.write(DisputeStep, steps, with_id=False)
    writer.write(Event, events, with_id=False)
    for year, last in counters.items():
        RequestCounter.objects.update_or_create(year=year, defaults={"last": last})
    for year, last in world.objection_numbers.items():
        ObjectionCounter.objects.update_or_create(year=year, defaults={"last": last})
    return {"events": len(events), "objections": len(objections), "disputes": len(disputes)}


# --- writing --------------------------------------------------------------------------------------


class Writer:
    """Rows as dicts keyed by field attname; COPY on PostgreSQL, INSERT ... executemany on SQLite."""

    def __init__(self):
        from django.db import connection

        self.connection = connection
        self.pg = connection.vendor == "postgresql"

    def reserve_ids(self, model, n: int) -> list[int]:
        table = model._meta.db_table
        with self.connection.cursor() as cursor:
            if self.pg:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, n]
                )
                return [row[0] for row in cursor.fetchall()]
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608 - a model's table name
            first = cursor.fetchone()[0] + 1
        if not hasattr(self, "_sqlite_next"):
            self._sqlite_next = {}
        first = max(first, self._sqlite_next.get(table, 0))
        self._sqlite_next[table] = first + n
        return list(range(first, first + n))

    def columns(self, model, with_id: bool) -> tuple[list[str], list[str], list]:
        fields = [f for f in model._meta.concrete_fields if with_id or not f.primary_key]
        defaults = [
            f.get_default() if f.has_default() else ("" if f.empty_strings_allowed and not f.null else None)
            for f in fields
        ]
        # a JSON column's default ({} for an objection's pending letter values) goes in as JSON text
        defaults = [
            json.dumps(d) if isinstance(f, models.JSONField) else d for f, d in zip(fields, defaults, strict=True)
        ]
        return [f.attname for f in fields], [f.column for f in fields], defaults

    def write(self, model, rows: list[dict], with_id: bool = True) -> None:
        if not rows:
            return
        attnames, columns, defaults = self.columns(model, with_id)
        table = model._meta.db_table
        quoted = ", ".join(self.connection.ops.quote_name(c) for c in columns)
        encrypted = {f.attname: f for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)}
        values = (
            [encrypted[a].get_prep_value(row.get(a, d)) if a in encrypted else row.get(a, d)  # contacts: encrypted
             for a, d in zip(attnames, defaults, strict=True)]
            for row in rows
        )  # fmt: skip
        with self.connection.cursor() as cursor:
            if self.pg:
                with cursor.cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                    for row in values:
                        copy.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(
                    f"INSERT INTO {table} ({quoted}) VALUES ({marks})",  # noqa: S608 - model names
                    [[sqlite_value(v) for v in row] for row in values],
                )


def sqlite_value(value):
    """What Django's SQLite backend stores: naive UTC datetimes, str decimals."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dict | list):  # a JSONField (e.g. the request's pending_values)
        return json.dumps(value)
    return value
