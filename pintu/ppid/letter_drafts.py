"""A PPID case whose decision waits for its letter. An information request, an objection and a DIK entry
each keep the drafted letter in `pending_letter` until the signatory approves and signs it (pintu.letters);
what they share is here: which draft still waits, who is offered to sign it, and signing in the user's words.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from pintu.letters import services as letters
from pintu.letters.models import Letter
from pintu.letters.models import Status as LetterStatus
from pintu.letters.signing import SigningError


def pending_letter(case) -> Letter | None:
    """The case's drafted letter while it still waits (None when there is none or it left the draft state)."""
    letter = case.pending_letter
    return letter if letter is not None and letter.status == LetterStatus.DRAFT else None


def may_sign(user, case) -> bool:
    """The offer rule of "approve and sign": a draft waits, and `user` signs its kind for its unit."""
    letter = pending_letter(case)
    return letter is not None and letters.may_approve(letter, user)


def draft_waiting_error() -> ValidationError:
    """One draft at a time: a new decision waits until the last draft is signed or discarded."""
    return ValidationError(_("Masih ada draf surat yang menunggu persetujuan dan tanda tangan. Tandatangani "
                             "atau batalkan draf itu lebih dulu."))  # fmt: skip


def waiting_letter(case) -> Letter:
    """The draft to sign or to discard; a clear error when none waits."""
    letter = pending_letter(case)
    if letter is None:
        raise ValidationError(_("Tidak ada draf surat yang menunggu persetujuan."))
    return letter


def approve_and_sign(letter: Letter, *, user, passphrase: str | None = None, at=None) -> Letter:
    """pintu.letters' approve and sign, a signing failure told as a validation error."""
    try:
        return letters.approve_and_sign(letter, user=user, passphrase=passphrase, at=at)
    except SigningError as exc:
        raise ValidationError(_("Surat gagal ditandatangani: %(error)s") % {"error": exc}) from None
