"""`make bench`: the load and scale benchmarks of issue #9, one command, one table of figures.

What it does (small scale: under 10 minutes on a 2-core machine):
 1. creates a fresh PostgreSQL database (BENCH_DATABASE_URL, default .../pintu_bench_small; the role
    needs CREATEDB), migrates, loads the demo and generates --reports cases with bench/generate.py;
    with --existing it uses the database as it is (e.g. the 1,000,000-report pintu_bench) after migrate;
 2. collects static files into a temporary directory and starts gunicorn (production settings:
    PINTU_DEBUG=0, a fixed secret key per database, WhiteNoise) with --workers processes x --threads;
 3. measures and prints:
    - intake: API submissions per second (POST /api/v1/reports/submit/, the whole intake service)
      against GET /healthz, same clients (one per server thread), same server, in four alternating
      rounds with the connections spread evenly over the server's processes (spread.py); then a paced run
      at --intake-rate submissions per second (default 5: 100x the national peak hour) and its latency;
    - page 1 against page 10,000 (or the deepest page there is) of the public list, search and the
      staff inbox, and their queries per page (bench/pages_depth.py); target ratio <= 1.5, constant queries;
    - p95 latency of public and tracking pages under 50 concurrent clients;
    - bytes per public page with all its assets, and any request to another host; target <= 60 KB, none.

Rate limits are switched off for the run (PINTU_RATELIMIT=0): 50 clients from one address would
otherwise be refused after 20 submissions, which measures the limiter, not the application.

    make bench                                   # small scale
    BENCH_DATABASE_URL=postgres://pintu:pintu@127.0.0.1:5432/pintu_bench make bench BENCH_ARGS=--existing
"""

import argparse
import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent))
from httpload import Client, LoadResult, page_weight, run_load  # noqa: E402
from spread import spread_clients, worker_pids  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
DEFAULT_URL = "postgres://pintu:pintu@127.0.0.1:5432/pintu_bench_small"
PROTECTED = {"pintu", "pintu_bench", "postgres"}  # never dropped by this script
SECRET = "GENR-8888"  # bench/generate.py GENERATED_SECRET
PUBLIC_PAGES = ["/", "/lapor/", "/lapor/apa/", "/laporan/", "{detail}", "/lapor/lacak/", "/hari-kerja/",
                "/instansi/", "/ppid/", "/ppid/dip/", "/statistik/"]  # fmt: skip


