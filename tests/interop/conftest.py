"""Fixtures for interoperability: demo data, reports, outside instansi, and a real local HTTP receiver."""

import datetime
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone

from pintu.agencies.models import Agency, Area
from pintu.interop.outbound.adapters.lapor_fake import FakeLaporTransport
from pintu.interop.outbound.sms import FakeSmsSender
from tests.factories import complaints as factories
from tests.factories.complaints import ADMIN, PUPR  # noqa: F401 (re-exported to the tests)


@pytest.fixture(autouse=True)
def _fresh_fakes():
    FakeLaporTransport.reset()
    FakeSmsSender.outbox.clear()
    yield
    FakeLaporTransport.reset()


@pytest.fixture
def kecamatan(demo):
    return Area.objects.get(level="kecamatan", bps_code="1610060")  # Indralaya


@pytest.fixture
def submit(kecamatan):
    """submit(**overrides): a report about a power cut (tests/factories/complaints.py), its mails dropped."""

    def make(**overrides):
        values = {
            "title": "Jaringan listrik padam di Indralaya",
            "text": "Listrik di kampung kami padam tiga hari dan tiang listrik miring hampir roboh.",
            "kecamatan": kecamatan,
            "desa": None,
            **overrides,
        }
        return factories.make_report(**values)

    return make


@pytest.fixture
def outside(demo):
    return Agency.objects.get(code="PLN_UP3_OI")


@pytest.fixture
def follow_up_date():
    return timezone.localdate() + datetime.timedelta(days=14)


class Receiver:
    """A real HTTP server in a thread: records every POST; answers 500 while `fail` > 0, then 200."""

    def __init__(self):
        self.requests: list[dict] = []
        self.fail = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                status = 500 if receiver.fail > 0 else 200
                if receiver.fail > 0:
                    receiver.fail -= 1
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(json.dumps({"ok": status == 200}).encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()
