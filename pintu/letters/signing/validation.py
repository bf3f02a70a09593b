"""Checking a signed letter's PDF signatures with pyHanko against trusted roots.

Used by the tests (against the demo CA) and by `manage.py letters_check_pdf` (against
PINTU_LETTERS_TRUST_ROOTS: the demo CA's certificate in the demo, BSrE's root and intermediate
certificates in production). The public verification page compares SHA-256 hashes instead: the
issued file is known, so any change at all is detected, signature or not.
"""

import io
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import pem, x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.errors import SignatureValidationError
from pyhanko_certvalidator import ValidationContext


@dataclass(frozen=True)
class SignatureCheck:
    signer: str  # the certificate's subject common name
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the cryptographic signature is sound
    trusted: bool  # the certificate chains to a trusted root
    whole_file: bool  # the signature covers the entire file (nothing appended after signing)
    subfilter: str  # /ETSI.CAdES.detached for PAdES
    summary: str

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.trusted and self.whole_file


def load_certificates(paths) -> list[x509.Certificate]:
    certificates = []
    for path in paths:
        data = Path(path).read_bytes()
        if pem.detect(data):
            certificates += [x509.Certificate.load(der) for _type, _headers, der in pem.unarmor(data, multiple=True)]
        else:
            certificates.append(x509.Certificate.load(data))
    return certificates


def check_pdf(pdf: bytes, trust_roots: list[x509.Certificate]) -> list[SignatureCheck]:
    """One SignatureCheck per embedded signature (an empty list: the PDF is not signed)."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    checks = []
    for embedded in reader.embedded_signatures:
        context = ValidationContext(trust_roots=trust_roots, allow_fetching=False)
        try:
            status = validate_pdf_signature(embedded, context)
        except SignatureValidationError as error:
            checks.append(SignatureCheck("", False, False, False, False, "", str(error)))
            continue
        subject = status.signing_cert.subject.native if status.signing_cert else {}
        checks.append(
            SignatureCheck(
                signer=subject.get("common_name", ""),
                intact=bool(status.intact),
                valid=bool(status.valid),
                trusted=bool(status.trusted),
                whole_file=status.coverage is not None and status.coverage.name == "ENTIRE_FILE",
                subfilter=str(embedded.sig_object.get("/SubFilter", "")),
                summary=status.summary(),
            )
        )
    return checks
