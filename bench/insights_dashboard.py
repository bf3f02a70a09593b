"""Leaders' dashboard vs. the raw SQL aggregates it needs, measured in the same run (issue #6).

    DATABASE_URL=postgres://pintu:pintu@127.0.0.1:5432/pintu .venv/bin/python bench/insights_dashboard.py \
        [--repeat 7] [--from 2025-12-01] [--to 2026-11-30]

Expects data from bench/generate.py (which rebuilds the statistics facts at the end; otherwise run
`manage.py insights_rebuild`). In one run it
1. renders the dashboard once as a Pimpinan user (Django test Client) and records every SQL
   statement with its parameters (connection.execute_wrapper);
2. keeps the aggregates over the statistics tables (insights_reportfact, insights_requestfact,
   ppid objections and disputes): the figures the page needs;
3. alternately times (a) those statements executed directly through a cursor, fetching every row,
   and (b) the full page render through the test Client, `--repeat` times each;
4. prints the medians and their ratio (target: page <= 3 x raw aggregates).
The page includes everything else a request does (session, role lookups, names, SVG, template).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent)]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pintu.settings")

AGGREGATE_TABLES = ("insights_reportfact", "insights_requestfact", "ppid_objection", "ppid_dispute")
BENCH_USER = "bench.pimpinan"


def setup() -> None:
    import django

    django.setup()


def pimpinan_user():
    from pintu.accounts.models import RoleAssignment, User
    from pintu.accounts.roles import Role
    from pintu.agencies.tree import root_pemkab

    pemkab = root_pemkab()
    if pemkab is None:
        raise SystemExit("No Pemkab agency: run `manage.py load_demo` first.")
    user, _ = User.objects.get_or_create(username=BENCH_USER, defaults={"full_name": "Pimpinan (benchmark)"})
    RoleAssignment.objects.get_or_create(user=user, role=Role.PIMPINAN, agency=pemkab)
    return user


def signed_in_client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    try:
        from pintu.security.testing import mark_verified

        mark_verified(client, user)  # the second factor counts as passed, as in the browser tests
    except ImportError:
        pass
    return client


def record_statements(client, url: str) -> list[tuple[str, tuple]]:
    from django.db import connection

    statements: list[tuple[str, tuple]] = []

    def recorder(execute, sql, params, many, context):
        statements.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(recorder):
        response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"dashboard answered {response.status_code}: {response.content[:300]!r}")
    return statements


def time_raw(statements) -> float:
    from django.db import connection

    started = time.perf_counter()
    with connection.cursor() as cursor:
        for sql, params in statements:
            cursor.execute(sql, params)
            cursor.fetchall()
    return time.perf_counter() - started


def time_page(client, url: str) -> float:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200
    return elapsed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--from", dest="start", default="", help="YYYY-MM-DD (default: the dashboard's 12 months)")
    parser.add_argument("--to", dest="end", default="")
    args = parser.parse_args(argv)
    setup()

    from urllib.parse import urlencode

    from django.conf import settings
    from django.db import connection
    from django.urls import reverse

    from pintu.complaints.models import Report
    from pintu.insights.models import ReportFact

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    reports, facts = Report.objects.count(), ReportFact.objects.count()
    if reports == 0:
        print("The database holds no reports. Generate them first, e.g.:")
        print("  DATABASE_URL=... .venv/bin/python manage.py migrate && .venv/bin/python manage.py load_demo")
        print("  DATABASE_URL=... .venv/bin/python bench/generate.py --reports 1000000 --requests 100000")
        return 1
    if facts < reports:
        print(f"Only {facts} of {reports} reports have statistics facts: run `manage.py insights_rebuild` first.")
        return 1

    query = {k: v for k, v in (("dari", args.start), ("sampai", args.end)) if v}
    url = reverse("insights:dashboard") + (f"?{urlencode(query)}" if query else "")
    client = signed_in_client(pimpinan_user())
    client.get(url)  # warm caches (calendar, templates, translations)
    statements = record_statements(client, url)
    aggregates = [(sql, params) for sql, params in statements if any(t in sql for t in AGGREGATE_TABLES)]

    raw_times, page_times = [], []
    for _ in range(args.repeat):
        raw_times.append(time_raw(aggregates))
        page_times.append(time_page(client, url))
    raw, page = statistics.median(raw_times), statistics.median(page_times)
    print(f"database: {connection.vendor} {settings.DATABASES['default'].get('NAME')}")
    print(f"reports: {reports:,}  facts: {facts:,}  url: {url}")
    print(f"statements per page: {len(statements)} (aggregates over statistics tables: {len(aggregates)})")
    print(f"raw SQL aggregates, median of {args.repeat}: {raw * 1000:.1f} ms")
    print(f"dashboard page render, median of {args.repeat}: {page * 1000:.1f} ms")
    print(f"ratio page / raw: {page / raw:.2f} (target <= 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
