"""Speed of ``pintu.complaints.related.related_reports`` with many stored reports.

Run: ``.venv/bin/python bench/routing_duplicates.py [--n 200000] [--queries 200] [--db PATH]``.
Builds (once; reused while the file has >= N reports) a separate SQLite database (default
``var/bench_routing.sqlite3``; set DATABASE_URL for PostgreSQL) with the Ogan Ilir areas and N generated
reports spread over 16 kecamatan and two years (70% open), indexed in FTS5 like real ones, then times
``related_reports(text=..., kecamatan=...)`` for ``--queries`` near-duplicate texts and prints p50 / p95 /
max in milliseconds and how often the planted original was ranked first.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup(db: str) -> None:
    os.environ.setdefault("PINTU_DEBUG", "1")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{db}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pintu.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def words_pool() -> list[str]:
    from pintu.textnorm import ROOTS

    return sorted(ROOTS)


def make_text(rng: random.Random, pool: list[str]) -> tuple[str, str]:
    from pintu.routing.core.synthetic import TOPICS

    subjects, problems = TOPICS[rng.choice(list(TOPICS))]
    filler = " ".join(rng.choice(pool) for _ in range(rng.randint(8, 30)))  # the long tail of real texts
    title = f"{rng.choice(subjects)} {rng.choice(problems)}"
    text = f"{rng.choice(subjects)} di dusun {rng.randint(1, 40)} {rng.choice(problems)}. {filler}"
    return title, text


def populate(n: int, seed: int = 7) -> None:
    import datetime

    from django.db import connection, transaction
    from django.utils import timezone

    from pintu.agencies.models import Area
    from pintu.complaints.models import Report
    from pintu.complaints.search import FTS_TABLE
    from pintu.routing.core.features import prepare

    have = Report.objects.count()
    if have >= n:
        print(f"reusing {have} reports")
        return
    if not Area.objects.filter(level="kecamatan").exists():
        from pintu.demo.loader import load_demo

        load_demo()
    kecamatan_ids = list(Area.objects.filter(level="kecamatan").values_list("pk", flat=True))
    rng, pool = random.Random(seed + have), words_pool()
    now = timezone.now()
    statuses = ["diterima", "terverifikasi", "didisposisikan", "diproses", "ditindaklanjuti", "selesai", "diarsipkan"]
    weights = [10, 10, 20, 20, 10, 25, 5]
    batch, started = 5000, time.perf_counter()
    for start in range(have, n, batch):
        rows = []
        for i in range(start, min(n, start + batch)):
            title, text = make_text(rng, pool)
            at = now - datetime.timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
            rows.append(
                Report(
                    code=f"BENCH-{i:08d}",
                    secret_hash="-",
                    title=title,
                    text=text,
                    kecamatan_id=rng.choice(kecamatan_ids),
                    status=rng.choices(statuses, weights)[0],
                    status_changed_at=at,
                    submitted_at=at,
                    search_text=prepare(f"{title}\n{text}").stems,
                )
            )
        with transaction.atomic():
            Report.objects.bulk_create(rows)
            if connection.vendor == "sqlite":
                created = Report.objects.filter(code__in=[r.code for r in rows]).values_list("pk", "search_text")
                with connection.cursor() as cursor:
                    cursor.executemany(f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (%s, %s)", list(created))  # noqa: S608
        print(f"  {min(n, start + batch)} reports ({time.perf_counter() - started:.0f} s)", flush=True)


def measure(queries: int, seed: int = 11) -> dict:
    import datetime

    from django.utils import timezone

    from pintu.complaints.models import Report
    from pintu.complaints.related import related_reports
    from pintu.complaints.workflow import Status
    from pintu.routing import conf

    rng = random.Random(seed)
    since = timezone.now() - datetime.timedelta(days=conf.related_window_days() - 1)
    open_recent = list(  # originals inside the search window, so each one should be found
        Report.objects.exclude(status__in=[Status.SELESAI, Status.DIARSIPKAN])
        .filter(submitted_at__gte=since)
        .order_by("?")
        .values_list("pk", "title", "text", "kecamatan_id")[:5000]
    )
    samples, first = [], 0
    for pk, title, text, kecamatan in rng.sample(open_recent, min(queries, len(open_recent))):
        words = text.split()
        rng.shuffle(words)  # a near-duplicate: same words, another order, a few dropped
        query = f"{title}. " + " ".join(words[: max(5, int(len(words) * 0.8))])
        start = time.perf_counter()
        found = related_reports(text=query, kecamatan=kecamatan, limit=5)
        samples.append((time.perf_counter() - start) * 1000)
        first += bool(found) and found[0].pk == pk
    samples.sort()
    return {
        "reports": Report.objects.count(),
        "queries": len(samples),
        "p50_ms": round(statistics.median(samples), 1),
        "p95_ms": round(samples[int(len(samples) * 0.95) - 1], 1),
        "max_ms": round(samples[-1], 1),
        "original_first": round(first / len(samples), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--db", default=str(ROOT / "var" / "bench_routing.sqlite3"))
    args = parser.parse_args()
    setup(args.db)
    populate(args.n)
    print(measure(args.queries))


if __name__ == "__main__":
    main()
