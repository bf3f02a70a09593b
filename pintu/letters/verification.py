"""Public verification of a letter: what anyone holding it may confirm, and whether a file is the one issued.

The page shows facts printed on the letter itself (number, date, subject, issuing unit, signatory,
case reference), the SHA-256 of the signed file and the letter's standing (valid, revoked, superseded);
never the addressee or any other personal data of the requester. A file (or a pasted hash) is
compared with the issued file's hash: one changed byte anywhere is "not the issued file".
"""

import hashlib
import re
from dataclasses import dataclass

from pintu.letters.kinds import get_kind
from pintu.letters.models import Letter, Status

HEX64 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Verdict:
    matches: bool
    sha256: str  # of what was given


def find(token: str) -> Letter | None:
    """The signed letter with this token (drafts are never found)."""
    return Letter.objects.signed().select_related("agency", "supersedes").filter(token=token).first()


def stored_file_intact(letter: Letter) -> bool:
    return bool(letter.pdf) and hashlib.sha256(bytes(letter.pdf)).hexdigest() == letter.sha256


def replacement(letter: Letter) -> Letter | None:
    return letter.corrections.signed().order_by("signed_at").first()


def hash_chunks(chunks) -> str:
    digest = hashlib.sha256()
    for chunk in chunks:
        digest.update(chunk)
    return digest.hexdigest()


def compare_hash(letter: Letter, given: str) -> Verdict:
    normalised = re.sub(r"[\s:]", "", given or "").lower()
    return Verdict(matches=normalised == letter.sha256, sha256=normalised)


def compare_file(letter: Letter, chunks) -> Verdict:
    """`chunks`: the uploaded file's bytes in pieces (Django's UploadedFile.chunks())."""
    return compare_hash(letter, hash_chunks(chunks))


def is_hash(text: str) -> bool:
    return bool(HEX64.fullmatch(re.sub(r"[\s:]", "", text or "").lower()))


def standing(letter: Letter) -> str:
    """valid / revoked / superseded (for the page's tag)."""
    return {Status.ISSUED: "valid", Status.REVOKED: "revoked", Status.SUPERSEDED: "superseded"}[letter.status]


def kind_label(letter: Letter) -> str:
    return str(get_kind(letter.kind).label)
