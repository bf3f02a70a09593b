"""Where the CPU of one API submission goes, against GET /healthz, through gunicorn on PostgreSQL.

Starts gunicorn as `make bench` does (2 processes x 8 threads, production settings, rate limits off), runs
each load for 12 s with one client per server thread (connections spread evenly over the processes:
spread.py) and reads the CPU time of the gunicorn and PostgreSQL processes (ps) and of this client
before and after (/proc, Linux): CPU milliseconds per request for each. PostgreSQL's
background processes (WAL writer, checkpointer) count too. Writes the submitted reports into the database:

    BENCH_DATABASE_URL=postgres://pintu:pintu@127.0.0.1:5432/pintu_bench_small .venv/bin/python bench/intake_cpu.py

BENCH_WORKERS, BENCH_THREADS and BENCH_CLIENTS change the server's processes and threads and the clients.
"""

import os
import secrets
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run_all  # noqa: E402
from httpload import run_load  # noqa: E402
from spread import spread_clients, worker_pids  # noqa: E402

PORT, SECONDS = 8941, 12.0


def cpu_of(pattern: str) -> float:
    """CPU seconds (user + system, 10 ms ticks) of the live processes whose command line contains `pattern`."""
    total, tick = 0.0, os.sysconf("SC_CLK_TCK")
    for proc in Path("/proc").iterdir():
        try:
            if pattern not in (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace"):
                continue
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone, or not a process directory
            continue
        total += (int(fields[11]) + int(fields[12])) / tick
    return total


def own_cpu() -> float:
    times = os.times()
    return times.user + times.system


def measure(label: str, step, ok: tuple, clients: int, pids: list[int]) -> None:
    connections = spread_clients("127.0.0.1", PORT, clients, pids)
    before = cpu_of("gunicorn"), cpu_of("postgres:"), own_cpu()
    result = run_load("127.0.0.1", PORT, clients, SECONDS, step, ok_status=ok, connections=connections)
    after = cpu_of("gunicorn"), cpu_of("postgres:"), own_cpu()
    n = max(result.per_second * SECONDS, 1)
    server, database, client = ((a - b) / n * 1000 for a, b in zip(after, before, strict=True))
    print(f"| {label} | {result.per_second:.0f} | {server:.2f} | {database:.2f} | {client:.2f} | "
          f"{server + database + client:.2f} | {result.failed} |", flush=True)  # fmt: skip


def main() -> None:
    url = os.environ.get("BENCH_DATABASE_URL", run_all.DEFAULT_URL)
    tmp = Path(tempfile.mkdtemp(prefix="pintu-cpu-"))
    env = os.environ | {
        "DATABASE_URL": url, "PINTU_SECRET_KEY": secrets.token_urlsafe(50), "PINTU_DEBUG": "0",
        "PINTU_FIELD_KEYS": run_all.field_key(url), "PINTU_TESTING": "0", "PINTU_ALLOWED_HOSTS": "127.0.0.1",
        "PINTU_SSL_REDIRECT": "0", "PINTU_RATELIMIT": "0", "PINTU_STATIC_ROOT": str(tmp / "static"),
        "PINTU_VAR_DIR": str(tmp / "var"), "PINTU_JOBS_SYNC": "0", "PINTU_DB_CONN_MAX_AGE": "60",
        "DJANGO_SETTINGS_MODULE": "pintu.settings",
    }  # fmt: skip
    workers, threads = int(os.environ.get("BENCH_WORKERS", 2)), int(os.environ.get("BENCH_THREADS", 8))
    clients = int(os.environ.get("BENCH_CLIENTS", workers * threads))
    server = run_all.start_gunicorn(env, PORT, workers, threads)
    pids = worker_pids(server.pid)
    kecamatan = run_all.sample_rows(url)["kecamatan"]

    print(f"| request ({clients} clients) | per second | gunicorn ms | PostgreSQL ms | client ms | CPU ms | failed |")
    print("|---|---|---|---|---|---|---|")
    try:
        measure("GET /healthz", lambda c, i: c.get("/healthz")[0], (200,), clients, pids)
        submit = run_all.submit_step(kecamatan)
        measure("POST /api/v1/reports/submit/ (stored, 201)", submit, (201,), clients, pids)
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
