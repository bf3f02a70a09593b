"""Signed messages between Pintu and other systems (gateways, instansi, subscribers). No Django here.

Scheme (both directions): headers ``X-Pintu-Timestamp`` (Unix seconds) and ``X-Pintu-Signature``
= hex HMAC-SHA256(secret, timestamp + "." + raw body). Signing the timestamp with the body means a
captured signature is worthless for any other body, and worthless for the same body once the
timestamp leaves the window. A replay of the *same* request inside the window is harmless because
every receiver is idempotent by the message's own id (inbound messages, external updates).
"""

import hashlib
import hmac
import time

TIMESTAMP_HEADER = "X-Pintu-Timestamp"
SIGNATURE_HEADER = "X-Pintu-Signature"
DEFAULT_WINDOW_SECONDS = 300


class SignatureError(Exception):
    """The request is not from who it claims, or is too old. `reason` is a short machine code."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def sign(secret: str, timestamp: str | int, body: bytes) -> str:
    message = str(timestamp).encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def signed_headers(secret: str, body: bytes, now: float | None = None) -> dict[str, str]:
    timestamp = str(int(now if now is not None else time.time()))
    return {TIMESTAMP_HEADER: timestamp, SIGNATURE_HEADER: sign(secret, timestamp, body)}


def verify(
    secret: str,
    timestamp: str | None,
    signature: str | None,
    body: bytes,
    *,
    now: float | None = None,
    window: int = DEFAULT_WINDOW_SECONDS,
) -> None:
    """Raise SignatureError unless `signature` signs `body` at `timestamp` and the timestamp is fresh."""
    if not secret:
        raise SignatureError("no_secret")
    if not timestamp or not signature:
        raise SignatureError("missing")
    try:
        stamp = int(timestamp)
    except ValueError:
        raise SignatureError("bad_timestamp") from None
    expected = sign(secret, timestamp, body)
    if not hmac.compare_digest(expected, signature.strip().lower()):
        raise SignatureError("bad_signature")
    current = now if now is not None else time.time()
    if abs(current - stamp) > window:
        raise SignatureError("stale")
