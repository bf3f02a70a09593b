"""Page 1 against page 10,000 of the long lists, and the queries each page makes (run by run_all.py).

Through Django's test Client in this process, against the database in DATABASE_URL (it must hold
generated reports: bench/generate.py). A user reaches page 10,000 by following "Berikutnya" links;
we build the cursor that link would carry from the row before that page (one OFFSET query, outside
the timing), then time the page itself. For comparison the old ?page=N way is timed as the bare
OFFSET query. Prints one JSON line per list.

    DATABASE_URL=... PINTU_SECRET_KEY=... .venv/bin/python bench/pages_depth.py [--page 10000] [--term jalan]
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pintu.settings")


def timed(fn, repeat: int) -> float:
    """Median wall time of fn() in milliseconds, after one warm-up call."""
    fn()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--page", type=int, default=10_000, help="the deep page (the deepest existing one if fewer)")
    parser.add_argument("--term", default="jalan", help="search term for the search list")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.db.models import Value
    from django.db.models.functions import Coalesce
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from pintu.accounts.models import User
    from pintu.complaints.search import filter_matching
    from pintu.complaints.selectors import handled_by, public_reports
    from pintu.complaints.views import public_pages, staff_inbox
    from pintu.ppid.requests.selectors import requests_handled_by
    from pintu.ppid.requests.views import staff as requests_staff
    from pintu.ppid.web import PAGE_SIZE as PPID_PAGE_SIZE
    from pintu.security.testing import mark_verified
    from pintu.web.keyset import AFTER, encode_cursor

    admin = User.objects.filter(role_assignments__role="admin_instansi", is_active=True).first()
    staff = Client()
    staff.force_login(admin)
    mark_verified(staff, admin)
    anonymous = Client()
    utama = User.objects.filter(role_assignments__role="ppid_utama", is_active=True).first()
    ppid = Client()
    ppid.force_login(utama)
    mark_verified(ppid, utama)
    register = requests_handled_by(utama).annotate(due_order=Coalesce("due_date", Value(requests_staff.NO_DUE)))

    lists = [
        ("public list", anonymous, reverse("complaints:public_list"), {}, public_reports(), public_pages.NEWEST_FIRST,
         public_pages.PAGE_SIZE),
        (f"public search '{args.term}'", anonymous, reverse("complaints:public_list"), {"q": args.term},
         filter_matching(public_reports(), args.term), public_pages.NEWEST_FIRST, public_pages.PAGE_SIZE),
        ("staff inbox (Semua)", staff, reverse("complaints:staff_inbox"), {"tab": "semua"},
         handled_by(admin), staff_inbox.NEWEST_FIRST, staff_inbox.PAGE_SIZE),
        ("staff inbox (Perlu verifikasi)", staff, reverse("complaints:staff_inbox"), {"tab": "verifikasi"},
         staff_inbox._reports(admin, "verifikasi"), staff_inbox.DUE_FIRST, staff_inbox.PAGE_SIZE),
        ("PPID request register", ppid, reverse("ppid:staff_requests"), {}, register, requests_staff.REGISTER_ORDER,
         PPID_PAGE_SIZE),
    ]  # fmt: skip
    for name, client, url, params, qs, keys, size in lists:
        ordered = qs.order_by(*[k.order() for k in keys])
        total = ordered.count()
        deep = max(1, min(args.page, (total + size - 1) // size))
        deep_params = dict(params)
        if deep > 1:
            before = ordered[(deep - 1) * size - 1]
            deep_params[AFTER] = encode_cursor(tuple(getattr(before, k.name) for k in keys))

        def get(p, client=client, url=url):
            response = client.get(url, p)
            assert response.status_code == 200, (url, p, response.status_code)
            return response

        get(params)  # warm-up: the first request of a session fills per-process caches
        # counted at once: the next request outside the context clears the connection's query log
        with CaptureQueriesContext(connection) as captured:
            get(params)
        q1 = len(captured)
        with CaptureQueriesContext(connection) as captured:
            get(deep_params)
        qd = len(captured)
        t1 = timed(lambda p=params: get(p), args.repeat)
        # a list of one page has no deep page: its ratio would only measure noise
        td = timed(lambda p=deep_params: get(p), args.repeat) if deep > 1 else None
        offset_ms = timed(lambda o=ordered, d=deep, s=size: list(o[(d - 1) * s : d * s]), 1)
        print(json.dumps({
            "list": name, "rows": total, "page_size": size, "deep_page": deep,
            "page1_ms": round(t1, 1), "deep_ms": td and round(td, 1), "ratio": td and round(td / t1, 2),
            "queries_page1": q1, "queries_deep": qd, "offset_query_ms": round(offset_ms, 1),
        }), flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
