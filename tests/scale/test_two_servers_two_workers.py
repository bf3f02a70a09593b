"""Two application servers and two job workers on one PostgreSQL: no lost or doubled work.

The production shape of docs/operations.md, in small: two gunicorn processes on two ports and two
django-q clusters (`manage.py qcluster`, two worker processes each) share a fresh database and one
file-based mailbox. The test submits reports through both servers at once (plus the same
Idempotency-Key sent to both), makes some cases overdue and lets both clusters run the escalation
sweep concurrently, and queues jobs that record every run. Then: every submission is stored once,
every escalation e-mail exists exactly once per recipient, every job ran exactly once.

PostgreSQL only (SQLite is the single-machine mode: one server, one worker). It runs in the
PostgreSQL pass of the suite: DATABASE_URL=postgres://... and a role that may CREATE DATABASE.
The database is a copy of the migrated test database (then `migrate` is a no-op) plus the demo.
"""

import email
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from pintu.jobs.sweeps import registered_sweeps
from tests.pgcopy import copy_database

ROOT = Path(__file__).resolve().parents[2]
URL = os.environ.get("DATABASE_URL", "")
pytestmark = pytest.mark.skipif(
    not URL.startswith(("postgres://", "postgresql://")),
    reason="needs PostgreSQL (DATABASE_URL=postgres://...): several servers and workers share one database server",
)
N_REPORTS, N_OVERDUE, N_JOBS, N_SWEEP_RUNS = 16, 6, 40, 6


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def shared_database(django_db_setup, django_db_blocker):
    """A new database copied from the migrated test database (a copy takes a second, migrate a minute)."""
    import psycopg
    from django.db import connections

    template = connections["default"].settings_dict["NAME"]
    parts = urllib.parse.urlsplit(URL)
    name = f"{template}_scale"
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with django_db_blocker.unblock():
        connections.close_all()  # a template must have no open sessions
    with psycopg.connect(admin, autocommit=True) as conn:
        copy_database(conn, template, name)
    yield urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def cluster(shared_database, tmp_path):
    """Migrated + demo database, two gunicorn servers, two qclusters; yields (ports, env, mail dir)."""
    env = {k: v for k, v in os.environ.items() if k not in {"PINTU_TEST_DB_NAME", "DJANGO_SETTINGS_MODULE"}}
    env.update(
        DATABASE_URL=shared_database, PINTU_TESTING="0", PINTU_DEBUG="0", PINTU_SECRET_KEY=secrets.token_urlsafe(40),
        PINTU_FIELD_KEYS=Fernet.generate_key().decode(),
        PINTU_ALLOWED_HOSTS="127.0.0.1,localhost", PINTU_SSL_REDIRECT="0", PINTU_RATELIMIT="0", PINTU_JOBS_SYNC="0",
        PINTU_WORKERS="2", PINTU_VAR_DIR=str(tmp_path / "var"), PINTU_STATIC_ROOT=str(tmp_path / "static"),
        PINTU_EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend", PINTU_SPAM_MIN_SECONDS="0",
        PYTHONUNBUFFERED="1",
    )  # fmt: skip
    python = sys.executable
    subprocess.run([python, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env, check=True, capture_output=True)
    # the demo: areas, agencies, categories, calendars and the accounts that receive escalations
    demo_env = env | {"PINTU_DEBUG": "1"}
    demo = [python, "manage.py", "load_demo", "--small"]  # without the generated year: this test counts its own cases
    subprocess.run(demo, cwd=ROOT, env=demo_env, check=True, capture_output=True)
    ports = [free_port(), free_port()]
    gunicorn = str(Path(python).parent / "gunicorn")
    log = open(tmp_path / "processes.log", "w+")  # noqa: SIM115 (closed below)
    procs = [
        subprocess.Popen(
            [gunicorn, "pintu.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1", "--threads", "4"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        for port in ports
    ] + [
        subprocess.Popen([python, "manage.py", "qcluster"], cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                         start_new_session=True)
        for _ in range(2)
    ]  # fmt: skip
    try:
        for port in ports:
            wait_healthy(port, procs, log)
        yield ports, env, tmp_path / "var" / "mail"
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def wait_healthy(port: int, procs, log, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as response:  # noqa: S310
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
        if any(p.poll() is not None for p in procs):
            break
    log.seek(0)
    pytest.fail(f"server on {port} did not come up:\n{log.read()[-3000:]}")


def submit(port: int, n: int, kecamatan: int, key: str = "") -> dict:
    body = json.dumps({
        "title": f"Jembatan desa rusak nomor {n}", "text": f"Papan jembatan nomor {n} patah, anak sekolah takut lewat.",
        "kecamatan": kecamatan, "consent": True, "name": f"Warga {n}",
    }).encode()  # fmt: skip
    headers = {"Content-Type": "application/json", **({"Idempotency-Key": key} if key else {})}
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/v1/reports/submit/", body, headers, method="POST")
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 (our own server)
        return json.loads(response.read()) | {"http": response.status}


def in_parallel(calls) -> list:
    results = [None] * len(calls)

    def run(i, fn):
        results[i] = fn()

    threads = [threading.Thread(target=run, args=(i, fn)) for i, fn in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def processes_log(mail_dir: Path) -> str:
    """The end of what the servers and workers printed (tmp_path/processes.log), for a failure message."""
    path = mail_dir.parent.parent / "processes.log"
    return path.read_text(errors="replace")[-4000:] if path.exists() else ""


def escalation_mails(mail_dir: Path) -> list[tuple[str, str]]:
    """(subject code, recipient) of every escalation message the workers wrote."""
    found = []
    for path in sorted(mail_dir.glob("*.log")) if mail_dir.exists() else []:
        for chunk in path.read_text().split("\n" + "-" * 79 + "\n"):
            if not chunk.strip():
                continue
            message = email.message_from_string(chunk)
            subject = str(message["Subject"] or "")
            if "Tenggat terlewati:" in subject:
                found.append((subject.rsplit(" ", 1)[-1], str(message["To"])))
    return found


def test_two_servers_two_workers_lose_and_double_nothing(cluster):
    import psycopg

    ports, env, mail_dir = cluster
    db = psycopg.connect(env["DATABASE_URL"], autocommit=True)
    kecamatan = db.execute("SELECT id FROM agencies_area WHERE level = 'kecamatan' ORDER BY id").fetchone()[0]

    # 1. submissions through both servers at once, and one Idempotency-Key sent to both
    calls = [lambda n=n: submit(ports[n % 2], n, kecamatan) for n in range(N_REPORTS)]
    calls += [lambda p=p: submit(p, 999, kecamatan, key="same-key-both-servers") for p in ports]
    results = in_parallel(calls)
    codes = [r["code"] for r in results[:N_REPORTS]]
    # stored in the request (201: pintu/complaints/services/intake.py, submit_report)
    assert len(set(codes)) == N_REPORTS and all(r["http"] == 201 for r in results[:N_REPORTS])
    assert results[-1]["code"] == results[-2]["code"], "one Idempotency-Key, one report"
    stored = [row[0] for row in db.execute("SELECT code FROM complaints_report")]
    assert sorted(stored) == sorted({*codes, results[-1]["code"]}), "each submission stored exactly once"

    # 2. overdue cases, the escalation sweep queued several times: both clusters run it at once
    overdue = codes[:N_OVERDUE]
    db.execute("UPDATE complaints_report SET verify_due = CURRENT_DATE - 10 WHERE code = ANY(%s)", [overdue])
    # 3. jobs that record each run (tests.scale.probe.record_run); a second run of one would show
    enqueue = (
        "from django_q.tasks import async_task\n"
        f"for i in range({N_JOBS}): async_task('tests.scale.probe.record_run', i)\n"
        f"for i in range({N_SWEEP_RUNS}): async_task('pintu.jobs.tasks.run_all_sweeps')\n"
    )
    subprocess.run([sys.executable, "manage.py", "shell", "-c", enqueue], cwd=ROOT, env=env, check=True)

    # a liveness wait, not a speed target: on a loaded 2-core runner one sweep can take most of a minute.
    # A failed task is not acknowledged: it stays queued until Q_CLUSTER["retry"], so fail at once, naming it.
    complaint_sweeps = sum(sweep.name.startswith("complaints.") for sweep in registered_sweeps())
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        queued = db.execute("SELECT count(*) FROM django_q_ormq").fetchone()[0]
        sweeps = db.execute("SELECT count(*) FROM jobs_sweeprun WHERE name LIKE 'complaints.%%' "
                            "AND finished_at IS NOT NULL").fetchone()[0]  # fmt: skip
        failed = db.execute("SELECT func, left(result, 1500) FROM django_q_task WHERE success = false").fetchall()
        if failed:
            pytest.fail(f"a task failed: {failed}\n{processes_log(mail_dir)}")
        if queued == 0 and sweeps >= complaint_sweeps * N_SWEEP_RUNS:
            break
        time.sleep(0.5)
    else:
        pytest.fail(f"queue not drained: {queued} queued, {sweeps} sweep runs\n{processes_log(mail_dir)}")
    time.sleep(1)  # the last e-mail task may still be writing its file

    runs = db.execute(
        "SELECT key FROM jobs_oncemarker WHERE key LIKE 'scale-probe:%%' ORDER BY key"
    ).fetchall()  # fmt: skip
    per_job = {}
    for (key,) in runs:
        job = int(key.split(":")[1])
        per_job[job] = per_job.get(job, 0) + 1
    assert per_job == dict.fromkeys(range(N_JOBS), 1), "every job ran exactly once"

    escalations = db.execute(
        "SELECT r.code, e.recipients FROM complaints_escalation e JOIN complaints_report r ON r.id = e.report_id"
    ).fetchall()
    assert sorted(code for code, _r in escalations) == sorted(overdue), "one escalation per breach"
    mails = escalation_mails(mail_dir)
    expected = sorted((code, to.strip()) for code, recipients in escalations for to in recipients.split(","))
    assert expected and sorted(mails) == expected, "each escalation e-mail sent exactly once"
    failures = db.execute("SELECT count(*) FROM django_q_task WHERE success = false").fetchone()[0]
    assert failures == 0
    db.close()
