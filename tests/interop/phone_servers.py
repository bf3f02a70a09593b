"""Local HTTP servers that speak the real APIs of the WhatsApp and SMS providers, for the adapters' tests.

Each runs in a thread on 127.0.0.1 and records every request. They answer with the request and response
shapes of the real services (the fakes sit at the external boundary: our adapters and their client
libraries, pywa and android-sms-gateway, run unchanged against them):

- CloudApi: WhatsApp Business Cloud API, POST /v{version}/{phone_number_id}/messages with a bearer token.
  Success {"messaging_product", "contacts": [{"input", "wa_id"}], "messages": [{"id": "wamid..."}]};
  errors {"error": {"message", "type", "code", "error_data": {"messaging_product", "details"},
  "fbtrace_id"}}: 401/190 for a wrong token, 400/100 for an unknown phone number id, 404/132001 for a
  template that is not approved, and whatever `fail_next` queues (rate limits 130429 and 131056 ...).
- SmsGate: SMS Gateway for Android's local server, POST /message (the documented path; the client uses
  /messages) with basic auth, answering 202 with the message state {"id", "state", "recipients"}; 401
  {"message"} for wrong credentials, 400 for a number that is not E.164, queued failures (503, 429, a
  "Failed" state).
- HttpSms: a typical Indonesian SMS provider, form-encoded POST with an API key header, answering
  {"status": "1", "text": "Success", "messageId"} (or status "0" when it refuses).
"""

import base64
import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest


