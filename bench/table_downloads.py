"""Time the per-table downloads of the public statistics (issue #22): one CSV, one JSON and one API table.

Starts gunicorn on an existing database (the environment of run_all.py: production settings, rate limits
off) WITHOUT migrate, collectstatic or any generated data, and sends --requests GETs one after another to
each path, printing the median and p95 in milliseconds and the SHA-256 of the bodies (every request of a
path must get the same bytes; compare the hashes of two code versions to check they serve the same file).
It writes only what any visitor's request writes: the cache table (the shared statistics entry).

    BENCH_DATABASE_URL=postgres://pintu:pintu@127.0.0.1:5432/pintu_bench .venv/bin/python bench/table_downloads.py
    # another code version (an export of it with its own .venv link): --root /tmp/base
"""

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from httpload import Client  # noqa: E402
from run_all import DEFAULT_URL, field_key, secret_key, start_gunicorn  # noqa: E402

TABLE = "volume_category"
PATHS = (f"/statistik/data/{TABLE}.csv", f"/statistik/data/{TABLE}.json", f"/api/v1/statistik/{TABLE}/")


def measure(port: int, path: str, requests: int) -> dict:
    client, times, hashes, status = Client("127.0.0.1", port), [], set(), set()
    for _ in range(requests):
        began = time.perf_counter()
        code, _headers, body = client.get(path)
        times.append((time.perf_counter() - began) * 1000)
        status.add(code)
        hashes.add(hashlib.sha256(body).hexdigest()[:16])
    first = times[0]
    times.sort()
    return {"path": path, "status": sorted(status), "first_ms": round(first),
            "median_ms": round(statistics.median(times)), "p95_ms": round(times[int(0.95 * (len(times) - 1))]),
            "max_ms": round(times[-1]), "bodies": sorted(hashes)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--root", default=str(Path(__file__).resolve().parent.parent), help="the code to serve")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--port", type=int, default=8941)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="pintu-downloads-"))
    env = os.environ | {
        "DATABASE_URL": args.database_url, "PINTU_SECRET_KEY": secret_key(args.database_url), "PINTU_DEBUG": "0",
        "PINTU_FIELD_KEYS": field_key(args.database_url), "PINTU_TESTING": "0",
        "PINTU_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver", "PINTU_SSL_REDIRECT": "0", "PINTU_RATELIMIT": "0",
        "PINTU_STATIC_ROOT": str(tmp / "static"), "PINTU_VAR_DIR": str(tmp / "var"), "PINTU_JOBS_SYNC": "0",
        "DJANGO_SETTINGS_MODULE": "pintu.settings",
    }  # fmt: skip
    server = start_gunicorn(env, args.port, args.workers, args.threads, root=Path(args.root).resolve())
    try:
        for path in PATHS:
            print(measure(args.port, path, args.requests), flush=True)
    finally:
        server.terminate()
        server.wait(30)


if __name__ == "__main__":
    main()
