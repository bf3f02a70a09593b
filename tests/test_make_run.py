"""`make run` on a fresh data directory: migrates, loads the demo, starts web + worker, prints URL and logins."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def make_run(tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "PINTU_TESTING", "DJANGO_SETTINGS_MODULE"}}
    env.update(PINTU_VAR_DIR=str(tmp_path / "var"), HOST="127.0.0.1", PORT=str(port), PYTHONUNBUFFERED="1")
    venv = Path(sys.prefix)
    log = open(tmp_path / "make-run.log", "w+")  # noqa: SIM115 (closed below)
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "run", f"VENV={venv}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    yield proc, port, tmp_path / "make-run.log"
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
    log.close()


def wait_for_url(proc, log_path, timeout=120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = log_path.read_text()
        match = re.search(r"Pintu berjalan di (http://\S+)", text)
        if match:
            return match.group(1)
        if proc.poll() is not None:
            pytest.fail(f"make run exited early:\n{text[-3000:]}")
        time.sleep(0.3)
    pytest.fail(f"make run printed no URL:\n{log_path.read_text()[-3000:]}")


def fetch(url, timeout=30) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (loopback only)
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_make_run_serves_the_indonesian_home_page_and_prints_the_logins(make_run):
    proc, port, log_path = make_run
    url = wait_for_url(proc, log_path)
    assert url == f"http://127.0.0.1:{port}/"
    html = fetch(url)
    assert '<html lang="id">' in html and "Pemerintah Kabupaten Ogan Ilir" in html
    text = log_path.read_text()
    for username in ["sysadmin", "admin.kominfo", "penghubung.pupr", "ppid.utama", "atasan.ppid", "warga"]:
        assert re.search(rf"^\s+{re.escape(username)}\s", text, re.M), username
    assert "pintu-demo-2026" in text
    # the background worker runs beside the web server, in the same process group
    deadline = time.monotonic() + 30
    while not worker_running(proc.pid):
        assert time.monotonic() < deadline, "no background worker started"
        time.sleep(0.5)


def worker_running(pgid: int) -> bool:
    table = subprocess.run(["ps", "-eo", "pgid=,args="], capture_output=True, text=True).stdout
    return any(line.split(None, 1)[0] == str(pgid) and "qcluster" in line for line in table.splitlines())
