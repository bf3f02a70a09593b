"""Tracking secrets (what a guest types to follow a case): a keyed HMAC-SHA256, not a password hash.

Why not Argon2 like passwords: it cost 129 ms of a 146 ms report submission (bench/intake_breakdown.py),
capping intake at a few submissions per second per core. A password needs key stretching because
people choose guessable ones; a tracking secret is random (8 characters of a 31-letter alphabet,
about 39.6 bits), so an attacker must search the whole space. What protects it in a stolen database
is the key, which lives in the environment (PINTU_SECRET_KEY; rotation through
PINTU_SECRET_KEY_FALLBACKS), never in the database or its backups. Online guessing is limited per
code and per address (pintu.security.ratelimit). Hashes written before this change (Django password
hashes, "argon2$...") still verify.
"""

from django.conf import settings
from django.contrib.auth.hashers import check_password
from django.utils.crypto import constant_time_compare, salted_hmac

PREFIX = "hmac-sha256$"
_SALT = "pintu.tracking-secret"

#: Compared against when no case matches, so a wrong code costs the same time as a wrong secret.
DUMMY_HASH = PREFIX + "0" * 64


def _digest(normalized: str, key: str) -> str:
    return salted_hmac(_SALT, normalized, secret=key, algorithm="sha256").hexdigest()


def hash_tracking_secret(normalized: str) -> str:
    return PREFIX + _digest(normalized, settings.SECRET_KEY)


def tracking_secret_matches(normalized: str, stored: str) -> bool:
    if not normalized or not stored:
        return False
    if not stored.startswith(PREFIX):
        return check_password(normalized, stored)  # written before the change
    digest = stored[len(PREFIX):]
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return any(constant_time_compare(_digest(normalized, key), digest) for key in keys)
