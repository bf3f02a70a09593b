"""The PKCS#12 signing service: the signer's certificate and key from a .p12 file on the server."""

import functools
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import x509
from django.conf import settings
from pyhanko.sign import signers

from pintu.letters.signing import SigningError, SignRequest, register_service
from pintu.letters.signing.pades import sign_with


def issuer_name(certificate: x509.Certificate) -> str:
    issuer = certificate.issuer.native
    return issuer.get("common_name") or issuer.get("organization_name") or "penerbit sertifikat"


@dataclass
class Pkcs12Session:
    signer: signers.SimpleSigner
    request: SignRequest
    note: str

    def sign(self, pdf: bytes) -> bytes:
        return sign_with(pdf, self.signer, self.request)


class Pkcs12Service:
    name = "pkcs12"

    def __init__(self, cert_dir: Path, default_passphrase: str = "", note: str = ""):
        self.cert_dir = Path(cert_dir)
        self.default_passphrase = default_passphrase
        self.note = note

    def path_for(self, certificate: str) -> Path:
        return self.cert_dir / f"{certificate}.p12"

    def open(self, request: SignRequest) -> Pkcs12Session:
        if not request.certificate:
            raise SigningError("Sertifikat elektronik penanda tangan belum diatur (Admin > Penanda tangan).")
        path = self.path_for(request.certificate)
        if path.parent != self.cert_dir or not path.is_file():
            raise SigningError("Berkas sertifikat elektronik penanda tangan tidak ditemukan di server.")
        passphrase = request.passphrase or self.default_passphrase
        try:
            signer = _load_signer(str(path), path.stat().st_mtime_ns, passphrase)
        except ValueError:
            raise SigningError("Frasa sandi sertifikat elektronik salah, atau berkas sertifikat rusak.")
        note = self.note or (
            "Dokumen ini ditandatangani secara elektronik dengan sertifikat elektronik yang diterbitkan oleh "
            f"{issuer_name(signer.signing_cert)}."
        )
        return Pkcs12Session(signer, request, note)


@functools.lru_cache(maxsize=16)
def _load_signer(path: str, mtime_ns: int, passphrase: str) -> signers.SimpleSigner:
    """Opening a .p12 derives its key from the passphrase on purpose slowly (about 0.2 s): a process keeps the
    signers it opened, keyed by file, its modification time and the exact passphrase, so a wrong passphrase
    still fails and a replaced certificate file is read afresh. `load_demo` signs a year of letters this way."""
    del mtime_ns  # part of the cache key only
    return signers.SimpleSigner.load_pkcs12_data(
        Path(path).read_bytes(), other_certs=[], passphrase=passphrase.encode() if passphrase else None
    )


def from_settings() -> Pkcs12Service:
    return Pkcs12Service(
        settings.PINTU_LETTERS_CERT_DIR, settings.PINTU_LETTERS_P12_PASSPHRASE, settings.PINTU_LETTERS_SIGNING_NOTE
    )


register_service("pkcs12", from_settings)
