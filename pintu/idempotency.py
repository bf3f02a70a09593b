"""Create-once for submissions retried with the same idempotency key (double clicks, flaky networks),
and the fingerprint of a submission's content kept with its key, so that the same key with other content
is refused (IdempotencyConflict) instead of answered with the first submission."""

import datetime
import hashlib
import json
from collections.abc import Callable
from dataclasses import fields
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Model
from django.utils.translation import gettext as _

T = TypeVar("T")


def create_once(key: str, find: Callable[[str], T | None], create: Callable[[], T]) -> tuple[T, bool]:
    """(create(), True) in a transaction; if a concurrent twin with the same unique `key` won the race,
    (that twin, False) instead of an IntegrityError. Callers look the key up first, before validating.
    """
    try:
        with transaction.atomic():
            return create(), True
    except IntegrityError:
        if key and (existing := find(key)):
            return existing, False
        raise


# --- the same key with other content ---------------------------------------------------------------


class IdempotencyConflict(ValidationError):
    """The idempotency key was used before for a submission with other content.

    A retry must carry the same content; a key reused for something else (a client bug, or two callers
    picking the same key) must not hand back the first submission, which may be someone else's rahasia
    report. A ValidationError, so a web form shows it; the API answers 422 (pintu.apikit.errors).
    """

    def __init__(self):
        super().__init__(
            _("Formulir ini sudah pernah terkirim dengan isi yang berbeda. Buka formulir baru untuk kiriman baru."),
            code="idempotency_conflict",
        )


def _canonical(value):
    if isinstance(value, Model) or hasattr(value, "pk"):
        return ["pk", value.pk]
    if isinstance(
        getattr(value, "sha256", None), str
    ):  # a cleaned file (pintu.files), where a caller fingerprints files
        return ["file", value.sha256]
    if isinstance(value, list | tuple):
        return [_canonical(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _canonical(item) for key, item in sorted(value.items())}
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return str(value)  # Decimal and the like


#: Left out of a fingerprint: the key itself; the language (a retry in another language is the same
#: submission); the files (a browser resending a form after a lost answer need not resend its files).
NOT_FINGERPRINTED = ("idempotency_key", "language", "files", "identity_file", "proxy_file")


def draft_fingerprint(draft, *, leave_out: tuple[str, ...] = NOT_FINGERPRINTED) -> str:
    """A digest of what a submission draft (a dataclass) carries, related rows by id. Taken before
    validation normalises the draft, for the first try and its retries alike."""
    values = {f.name: _canonical(getattr(draft, f.name)) for f in fields(draft) if f.name not in leave_out}
    return hashlib.sha256(json.dumps(values, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def same_submission(stored: str, fingerprint: str) -> None:
    """Raise IdempotencyConflict unless the stored fingerprint is this one (none stored: written before
    fingerprints were kept, taken as the same)."""
    if stored and fingerprint and stored != fingerprint:
        raise IdempotencyConflict()