class _Server:
    def __init__(self):
        self.requests: list[dict] = []
        self.queued: list[tuple[int, dict, dict]] = []  # (status, body, headers) answered before anything else
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length", 0))
                raw = self.rfile.read(length)
                record = {"method": "POST", "path": self.path, "headers": dict(self.headers), "raw": raw}
                server.requests.append(record)
                status, body, headers = server.queued.pop(0) if server.queued else server.answer(record)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(json.dumps(body).encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def fail_next(self, status: int, body: dict, headers: dict | None = None) -> None:
        self.queued.append((status, body, headers or {}))

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    def answer(self, record: dict) -> tuple[int, dict, dict]:
        raise NotImplementedError


def graph_error(code: int, message: str, *, kind: str = "OAuthException", details: str = "") -> dict:
    error = {"message": message, "type": kind, "code": code, "fbtrace_id": "A" + secrets.token_hex(8)}
    if details:
        error["error_data"] = {"messaging_product": "whatsapp", "details": details}
    return {"error": error}


class CloudApi(_Server):
    TOKEN = "EAAG-uji-token"  # noqa: S105 (test value)
    PHONE_NUMBER_ID = "106540352242922"
    VERSION = "21.0"
    APPROVED = {"pintu_laporan_diterima", "pintu_status_laporan", "pintu_tindak_lanjut", "pintu_perlu_keterangan",
                "pintu_permohonan_terdaftar", "pintu_status_permohonan", "pintu_kode_verifikasi",
                "pintu_laporan_diikuti", "pintu_permohonan_diperpanjang", "pintu_tanda_terima"}  # fmt: skip

    def __init__(self):
        super().__init__()
        self.sent: list[dict] = []  # the JSON bodies of the messages it accepted
        self.ids: list[str] = []  # the wamids it answered with, in order

    def answer(self, record: dict) -> tuple[int, dict, dict]:
        if record["headers"].get("Authorization") != f"Bearer {self.TOKEN}":
            return 401, graph_error(190, "Invalid OAuth access token - Cannot parse access token"), {}
        if record["path"] != f"/v{self.VERSION}/{self.PHONE_NUMBER_ID}/messages":
            error = graph_error(100, "Unsupported post request. Object does not exist", kind="GraphMethodException")
            return 400, error, {}
        body = json.loads(record["raw"])
        record["json"] = body
        if body.get("messaging_product") != "whatsapp" or not body.get("to"):
            return 400, graph_error(100, "(#100) The parameter messaging_product is required."), {}
        if body.get("type") == "template" and body["template"]["name"] not in self.APPROVED:
            name = body["template"]["name"]
            error = graph_error(132001, "(#132001) Template name does not exist in the translation",
                                details=f"template name ({name}) does not exist in id")  # fmt: skip
            return 404, error, {}
        self.sent.append(body)
        to = str(body["to"])
        message_id = "wamid.HBgN" + secrets.token_hex(12).upper()
        self.ids.append(message_id)
        return 200, {"messaging_product": "whatsapp", "contacts": [{"input": to, "wa_id": to.lstrip("+")}],
                     "messages": [{"id": message_id, "message_status": "accepted"}]}, {}  # fmt: skip


class SmsGate(_Server):
    USER, PASSWORD = "sms", "rahasia-ponsel"

    def __init__(self):
        super().__init__()
        self.accepted: list[dict] = []

    def answer(self, record: dict) -> tuple[int, dict, dict]:
        expected = "Basic " + base64.b64encode(f"{self.USER}:{self.PASSWORD}".encode()).decode()
        if record["headers"].get("Authorization") != expected:
            return 401, {"message": "Unauthorized"}, {}
        if urlparse(record["path"]).path not in ("/message", "/messages"):
            return 404, {"message": "Not Found"}, {}
        body = json.loads(record["raw"])
        record["json"] = body
        numbers = body.get("phoneNumbers") or []
        text = (body.get("textMessage") or {}).get("text") or body.get("message")
        if not numbers or not text:
            return 400, {"message": "phoneNumbers and textMessage are required"}, {}
        if any(not str(n).startswith("+") for n in numbers):
            return 400, {"message": f"invalid phone number: {numbers[0]}"}, {}
        self.accepted.append(body)
        message_id = body.get("id") or secrets.token_urlsafe(12)
        recipients = [{"phoneNumber": n, "state": "Pending"} for n in numbers]
        return 202, {"id": message_id, "state": "Pending", "isHashed": False, "isEncrypted": False,
                     "recipients": recipients, "states": {}}, {}  # fmt: skip


class HttpSms(_Server):
    API_KEY = "kunci-penyedia"

    def __init__(self):
        super().__init__()
        self.accepted: list[dict] = []

    def answer(self, record: dict) -> tuple[int, dict, dict]:
        if record["headers"].get("X-Api-Key") != self.API_KEY:
            return 401, {"status": "0", "text": "Invalid API key"}, {}
        form = {key: values[0] for key, values in parse_qs(record["raw"].decode()).items()}
        record["form"] = form
        if not form.get("nohp", "").startswith("08"):
            return 200, {"status": "0", "text": "Nomor tidak valid"}, {}
        self.accepted.append(form)
        return 200, {"status": "1", "text": "Success", "messageId": "m-" + secrets.token_hex(4)}, {}


# --- pytest fixtures: a server, and the settings that point the adapter at it -----------------------------


@pytest.fixture
def cloud_api(settings):
    server = CloudApi()
    settings.PINTU_WHATSAPP_PROVIDER = "cloud"
    settings.PINTU_WHATSAPP_TOKEN = CloudApi.TOKEN
    settings.PINTU_WHATSAPP_PHONE_NUMBER_ID = CloudApi.PHONE_NUMBER_ID
    settings.PINTU_WHATSAPP_API_VERSION = CloudApi.VERSION
    settings.PINTU_WHATSAPP_API_URL = server.url
    settings.PINTU_INTEROP_HTTP_TIMEOUT = 5
    yield server
    server.close()


@pytest.fixture
def sms_gate(settings):
    server = SmsGate()
    settings.PINTU_SMS_PROVIDER = "android"
    settings.PINTU_SMSGATE_URL = server.url
    settings.PINTU_SMSGATE_USER, settings.PINTU_SMSGATE_PASSWORD = SmsGate.USER, SmsGate.PASSWORD
    settings.PINTU_INTEROP_HTTP_TIMEOUT = 5
    yield server
    server.close()


@pytest.fixture
def http_sms(settings):
    server = HttpSms()
    settings.PINTU_SMS_PROVIDER = "http"
    settings.PINTU_SMS_HTTP_URL = server.url + "/api/sendsms"
    settings.PINTU_SMS_HTTP_AUTH = f"header:X-Api-Key:{HttpSms.API_KEY}"
    settings.PINTU_SMS_HTTP_CONTENT_TYPE = "application/x-www-form-urlencoded"
    settings.PINTU_SMS_HTTP_BODY = "nohp=$to_local&pesan=$text"
    settings.PINTU_SMS_HTTP_ID_FIELD = "messageId"
    settings.PINTU_SMS_HTTP_SUCCESS = "status=1"
    settings.PINTU_INTEROP_HTTP_TIMEOUT = 5
    yield server
    server.close()