def say(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def recreate_database(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    if name in PROTECTED:
        sys.exit(f"refusing to drop {name}: use --existing to measure it as it is")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def manage(env: dict, *args: str, **extra) -> None:
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env | extra, check=True, stdout=subprocess.DEVNULL)


def start_gunicorn(env: dict, port: int, workers: int, threads: int, root: Path = ROOT) -> subprocess.Popen:
    """gunicorn serving the code at `root` (another checkout: its own .venv) once /healthz answers."""
    gunicorn = Path(PY).parent / "gunicorn" if root == ROOT else root / ".venv/bin/gunicorn"
    command = [str(gunicorn), "pintu.wsgi:application", "--bind", f"127.0.0.1:{port}",
               "--workers", str(workers), "--worker-class", "gthread", "--threads", str(threads),
               "--keep-alive", "30", "--backlog", "512", "--log-level", "warning"]  # fmt: skip
    server = subprocess.Popen(command, cwd=root, env=env, start_new_session=True)
    for _ in range(120):
        time.sleep(0.5)
        try:
            if Client("127.0.0.1", port).get("/healthz")[0] == 200:
                return server
        except OSError:
            pass
        if server.poll() is not None:
            break
    server.kill()
    sys.exit("gunicorn did not start")


def sample_rows(url: str) -> dict:
    """Ids and codes the clients use: a kecamatan, public report codes, generated trackable codes."""
    with psycopg.connect(url) as conn:
        kecamatan = conn.execute("SELECT id FROM agencies_area WHERE level = 'kecamatan' ORDER BY id").fetchone()
        public = conn.execute(
            "SELECT code FROM complaints_report WHERE NOT rahasia "
            "AND status NOT IN ('diterima', 'diarsipkan') ORDER BY id DESC LIMIT 2000"
        ).fetchall()
        tracked = conn.execute(
            "SELECT code FROM complaints_report WHERE idempotency_key LIKE 'gen:%%' ORDER BY id DESC LIMIT 200"
        ).fetchall()
        requests = conn.execute(
            "SELECT number FROM ppid_informationrequest WHERE idempotency_key LIKE 'gen:req:%%' "
            "ORDER BY id DESC LIMIT 20"
        ).fetchall()
    return {"kecamatan": kecamatan[0], "public": [r[0] for r in public], "tracked": [r[0] for r in tracked],
            "requests": [r[0] for r in requests]}  # fmt: skip


def submit_step(kecamatan: int):
    """One API submission without attachments (the load step of intake; bench/intake_cpu.py uses it too)."""

    def submit(client, i):
        body = json.dumps({
            "title": f"Lampu jalan padam nomor {i}", "text": f"Lampu jalan di depan rumah nomor {i} padam sejak "
            "tiga hari, jalan menjadi gelap dan rawan kecelakaan pada malam hari.",
            "kecamatan": kecamatan, "consent": True, "privacy": "biasa", "name": "Budi Santoso",
        }).encode()  # fmt: skip
        return client.request("POST", "/api/v1/reports/submit/", body, {"Content-Type": "application/json"})[0]

    return submit


def intake(port: int, rows: dict, clients: int, seconds: float, pids: list[int], rounds: int = 4) -> tuple:
    """Submissions and /healthz, each for `seconds` in all, in `rounds` alternating rounds (ABBA order).

    Each round opens its keep-alive connections spread evenly over the server's processes `pids`
    (spread.py: left to gunicorn's accept race, one run's split of 8 clients over 2 processes went from
    4/4 to 0/8, which halves /healthz, so a single pair of runs measured that draw as much as the server).
    The alternating order evens out the drift of a shared machine. Returns the summed results and each
    round's ratio.
    """

    def one_round(step, ok_status):
        connections = spread_clients("127.0.0.1", port, clients, pids)
        return run_load("127.0.0.1", port, clients, seconds / rounds, step, ok_status=ok_status,
                        connections=connections)  # fmt: skip

    def health_round():
        return one_round(lambda c, i: c.get("/healthz")[0], (200,))

    def submit_round():
        return one_round(submit_step(rows["kecamatan"]), (201,))

    submitted, health, ratios = LoadResult(), LoadResult(), []
    for n in range(rounds):
        if n % 2 == 0:
            h, s = health_round(), submit_round()
        else:
            s, h = submit_round(), health_round()
        health.add(h)
        submitted.add(s)
        ratios.append(s.per_second / h.per_second if h.per_second else 0.0)
    return submitted, health, ratios


def intake_at_rate(port: int, rows: dict, clients: int, seconds: float, rate: float, pids: list[int]) -> LoadResult:
    """Submissions paced at `rate` per second in all (100 x the national peak hour's 0.05 by default,
    docs/architecture.md "The arithmetic"): what a citizen waits for at that load, not the server's most."""
    connections = spread_clients("127.0.0.1", port, clients, pids)
    return run_load("127.0.0.1", port, clients, seconds, submit_step(rows["kecamatan"]), ok_status=(201,),
                    connections=connections, rate=rate)  # fmt: skip


def sign_in_all(port: int, form: str, field: str, numbers: list[str], expect: str) -> list[tuple[str, dict]]:
    """Prove the secret of a few cases once each (a deliberately slow check); the load clients then share
    these sessions, so the tracking page, not the sign-in, is measured. Returns (page path, cookies)."""
    out = []
    for number in numbers:
        client = Client("127.0.0.1", port)
        status, headers, _body = client.post_form(form, {field: number, "secret": SECRET}, csrf_from=form)
        assert status == 302 and expect in headers.get("location", ""), f"tracking sign-in refused ({status})"
        out.append((urllib.parse.urlsplit(headers["location"]).path, dict(client.cookies)))
        client.close()
    return out


def signed_step(sessions: list[tuple[str, dict]]):
    """prepare + step of a page seen by a client holding a proven tracking session."""

    def prepare(client, n):
        client.path, cookies = sessions[n % len(sessions)]
        client.cookies.update(cookies)

    return prepare, lambda c, i: c.get(c.path)[0]


#: The public pages of issue #22 measured against the home page, in this order (name, path or None).
PAGE_NAMES = ["home /", "public list /laporan/", "search /laporan/?q=jalan", "report detail /laporan/<code>/",
              "tracking page /lapor/lacak/<code>/", "PPID profile /ppid/", "DIP register /ppid/dip/",
              "statistics /statistik/", "agency directory /instansi/",
              "request tracking /ppid/permohonan/lacak/<nomor>/"]  # fmt: skip


def latency(port: int, rows: dict, clients: int, seconds: float, lookup_clients: int, pids: list[int]) -> list:
    public, tracked = rows["public"], rows["tracked"]
    reports = sign_in_all(port, "/lapor/lacak/", "code", tracked[:5], "/lapor/lacak/")
    requests = sign_in_all(port, "/ppid/permohonan/lacak/", "number", rows["requests"][:5], "/permohonan/lacak/")
    track_prepare, track_step = signed_step(reports)
    request_prepare, request_step = signed_step(requests)

    def lookup(client, i):
        code = tracked[i % len(tracked)]
        return client.post_form("/lapor/lacak/", {"code": code, "secret": SECRET}, csrf_from="/lapor/lacak/")[0]

    def get(path):
        return lambda c, i: c.get(path)[0]

    steps = [get("/"), get("/laporan/"), get("/laporan/?q=jalan"),
             lambda c, i: c.get(f"/laporan/{public[i % len(public)]}/")[0], track_step, get("/ppid/"),
             get("/ppid/dip/"), get("/statistik/"), get("/instansi/"), request_step]  # fmt: skip
    prepares = {4: track_prepare, 9: request_prepare}
    named = enumerate(zip(PAGE_NAMES, steps, strict=True))
    pages = [(name, step, prepares.get(n), (200,)) for n, (name, step) in named]
    pages.append((f"tracking lookup (form + POST), {lookup_clients} clients", lookup, None, (302,)))
    results = []
    for name, step, prepare, ok in pages:
        n = lookup_clients if name.startswith("tracking lookup") else clients
        connections = spread_clients("127.0.0.1", port, n, pids)  # as for intake: no accept-race draw
        result = run_load("127.0.0.1", port, n, seconds, step, prepare=prepare, ok_status=ok, connections=connections)
        results.append((name, result))
        say(f"  {name}: p95 {result.percentile(95) * 1000:.0f} ms, {result.per_second:.1f}/s, {result.failed} failed")
    return results


def weights(port: int, rows: dict) -> list:
    client = Client("127.0.0.1", port)
    out = []
    for path in PUBLIC_PAGES:
        path = path.format(detail=f"/laporan/{rows['public'][0]}/") if "{" in path else path
        out.append((path, page_weight("127.0.0.1", port, path, client)))
    return out


def field_key(database_url: str) -> str:
    """The bench database's PINTU_FIELD_KEYS: fixed per database, so --existing runs decrypt what earlier
    runs stored (generated data only; never a production key)."""
    return base64.urlsafe_b64encode(hashlib.sha256(f"pintu-bench:{database_url}".encode()).digest()).decode()


def secret_key(database_url: str) -> str:
    """The bench database's PINTU_SECRET_KEY, fixed per database for the same reason: the tracking secrets
    the generator stored are keyed HMACs (pintu.privacy.tracking); a fresh key made every --existing run
    fail at the tracking sign-in."""
    return hashlib.sha256(f"pintu-bench-secret:{database_url}".encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL))
    parser.add_argument("--existing", action="store_true", help="measure the database as it is (no drop, no generate)")
    parser.add_argument("--reports", type=int, default=20_000)
    parser.add_argument("--requests", type=int, default=2_000)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn processes")
    parser.add_argument("--threads", type=int, default=8, help="threads per gunicorn process")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients for latency")
    parser.add_argument("--intake-clients", type=int, help="clients for intake and its baseline (default: one per "
                        "server thread, workers x threads)")
    parser.add_argument("--intake-rounds", type=int, default=4, help="alternating rounds of intake and its baseline")
    parser.add_argument("--intake-rate", type=float, default=5.0, help="submissions per second of the paced intake "
                        "run (default 5 = 100 x the national peak hour's 0.05; 0 skips it)")
    parser.add_argument("--lookup-clients", type=int, default=8, help="clients for the tracking lookup (Argon2)")
    parser.add_argument("--no-intake", action="store_true", help="skip intake (it adds reports to the database)")
    parser.add_argument("--intake-only", action="store_true", help="measure intake only")
    parser.add_argument("--no-depth", action="store_true", help="skip page 1 against the deepest page")
    parser.add_argument("--seconds", type=float, default=8.0, help="duration of each load run")
    parser.add_argument("--port", type=int, default=8931)
    parser.add_argument("--json", help="also write every figure to this file")
    args = parser.parse_args()
    started = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="pintu-bench-"))
    env = os.environ | {
        "DATABASE_URL": args.database_url, "PINTU_SECRET_KEY": secret_key(args.database_url), "PINTU_DEBUG": "0",
        "PINTU_FIELD_KEYS": field_key(args.database_url),
        "PINTU_TESTING": "0", "PINTU_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver", "PINTU_SSL_REDIRECT": "0",
        "PINTU_RATELIMIT": "0", "PINTU_SPAM_MIN_SECONDS": "0", "PINTU_STATIC_ROOT": str(tmp / "static"),
        "PINTU_VAR_DIR": str(tmp / "var"), "PINTU_JOBS_SYNC": "0", "PINTU_DB_CONN_MAX_AGE": "60",
        "PINTU_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "DJANGO_SETTINGS_MODULE": "pintu.settings",
    }  # fmt: skip
    if not args.existing:
        say(f"fresh database {urllib.parse.urlsplit(args.database_url).path.lstrip('/')}")
        recreate_database(args.database_url)
    say("migrate")
    manage(env, "migrate", "--noinput")
    if not args.existing:
        say("load_demo")
        manage(env, "load_demo", "--small", PINTU_DEBUG="1")
        say(f"generate {args.reports} reports, {args.requests} requests")
        subprocess.run([PY, "bench/generate.py", "--reports", str(args.reports), "--requests", str(args.requests),
                        "--quiet"], cwd=ROOT, env=env, check=True)  # fmt: skip
    manage(env, "collectstatic", "--noinput")
    depth, lat, page_bytes = [], [], []
    if not args.intake_only and not args.no_depth:
        say("page depth and queries per page (test Client, in process)")
        depth = [json.loads(line) for line in subprocess.run(
            [PY, "bench/pages_depth.py"], cwd=ROOT, env=env, check=True, capture_output=True, text=True
        ).stdout.splitlines() if line.startswith("{")]  # fmt: skip
    say(f"gunicorn: {args.workers} processes x {args.threads} threads")
    server = start_gunicorn(env, args.port, args.workers, args.threads)
    try:
        rows = sample_rows(args.database_url)
        submitted = health = None
        args.intake_clients = args.intake_clients or args.workers * args.threads
        if not args.no_intake:
            say(f"intake: {args.intake_clients} clients, {args.seconds * 2:.0f} s each in {args.intake_rounds} rounds")
            submitted, health, args.round_ratios = intake(
                args.port, rows, args.intake_clients, args.seconds * 2, worker_pids(server.pid), args.intake_rounds
            )
            if args.intake_rate:
                say(f"intake at {args.intake_rate:g}/s: {args.intake_clients} clients, {args.seconds * 4:.0f} s")
                args.paced = intake_at_rate(args.port, rows, args.intake_clients, args.seconds * 4, args.intake_rate,
                                            worker_pids(server.pid))  # fmt: skip
        if not args.intake_only:
            say(f"latency: {args.clients} concurrent clients, {args.seconds:.0f} s per page")
            lat = latency(args.port, rows, args.clients, args.seconds, args.lookup_clients, worker_pids(server.pid))
            page_bytes = weights(args.port, rows)
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
    shutil.rmtree(tmp, ignore_errors=True)  # collected static files and the server's var dir
    report(args, depth, submitted, health, lat, page_bytes, time.perf_counter() - started)


