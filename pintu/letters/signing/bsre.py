"""Adapter for the BSrE signing service (Esign Client Service, API v2) a region receives with its TTE.

    POST {PINTU_LETTERS_BSRE_URL}/api/v2/sign/pdf      (HTTP Basic: the region's client account)
    {"nik": ..., "passphrase": ..., "signatureProperties": [{"tampilan": "INVISIBLE", "reason": ...,
     "location": ...}], "file": ["<PDF, base64>"]}
    -> 200 {"file": ["<signed PDF, base64>"]}    or    4xx/5xx {"status_code": ..., "error": "..."}

The signer's key stays at BSrE; the signer types the TTE passphrase when approving (never stored).
The field names follow the v2 request shape used by regional integrations; confirm them against the
documentation BSrE gives the region before going live (docs/letters.md, "Memasang layanan BSrE").
tests/letters/test_bsre_adapter.py runs this adapter against a local fake of the endpoint.
"""

import base64
import binascii
from dataclasses import dataclass

import requests
from django.conf import settings

from pintu.letters.signing import SigningError, SignRequest, register_service

SIGN_PATH = "/api/v2/sign/pdf"


@dataclass
class BsreSession:
    service: "BsreService"
    request: SignRequest
    note: str

    def sign(self, pdf: bytes) -> bytes:
        return self.service.sign(pdf, self.request)


class BsreService:
    name = "bsre"

    def __init__(self, base_url: str, username: str, password: str, *, timeout: float = 60, note: str = ""):
        self.base_url = base_url.rstrip("/")
        self.auth = (username, password)
        self.timeout = timeout
        self.note = note or (
            "Dokumen ini ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan "
            "oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN."
        )

    def open(self, request: SignRequest) -> BsreSession:
        if not self.base_url:
            raise SigningError("Alamat layanan TTE BSrE belum diatur (PINTU_LETTERS_BSRE_URL).")
        if not request.signing_id:
            raise SigningError("NIK penanda tangan pada layanan TTE belum diatur (Admin > Penanda tangan).")
        if not request.passphrase:
            raise SigningError("Masukkan passphrase TTE Anda untuk menandatangani.")
        return BsreSession(self, request, self.note)

    def sign(self, pdf: bytes, request: SignRequest) -> bytes:
        payload = {
            "nik": request.signing_id,
            "passphrase": request.passphrase,
            "signatureProperties": [{"tampilan": "INVISIBLE", "reason": request.reason, "location": request.location}],
            "file": [base64.b64encode(pdf).decode("ascii")],
        }
        try:
            response = requests.post(self.base_url + SIGN_PATH, json=payload, auth=self.auth, timeout=self.timeout)
        except requests.RequestException:
            raise SigningError("Layanan TTE BSrE tidak dapat dihubungi. Coba lagi beberapa saat lagi.")
        body = _json(response)
        if response.status_code != 200:
            message = str(body.get("error") or body.get("message") or response.status_code)
            raise SigningError(f"Layanan TTE BSrE menolak penandatanganan: {message}")
        try:
            signed = base64.b64decode(body["file"][0], validate=True)
        except (KeyError, IndexError, TypeError, binascii.Error):
            raise SigningError("Jawaban layanan TTE BSrE tidak memuat berkas bertanda tangan.")
        if not signed.startswith(b"%PDF"):
            raise SigningError("Jawaban layanan TTE BSrE bukan berkas PDF.")
        return signed


def _json(response) -> dict:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def from_settings() -> BsreService:
    return BsreService(
        settings.PINTU_LETTERS_BSRE_URL,
        settings.PINTU_LETTERS_BSRE_USER,
        settings.PINTU_LETTERS_BSRE_PASSWORD,
        note=settings.PINTU_LETTERS_SIGNING_NOTE,
    )


register_service("bsre", from_settings)
