"""The BSrE adapter against a local fake of the signing endpoint (the only fake: an external service).

The fake checks the request as BSrE's v2 API receives it (Basic auth, NIK, passphrase, base64 file) and
signs with a demo-CA certificate, so the adapter's output is a real PAdES signature. A refusal after the
number was taken rolls everything back: the number is given to the next letter.
"""

import base64
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pyhanko.sign import signers

from pintu.letters.models import Signatory, Status
from pintu.letters.services import approve_and_sign
from pintu.letters.signing import SigningError, SignRequest
from pintu.letters.signing.bsre import SIGN_PATH, BsreService
from pintu.letters.signing.pades import sign_with
from pintu.letters.signing.validation import check_pdf
from tests.letters.conftest import PASSPHRASE
from tests.letters.pdfinspect import text

USER, PASSWORD = "pintu-client", "rahasia-klien"
NIK = "1610015203850002"
TTE_PASSPHRASE = "Passphrase#TTE1"


class FakeBsre(BaseHTTPRequestHandler):
    signer: signers.SimpleSigner
    requests: list

    def log_message(self, *args):  # keep the test output clean
        pass

    def _answer(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):  # noqa: N802 (http.server's name)
        payload = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), **payload})
        expected = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        if self.path != SIGN_PATH or self.headers.get("Authorization") != expected:
            return self._answer(401, {"status_code": 401, "error": "Unauthorized"})
        if payload.get("nik") != NIK or payload.get("passphrase") != TTE_PASSPHRASE:
            return self._answer(400, {"status_code": 2031, "error": "Passphrase anda salah"})
        pdf = base64.b64decode(payload["file"][0])
        properties = payload["signatureProperties"][0]
        request = SignRequest(signer_name="BSrE", reason=properties["reason"], location=properties["location"])
        signed = sign_with(pdf, self.signer, request)
        return self._answer(200, {"file": [base64.b64encode(signed).decode()]})


@pytest.fixture
def fake_bsre(letters_demo, letters_settings):
    p12 = (letters_settings.PINTU_LETTERS_CERT_DIR / "ppid-utama.p12").read_bytes()
    handler = type("Handler", (FakeBsre,), {
        "signer": signers.SimpleSigner.load_pkcs12_data(p12, other_certs=[], passphrase=PASSPHRASE.encode()),
        "requests": [],
    })  # fmt: skip
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    letters_settings.PINTU_LETTERS_SIGNER = "bsre"
    letters_settings.PINTU_LETTERS_BSRE_URL = f"http://127.0.0.1:{server.server_port}"
    letters_settings.PINTU_LETTERS_BSRE_USER = USER
    letters_settings.PINTU_LETTERS_BSRE_PASSWORD = PASSWORD
    Signatory.objects.filter(role="ppid_utama").update(signing_id=NIK)
    yield handler
    server.shutdown()
    server.server_close()


def test_a_letter_signed_through_the_bsre_adapter(fake_bsre, draft_sample, user_named, trust_roots):
    letter = draft_sample("pemberitahuan_tertulis")
    with pytest.raises(SigningError, match="passphrase"):  # BSrE needs the signer's passphrase, typed
        approve_and_sign(letter, user=user_named("ppid.utama"))
    signed = approve_and_sign(letter, user=user_named("ppid.utama"), passphrase=TTE_PASSPHRASE)
    [sent] = fake_bsre.requests
    assert sent["nik"] == NIK and sent["passphrase"] == TTE_PASSPHRASE
    assert sent["signatureProperties"][0]["tampilan"] == "INVISIBLE"
    assert base64.b64decode(sent["file"][0]).startswith(b"%PDF")
    [check] = check_pdf(bytes(signed.pdf), trust_roots)
    assert check.ok, check.summary
    assert "Balai Besar Sertifikasi Elektronik (BSrE), BSSN" in text(bytes(signed.pdf))  # the footer says who


def test_a_refusal_after_numbering_gives_the_number_back(fake_bsre, draft_sample, user_named, letters_settings):
    letter = draft_sample("pemberitahuan_tertulis")
    with pytest.raises(SigningError, match="Passphrase anda salah"):
        approve_and_sign(letter, user=user_named("ppid.utama"), passphrase="keliru")
    letter.refresh_from_db()
    assert letter.status == Status.DRAFT and not letter.number
    signed = approve_and_sign(letter, user=user_named("ppid.utama"), passphrase=TTE_PASSPHRASE)
    assert signed.serial == 1  # the refused attempt left no gap


def test_adapter_errors_are_explained(letters_demo):
    request = SignRequest(signer_name="x", reason="r", location="l", signing_id=NIK, passphrase="p")
    with pytest.raises(SigningError, match="PINTU_LETTERS_BSRE_URL"):
        BsreService("", "u", "p").open(request)
    with pytest.raises(SigningError, match="tidak dapat dihubungi"):
        BsreService("http://127.0.0.1:9", "u", "p", timeout=2).open(request).sign(b"%PDF-1.7")
