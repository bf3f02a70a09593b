"""Digital signatures on letters (PAdES), behind one small interface.

    session = get_service().open(SignRequest(...))   # chosen by settings.PINTU_LETTERS_SIGNER
    session.note                                      # who certifies: printed in the letter's footer
    signed_pdf = session.sign(pdf)

`open` checks what it can before the letter is numbered and rendered (the certificate exists, the
passphrase opens it); `sign` turns the unsigned PDF into a PAdES-signed one with the signatory's
certificate. Services:

- ``pkcs12`` (pintu.letters.signing.pkcs12): the signer's PKCS#12 file in PINTU_LETTERS_CERT_DIR, opened
  with the passphrase the signer types (or, for unattended signing, PINTU_LETTERS_P12_PASSPHRASE). A
  BSrE certificate exported as .p12 works here as it is; so does the demo CA's (signing/democa.py).
- ``bsre`` (pintu.letters.signing.bsre): the region's BSrE signing service (the signer's key never
  leaves BSrE; the signer types the TTE passphrase when approving).

Another service (a provincial gateway, an HSM) registers itself with `register_service(name, factory)`
and is chosen by name in settings. Tests use the real pkcs12 service with a demo CA made in a
temporary directory, and a local fake of the BSrE HTTP endpoint.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings


class SigningError(Exception):
    """The letter could not be signed; the message (Indonesian) is shown to the signer."""


@dataclass(frozen=True)
class SignRequest:
    signer_name: str
    reason: str
    location: str
    certificate: str = ""  # pkcs12: file name in PINTU_LETTERS_CERT_DIR, without .p12
    signing_id: str = ""  # bsre: the signer's NIK registered with BSrE
    passphrase: str | None = None  # typed by the signer; never stored or logged
    contact: str = ""


class SigningSession(Protocol):
    #: One sentence printed in every signed letter's footer: who certified the signature.
    note: str

    def sign(self, pdf: bytes) -> bytes: ...


class SigningService(Protocol):
    name: str

    def open(self, request: SignRequest) -> SigningSession: ...


_FACTORIES: dict[str, Callable[[], SigningService]] = {}


def register_service(name: str, factory: Callable[[], SigningService]) -> None:
    _FACTORIES[name] = factory


def get_service() -> SigningService:
    name = settings.PINTU_LETTERS_SIGNER
    try:
        return _FACTORIES[name]()
    except KeyError:
        raise SigningError(f"Layanan tanda tangan elektronik tidak dikenal: {name}.")