def report(args, depth, submitted, health, lat, page_bytes, elapsed) -> None:
    lines = ["", f"Pintu benchmarks ({urllib.parse.urlsplit(args.database_url).path.lstrip('/')}; "
             f"gunicorn {args.workers}x{args.threads}; {elapsed:.0f} s in all)", ""]  # fmt: skip
    ratio = submitted.per_second / health.per_second if submitted and health.per_second else None
    if submitted:
        lines += [
            f"| intake ({args.intake_clients} clients) | per second | p50 ms | p95 ms | failed |",
            "|---|---|---|---|---|",
            f"| POST /api/v1/reports/submit/ | {submitted.per_second:.1f} | {submitted.median * 1000:.0f} | "
            f"{submitted.percentile(95) * 1000:.0f} | {submitted.failed} |",
            f"| GET /healthz | {health.per_second:.1f} | {health.median * 1000:.0f} | "
            f"{health.percentile(95) * 1000:.0f} | {health.failed} |",
            f"| **ratio submissions / trivial** | **{ratio:.3f}** (target >= 0.5) | | | |", "",
            "ratio of each round (fresh connections spread evenly over the processes, alternating order): "
            + ", ".join(f"{r:.3f}" for r in args.round_ratios), "",
        ]  # fmt: skip
    if paced := getattr(args, "paced", None):
        lines += [
            f"paced intake, {args.intake_rate:g} submissions/s asked: {paced.per_second:.2f}/s answered, "
            f"p50 {paced.median * 1000:.0f} ms, p95 {paced.percentile(95) * 1000:.0f} ms, "
            f"max {max(paced.latencies, default=0) * 1000:.0f} ms, failed {paced.failed} "
            f"(statuses {dict(sorted(paced.statuses.items()))})", "",
        ]  # fmt: skip
    if not depth and not lat:
        print("\n".join(lines), flush=True)
        return
    lines += [
        "| list | rows | page 1 ms | deep page | deep ms | **ratio** (<= 1.5) | queries p1 / deep | OFFSET query ms |",
        "|---|---|---|---|---|---|---|---|",
    ]  # fmt: skip
    for d in depth:
        lines.append(
            f"| {d['list']} | {d['rows']:,} | {d['page1_ms']} | {d['deep_page']:,} | {d['deep_ms'] or '-'} "
            f"| **{d['ratio'] or 'one page'}** | {d['queries_page1']} / {d['queries_deep']} | {d['offset_query_ms']} |"
        )
    lines += ["", f"| page ({args.clients} clients) | requests/s | **ratio to home** (>= 0.5) | p50 ms | **p95 ms** "
              "| failed |", "|---|---|---|---|---|---|"]  # fmt: skip
    home = lat[0][1].per_second if lat else 0
    for name, r in lat:
        p50, p95 = r.median * 1000, r.percentile(95) * 1000
        ratio_home = f"**{r.per_second / home:.2f}**" if home and name in PAGE_NAMES else "-"
        lines.append(f"| {name} | {r.per_second:.1f} | {ratio_home} | {p50:.0f} | **{p95:.0f}** | {r.failed} |")
    lines += ["", f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"]
    lines += ["", "| public page | HTML bytes | assets bytes | **total** (<= 61,440) | other hosts |"]
    lines += ["|---|---|---|---|---|"]
    for path, w in page_bytes:
        lines.append(f"| {path} | {w['html']:,} | {w['assets']:,} | **{w['total']:,}** | {len(w['foreign'])} |")
    worst = max(w["total"] for _p, w in page_bytes)
    foreign = sum(len(w["foreign"]) for _p, w in page_bytes)
    lines += ["", f"heaviest public page {worst:,} bytes; requests to other hosts: {foreign}"]
    print("\n".join(lines), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps({
            "intake": submitted and {"submit_per_s": submitted.per_second, "healthz_per_s": health.per_second,
                                     "ratio": ratio, "round_ratios": args.round_ratios},
            "paced": (paced := getattr(args, "paced", None)) and {
                "rate": args.intake_rate, "per_s": paced.per_second, "p50": paced.median,
                "p95": paced.percentile(95), "failed": paced.failed},
            "depth": depth,
            "latency": {n: {"p50": r.median, "p95": r.percentile(95), "per_s": r.per_second, "failed": r.failed,
                            "ratio_to_home": r.per_second / lat[0][1].per_second if lat[0][1].per_second else None}
                        for n, r in lat},
            "bytes": dict(page_bytes), "seconds": elapsed,
        }, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
