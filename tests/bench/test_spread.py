"""bench/spread.py: keep-alive connections end up evenly spread over the processes of a pre-fork server.

The server here is the shape of gunicorn's: a listening socket made once, then forked into processes
that race to accept on it, each serving its connections with keep-alive (HTTP/1.1).
"""

import os
import signal
import socket
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import spread  # noqa: E402

pytestmark = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads /proc (Linux)")


class WhoAmI(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body = str(os.getpid()).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def serve_forked(listener: socket.socket) -> None:
    server = ThreadingHTTPServer(listener.getsockname(), WhoAmI, bind_and_activate=False)
    server.socket.close()
    server.socket = listener  # already bound and listening: made by the parent, shared by both processes
    server.serve_forever(poll_interval=0.05)


@pytest.fixture
def prefork():
    listener = socket.create_server(("127.0.0.1", 0), backlog=64)
    port, master, children = listener.getsockname()[1], os.getpid(), []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - runs in the child
            try:
                serve_forked(listener)
            finally:
                os._exit(0)
        children.append(pid)
    listener.close()
    yield port, master, sorted(children)
    for pid in children:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)


def test_worker_pids_finds_the_children_of_a_process(prefork):
    _port, master, children = prefork
    found = spread.worker_pids(master)
    assert set(children) <= set(found)  # this test process may have other children (earlier tests)
    assert os.getppid() not in found and master not in found


@pytest.mark.parametrize("n", [1, 5, 8, 16])
def test_spread_clients_gives_each_process_its_share_and_the_owner_is_right(prefork, n):
    port, _master, children = prefork
    clients = spread.spread_clients("127.0.0.1", port, n, children, path="/")
    try:
        served_by = [int(client.get("/")[2]) for client in clients]  # each process answers with its pid
        counts = sorted(served_by.count(pid) for pid in children)
        assert counts == [n // 2, n - n // 2]
        owners = spread.owner_by_client_port(port, children)
        assert [owners[c.conn.sock.getsockname()[1]] for c in clients] == served_by
    finally:
        for client in clients:
            client.close()


def test_spread_clients_without_processes_gives_plain_clients():
    clients = spread.spread_clients("127.0.0.1", 9, 3, [])
    assert len(clients) == 3
