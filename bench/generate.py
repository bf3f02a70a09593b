"""Fill the configured database with realistic Pintu data at a chosen scale (issue #9, item 1).

    .venv/bin/python manage.py migrate && .venv/bin/python manage.py load_demo --small
    DATABASE_URL=postgres://... .venv/bin/python bench/generate.py [--reports 1000000] [--requests 100000]
        [--years 5] [--seed 1] [--until 2026-12-01] [--reset] [--batch 10000] [--no-facts]

Defaults: 1,000,000 reports (about 6 events each) and 100,000 information requests over the 5 years
before `--until` (default: today), across the demo's OPD, categories, kecamatan and desa. See
bench/README.md for what the data looks like and measured times.

Deterministic: report number g always gets the same content for the same --seed, --reports, --years
and --until (its random stream is seeded with (seed, g)). Re-running the same command tops up: rows
already generated are kept and the generator continues after the last one; --reset deletes every
generated row first (and refuses if the database holds real cases). Generated rows are marked by
their idempotency_key ("gen:<g>" for reports, "gen:req:<g>" for requests); generated desa by a code
starting "GEN-". The tracking secret of every generated report and request is GENERATED_SECRET.

PostgreSQL: rows go in through COPY (psycopg 3) with ids reserved from the tables' sequences, one
transaction per batch; no constraint or index is dropped. SQLite: bulk_create, fine for small scales.
The simulation lives in pintu.demo.year (shared with `manage.py load_demo`'s year of use): world.py (what
is drawn from, the time curve), reports.py (a report's life), requests.py (requests, objections, disputes),
rows.py (batches and the writer), texts.py (templates).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pintu.settings")

GENERATED_SECRET = "GENR-8888"  # noqa: S105 - a public test secret for generated cases only
KEY_PREFIX = "gen:"


def setup() -> None:
    import django

    django.setup()


# --- the run --------------------------------------------------------------------------------------


def generated_reports():
    from pintu.complaints.models import Report

    return Report.objects.filter(idempotency_key__startswith=KEY_PREFIX).exclude(
        idempotency_key__startswith=f"{KEY_PREFIX}req:"
    )


def generated_requests():
    from pintu.ppid.requests.models import InformationRequest

    return InformationRequest.objects.filter(idempotency_key__startswith=f"{KEY_PREFIX}req:")


def reset() -> None:
    """Delete every generated row. History is append-only (a trigger on both databases): on PostgreSQL the
    trigger is disabled for this one transaction only, on SQLite its gate is opened for the one statement
    (pintu.audit.guard), which is why --reset refuses a database with real cases."""
    from django.db import connection, transaction

    from pintu.audit.guard import deletes_allowed
    from pintu.complaints.models import Report
    from pintu.history.models import Event
    from pintu.ppid.objections.models import Dispute, DisputeStep, Objection
    from pintu.ppid.requests.models import InformationRequest

    real = (
        Report.objects.exclude(pk__in=generated_reports().values("pk")).count()
        + InformationRequest.objects.exclude(pk__in=generated_requests().values("pk")).count()
        + Objection.objects.exclude(request__in=generated_requests()).count()
    )
    if real:
        raise SystemExit(f"--reset refused: the database holds {real} cases that were not generated.")
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # no pending FK checks may block the ALTER
            cursor.execute("ALTER TABLE history_event DISABLE TRIGGER history_event_no_change")
        with deletes_allowed():  # SQLite's delete trigger asks this gate (pintu.audit.guard); a scratch database
            cursor.execute(
                f"DELETE FROM {Event._meta.db_table} WHERE case_type IN "  # noqa: S608 - model table
                "('report', 'info_request', 'objection')"
            )
        if connection.vendor == "postgresql":
            cursor.execute("ALTER TABLE history_event ENABLE TRIGGER history_event_no_change")
        DisputeStep.objects.all().delete()
        Dispute.objects.all().delete()
        Objection.objects.all().delete()
        try:
            from pintu.insights.models import ReportFact, RequestFact

            ReportFact.objects.all().delete()
            RequestFact.objects.all().delete()
        except ImportError:
            pass
        if connection.vendor == "sqlite":
            cursor.execute("DELETE FROM complaints_report_fts")
        InformationRequest.objects.all().delete()  # cascades identity rows
        Report.objects.all().delete()  # cascades contacts, pauses, forwardings
        from pintu.ppid.objections.models import ObjectionCounter
        from pintu.ppid.requests.models import RequestCounter

        RequestCounter.objects.all().delete()
        ObjectionCounter.objects.all().delete()


@dataclass
class Options:
    reports: int = 1_000_000
    requests: int = 100_000
    years: int = 5
    seed: int = 1
    until: date | None = None
    batch: int = 10_000
    facts: bool = True
    progress: bool = True
    reset: bool = False
    part: tuple[int, int] | None = None  # only reports g in [a, b): one of several processes run side by side


def generate(options: Options) -> dict[str, int]:
    """Generate (or top up to) the asked numbers of reports and requests. Returns what was added."""
    from django.conf import settings
    from django.db import connection
    from django.utils import timezone

    from pintu.demo.year.rows import Writer
    from pintu.demo.year.world import World

    if options.reset:
        reset()
    until_day = options.until or timezone.localdate()
    until = datetime(until_day.year, until_day.month, until_day.day, tzinfo=ZoneInfo(settings.TIME_ZONE))
    world = World(options.seed, until, options.years, key_prefix=KEY_PREFIX, secret=GENERATED_SECRET)
    writer = Writer()
    counts = {"reports": 0, "events": 0, "requests": 0, "objections": 0, "disputes": 0}
    started = time.perf_counter()
    phase = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal phase
        counts[f"seconds_{name}"] = round(time.perf_counter() - phase, 1)
        phase = time.perf_counter()

    generate_reports(world, writer, options, counts)
    lap("reports")
    if options.part:  # the rest (requests, facts, ANALYZE) once every part is in: the same command without --part
        counts["seconds"] = round(time.perf_counter() - started, 1)
        return counts
    generate_requests(world, writer, options, counts)
    lap("requests")
    if options.facts:
        rebuild_facts(options)
        lap("facts")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        lap("analyze")
    from pintu import pagecache

    pagecache.bump_all()  # the rows went in without the services: cached public pages must not outlive them
    counts["seconds"] = round(time.perf_counter() - started, 1)
    return counts


def progress_bar(total: int, initial: int, desc: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, initial=initial, desc=desc, unit=" cases", disable=not enabled, smoothing=0.05)


def last_index(qs, prefix: str, below: int | None = None) -> int:
    """The highest generated number (below `below`: a `--part` resumes after the last one of its own range)."""
    keys = qs.values_list("idempotency_key", flat=True)
    numbers = (int(k[len(prefix) :]) for k in keys.iterator(chunk_size=50_000))
    return max((g for g in numbers if below is None or g < below), default=-1)


def generate_reports(world, writer, options: Options, counts: dict) -> dict:
    """Batches in a pipeline: a worker thread simulates batch k+1 while this thread writes batch k."""
    from concurrent.futures import ThreadPoolExecutor

    from django.db import transaction

    from pintu.complaints.models import Report
    from pintu.demo.year.rows import simulate_reports, write_reports
    from pintu.demo.year.world import Timeline

    first, stop = options.part or (0, options.reports)
    done = max(first, last_index(generated_reports(), KEY_PREFIX, below=stop if options.part else None) + 1)
    timeline = Timeline(world, options.seed)
    bar = progress_bar(stop, done, "laporan", options.progress)
    g, pending = done, None
    with ThreadPoolExecutor(max_workers=1) as pool:
        while g < stop or pending:
            following = None
            if g < stop:
                end = min(stop, g + options.batch)
                ids = writer.reserve_ids(Report, end - g)
                following = (pool.submit(simulate_reports, world, timeline, options, g, ids), end - g)
                g = end
            if pending:
                future, size = pending
                with transaction.atomic():
                    counts["events"] += write_reports(writer, future.result())
                counts["reports"] += size
                bar.update(size)
            pending = following
    bar.close()
    return counts


def generate_requests(world, writer, options: Options, counts: dict) -> dict:
    from django.db import transaction

    from pintu.demo.year.rows import request_batch
    from pintu.demo.year.world import Timeline

    done = last_index(generated_requests(), f"{KEY_PREFIX}req:") + 1
    timeline = Timeline(world, options.seed + 7919)
    bar = progress_bar(options.requests, done, "permohonan", options.progress)
    g = done
    while g < options.requests:
        end = min(options.requests, g + options.batch)
        with transaction.atomic():
            added = request_batch(world, writer, timeline, options, g, end)
        for key, value in added.items():
            counts[key] += value
        counts["requests"] += end - g
        bar.update(end - g)
        g = end
    bar.close()
    return counts


def rebuild_facts(options: Options) -> None:
    try:
        from pintu.insights.facts import rebuild_all
    except ImportError:
        print("note: pintu.insights.facts.rebuild_all not found; statistics facts not rebuilt.")
        return
    total = generated_reports().count()
    bar = progress_bar(total, 0, "fakta statistik", options.progress)
    last = [0]

    def tick(done: int) -> None:
        bar.update(done - last[0])
        last[0] = done

    rebuild_all(progress=tick)
    bar.close()


def parse(argv: list[str]) -> Options:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--until", type=date.fromisoformat, default=None, help="YYYY-MM-DD (default: today)")
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--reset", action="store_true", help="delete generated rows first")
    parser.add_argument("--no-facts", action="store_true", help="skip rebuilding the statistics facts")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    parser.add_argument("--part", help="A:B: only reports number A to B-1, for several processes side by side "
                        "(then the same command without --part adds requests, facts and ANALYZE)")  # fmt: skip
    args = parser.parse_args(argv)
    return Options(
        reports=args.reports,
        requests=args.requests,
        years=args.years,
        seed=args.seed,
        until=args.until,
        batch=args.batch,
        facts=not args.no_facts,
        progress=not args.quiet,
        reset=args.reset,
        part=tuple(int(x) for x in args.part.split(":")) if args.part else None,
    )


def main(argv: list[str] | None = None) -> None:
    options = parse(sys.argv[1:] if argv is None else argv)
    setup()
    counts = generate(options)
    print(", ".join(f"{k}: {v:,}" for k, v in counts.items()), flush=True)


if __name__ == "__main__":
    main()
