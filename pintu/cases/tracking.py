"""The tracking proof every case type shares: a guest follows a case with its code and a secret.

One place for what complaints, information requests and objections used to open-code in each view:
- making secrets (8 characters of CODE_ALPHABET, "ABCD-EFGH") and the characters of tracking codes;
- normalising what people type (case, spaces, dashes) and hashing it (the keyed HMAC of
  pintu.privacy.tracking: a stolen database alone proves no secret);
- `prove`: checking a typed secret against a case, rate-limited per code AND client
  (pintu.security.ratelimit), at the same cost whether the code exists or not (the dummy hash), and
  never refusing a client for wrong secrets someone else typed: the real reporter's correct secret
  always passes, while whoever guesses waits.

Each case type gives only how to find the case behind a code (complaints: pintu.complaints.tracking;
information requests: pintu.ppid.requests.tracking); the session bookkeeping stays in the views.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Protocol, TypeVar

from pintu.privacy.tracking import DUMMY_HASH, hash_tracking_secret, tracking_secret_matches
from pintu.security import ratelimit

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud and typed on phones
TRACKING, OBJECTION = "tracking", "objection"  # rate-limit scopes (settings.PINTU_RATES)


class HasSecret(Protocol):
    secret_hash: str


Case = TypeVar("Case", bound=HasSecret)


class TrackingLocked(Exception):
    """This client tried too many wrong secrets: it must wait `retry_after` seconds (a 429)."""

    def __init__(self, retry_after: int):
        super().__init__(f"retry after {retry_after} s")
        self.retry_after = retry_after


# --- codes and secrets ---------------------------------------------------------------------------


def random_chars(n: int) -> str:
    """`n` characters drawn uniformly from CODE_ALPHABET, from ONE read of the system's random source.

    `secrets.choice` reads it once per character, and each read lets go of the interpreter lock: 13 reads
    per submission showed under load (docs/performance.md, "Asynchronous intake"). A byte at or above the
    largest multiple of the alphabet's size is discarded, so every character stays equally likely.
    """
    size = len(CODE_ALPHABET)
    limit = 256 - 256 % size
    chars: list[str] = []
    while len(chars) < n:
        chars.extend(CODE_ALPHABET[byte % size] for byte in secrets.token_bytes(2 * n) if byte < limit)
    return "".join(chars[:n])


def new_secret() -> str:
    raw = random_chars(8)
    return f"{raw[:4]}-{raw[4:]}"


def normalize_secret(secret: str) -> str:
    return "".join(ch for ch in (secret or "").upper() if ch.isalnum())


def hash_secret(secret: str) -> str:
    return hash_tracking_secret(normalize_secret(secret))


def secret_matches(case: HasSecret, secret: str) -> bool:
    return bool(secret) and tracking_secret_matches(normalize_secret(secret), case.secret_hash)


def remember_in_session(request, key: str, code) -> None:
    """Keep `code` among the cases this session proved to hold (session[key], the 50 newest)."""
    tracked = request.session.get(key, [])
    if code not in tracked:
        request.session[key] = [*tracked, code][-50:]


# --- the proof -----------------------------------------------------------------------------------


def prove(request, code: str, secret: str, find: Callable[[], Case | None], *, scope: str = TRACKING) -> Case | None:
    """The case `find()` returns if `secret` is its tracking secret, else None (a failure, counted).

    Raises TrackingLocked when this client has failed too often (on this code, or in all); then
    nothing is looked up or checked. `code` is what the caller typed or sent (normalised here for the
    counters, so "lpr 2026 7k3qx" and "LPR-2026-7K3QX" count as one). A missing case is compared with
    the dummy hash, so a wrong code costs what a wrong secret costs.
    """
    wait = ratelimit.failure_wait(request, scope, code)
    if wait is not None:
        raise TrackingLocked(wait)
    case = find()
    if secret_matches(case if case is not None else _Dummy(), secret) and case is not None:
        return case
    ratelimit.count_failure(request, scope, code)
    return None


class _Dummy:
    secret_hash = DUMMY_HASH
