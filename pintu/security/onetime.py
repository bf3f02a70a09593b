"""One-time codes: issue, check, spend. Single use, short-lived, few tries, never stored in plaintext.

- A code is 6 random digits, valid `CODE_MINUTES` minutes, for one purpose and one destination.
- Issuing a new code for the same purpose and destination replaces the old one (one live code).
- The database keeps only keyed HMACs (SECRET_KEY, which never enters the database): of the destination
  (to find the row) and of purpose + destination + code. An unkeyed hash of a 6-digit code would be
  reversed in a millisecond; without the key a dump proves nothing.
- A wrong code counts; after `MAX_ATTEMPTS` wrong codes the code is spent and a new one must be asked
  for. A right code is spent at once (the row is deleted in the same transaction).
- How often codes may be sent to, and wrongly tried for, one destination (from any number of addresses)
  is limited by the views (pintu.security.ratelimit scopes "code_send" and "code_verify").
"""

from __future__ import annotations

import datetime
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from pintu.security.destinations import Destination
from pintu.security.models import OneTimeCode

CODE_DIGITS = 6
CODE_MINUTES = 10
MAX_ATTEMPTS = 5
_SALT = "pintu.security.onetime"


class CodeRefused(Exception):
    """The code is wrong (`attempts_left` > 0) or no longer valid (`attempts_left` == 0: ask for a new one)."""

    def __init__(self, attempts_left: int):
        super().__init__(attempts_left)
        self.attempts_left = attempts_left


@dataclass(frozen=True)
class Spent:
    """What a right code proved: the destination, and the account the code was issued for (if any)."""

    destination: Destination
    user_id: int | None


def _hmac(*parts: str) -> str:
    return salted_hmac(_SALT, "\x1f".join(parts), secret=settings.SECRET_KEY, algorithm="sha256").hexdigest()


def destination_key(destination: Destination) -> str:
    return _hmac("to", destination.kind, destination.value)


def _code_hash(purpose: str, destination: Destination, code: str) -> str:
    return _hmac("code", purpose, destination.kind, destination.value, code)


def normalise_code(text: str) -> str:
    """Digits only: "123 456", "123-456" and full-width digits all count."""
    return "".join(ch for ch in (text or "") if ch.isdigit() and ch.isascii())


def issue(purpose: str, destination: Destination, *, user=None, now: datetime.datetime | None = None) -> str:
    """A fresh code for `destination` (the previous one of this purpose stops working); returns it to send."""
    now = now or timezone.now()
    code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
    key = destination_key(destination)
    with transaction.atomic():
        OneTimeCode.objects.filter(purpose=purpose, destination_key=key).delete()
        OneTimeCode.objects.create(
            purpose=purpose, destination_key=key, code_hash=_code_hash(purpose, destination, code),
            user=user, expires_at=now + datetime.timedelta(minutes=CODE_MINUTES),
        )  # fmt: skip
    return code


def spend(purpose: str, destination: Destination, code: str, *, now: datetime.datetime | None = None) -> Spent:
    """Check `code`; on success the code is gone and the proof returned. Raises CodeRefused."""
    now = now or timezone.now()
    with transaction.atomic():
        row = (
            OneTimeCode.objects.select_for_update()
            .filter(purpose=purpose, destination_key=destination_key(destination))
            .first()
        )
        if row is None or row.expires_at <= now or row.attempts >= MAX_ATTEMPTS:
            if row is not None:
                row.delete()
            raise CodeRefused(0)
        if constant_time_compare(row.code_hash, _code_hash(purpose, destination, normalise_code(code))):
            user_id = row.user_id
            row.delete()
            return Spent(destination, user_id)
        row.attempts += 1
        left = MAX_ATTEMPTS - row.attempts
        if left <= 0:
            row.delete()
        else:
            row.save(update_fields=["attempts"])
    raise CodeRefused(left)


def forget(purpose: str, destination: Destination) -> None:
    OneTimeCode.objects.filter(purpose=purpose, destination_key=destination_key(destination)).delete()


def sweep_expired(now: datetime.datetime) -> int:
    """Delete codes past their time (they are refused anyway; this keeps the table small)."""
    deleted, _ = OneTimeCode.objects.filter(expires_at__lt=now).delete()
    return deleted
