"""PAdES signing with pyHanko: one invisible signature (the visible mark is the QR code in the page).

PAdES B-B (SHA-256, ETSI.CAdES.detached, the whole file covered). A time-stamp authority (BSrE runs
one) would make it B-T; pass a pyHanko TimeStamper to `sign_with` when the region has one.
"""

import io

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers

from pintu.letters.signing import SignRequest

FIELD_NAME = "TandaTanganElektronik"


def sign_with(pdf: bytes, signer: signers.Signer, request: SignRequest, *, timestamper=None) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    metadata = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        reason=request.reason,
        location=request.location,
        name=request.signer_name,
        contact_info=request.contact or None,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
    )
    output = signers.sign_pdf(writer, metadata, signer=signer, timestamper=timestamper)
    return output.getvalue()
