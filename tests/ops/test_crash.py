"""SIGKILL the application server during a burst of submissions, restart it, and find every acknowledged
report whole and no half-written one.

A real gunicorn (2 workers) serves its own database (SQLite: a temp file; PostgreSQL, when the tests run
on it: a database `<test database>_crash`, dropped at the end), a copy of the migrated, seeded test database. Threads
walk the public report form (with a photo) over HTTP; the acknowledgement is the redirect to the
confirmation page with the tracking code. The process group is killed with SIGKILL mid-burst.
"""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
import requests
from django.db import connection

from pintu.agencies.models import Area
from pintu.categories.models import Category
from pintu.ops import database
from tests.ops.conftest import png
from tests.pgcopy import copy_database

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.prefix) / "bin" / "gunicorn")
THREADS = 4
KILL_AFTER_ACKS = 8
HIDDEN = re.compile(r'<input[^>]*type="hidden"[^>]*>')
ATTR = re.compile(r'(name|value)="([^"]*)"')


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def probe(env) -> dict:
    result = subprocess.run([PYTHON, "-m", "tests.ops.crash_probe"], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def _pg_admin():
    import psycopg

    s = connection.settings_dict
    return psycopg.connect(host=s["HOST"] or None, port=s["PORT"] or None, user=s["USER"], password=s["PASSWORD"],
                           dbname="postgres", autocommit=True)  # fmt: skip


@pytest.fixture
def server_env(transactional_db, demo, tmp_path):
    """Environment of a separate Pintu installation: a copy of the migrated test database with the demo data
    (SQLite: a file written by sqlite3's backup API; PostgreSQL: CREATE DATABASE ... TEMPLATE), which is what
    `manage.py migrate` and `load_demo` would produce, in a fraction of the time."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"DATABASE_URL", "PINTU_TESTING", "PINTU_TEST_DB_NAME", "DJANGO_SETTINGS_MODULE"}}  # fmt: skip
    var = tmp_path / "var"
    var.mkdir()
    env.update(PINTU_VAR_DIR=str(var), PINTU_DEBUG="1", PINTU_RATELIMIT="0", PINTU_SPAM_MIN_SECONDS="0",
               PINTU_JOBS_SYNC="0", DJANGO_SETTINGS_MODULE="pintu.settings", PYTHONUNBUFFERED="1")  # fmt: skip
    crash_db = None
    if connection.vendor == "postgresql":
        s = connection.settings_dict
        crash_db = f"{s['NAME']}_crash"
        connection.close()  # a template database must have no other session
        with _pg_admin() as admin:
            copy_database(admin, s["NAME"], crash_db)
        password = urllib.parse.quote(s["PASSWORD"] or "", safe="")
        host, port = s["HOST"] or "127.0.0.1", s["PORT"] or 5432
        env["DATABASE_URL"] = f"postgres://{s['USER']}:{password}@{host}:{port}/{crash_db}"
    else:
        database.dump(var / "pintu.sqlite3")
    yield env
    if crash_db:
        with _pg_admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{crash_db}" WITH (FORCE)')


def form_ids() -> dict:
    """What the report form needs: an active category and a kecamatan (the copy has the same rows)."""
    return {
        "category": Category.objects.filter(active=True).order_by("sort_order", "pk").first().pk,
        "kecamatan": Area.objects.filter(level="kecamatan", active=True).order_by("pk").first().pk,
    }


class Server:
    def __init__(self, env, log: Path):
        self.env, self.log, self.port = env, log, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = None

    def start(self):
        handle = open(self.log, "a")  # noqa: SIM115 (lives as long as the process)
        self.proc = subprocess.Popen(
            [GUNICORN, "pintu.wsgi", "--preload", "--workers", "2", "--bind", f"127.0.0.1:{self.port}",
             "--timeout", "30"],
            cwd=ROOT, env=self.env, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 90  # a loaded 2-core CI machine starts Django slowly
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url + "/", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.2)
            assert self.proc.poll() is None, self.log.read_text()[-3000:]
        pytest.fail("gunicorn did not answer:\n" + self.log.read_text()[-3000:])

    def kill(self):
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=10)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)


def hidden_fields(html: str) -> dict:
    fields = {}
    for tag in HIDDEN.findall(html):
        attrs = dict(ATTR.findall(tag))
        if "name" in attrs:
            fields[attrs["name"]] = attrs.get("value", "")
    return fields


def submit_one(base: str, ids: dict, n: int, photo: bytes) -> str | None:
    """Walk the form as a citizen would; the tracking code of the acknowledgement, or None if refused."""
    with requests.Session() as web:

        def step(path: str, data: dict, files=None) -> requests.Response:
            page = web.get(base + path, timeout=30)
            page.raise_for_status()
            response = web.post(base + path, data={**hidden_fields(page.text), **data}, files=files,
                                allow_redirects=False, timeout=30)  # fmt: skip
            assert response.status_code == 302, (path, response.status_code, response.text[:2000])
            return response

        step("/lapor/apa/", {"kind": "pengaduan", "category": ids["category"], "title": f"Laporan uji ke-{n}",
                             "text": f"Lampu jalan nomor {n} mati sejak seminggu yang lalu, jalan gelap."})  # fmt: skip
        step("/lapor/lokasi/", {"kecamatan": ids["kecamatan"], "desa": ""})
        contact = {"privacy": "biasa", "name": f"Warga {n}", "email": f"warga{n}@example.com", "consent": "on"}
        done = step("/lapor/kirim/", contact, files={"files": (f"foto{n}.png", photo, "image/png")})
        match = re.search(r"/lapor/terkirim/([^/]+)/", done.headers.get("Location", ""))
        return match.group(1) if match else None


def test_sigkill_during_a_burst_leaves_every_acknowledged_report_whole(server_env, tmp_path):
    ids = form_ids()
    server = Server(server_env, tmp_path / "gunicorn.log")
    server.start()
    acknowledged: list[str] = []
    failures: list[str] = []
    lock, stop = threading.Lock(), threading.Event()
    photo = png("orange")
    counter = iter(range(1_000_000))

    def citizen():
        while not stop.is_set():
            with lock:
                n = next(counter)
            try:
                code = submit_one(server.url, ids, n, photo)
            except requests.RequestException:
                continue  # no acknowledgement (a slow machine, or the kill): stored whole or not at all
            except AssertionError as exc:  # an answer that is not the form's: a real failure
                if not stop.is_set():
                    failures.append(repr(exc)[:300])
                continue
            if code:
                with lock:
                    acknowledged.append(code)

    try:
        threads = [threading.Thread(target=citizen, daemon=True) for _ in range(THREADS)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 60
        while len(acknowledged) < KILL_AFTER_ACKS and time.monotonic() < deadline and not failures:
            time.sleep(0.05)
        assert not failures, failures[:3]
        assert len(acknowledged) >= KILL_AFTER_ACKS, f"only {len(acknowledged)} acknowledged"
        stop.set()
        server.kill()  # mid-burst: the other threads are inside their submissions
        for thread in threads:
            thread.join(timeout=15)
        acked = set(acknowledged)

        server.start()  # the restarted server serves, and takes a new report
        after = submit_one(server.url, ids, 999_999, photo)
        assert after
    finally:
        server.stop()

    state = probe(server_env)
    stored = state["reports"]
    assert acked <= set(stored), f"acknowledged but missing: {sorted(acked - set(stored))}"
    for code, report in stored.items():  # acknowledged or not, nothing is half-written
        assert report == {"submitted_events": 1, "contact": True, "verify_due": True, "search_text": True,
                          "attachments": 1, "attachment_files_ok": True}, (code, report)  # fmt: skip
    assert state["orphan_attachment_rows"] == 0 and state["orphan_report_events"] == 0
    print(f"acknowledged {len(acked)}, stored {len(stored) - 1} before the kill (+1 after restart)")
