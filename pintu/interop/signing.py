"""Signed messages between Pintu and other systems (gateways, instansi, subscribers). No Django here.

At the end: the schemes of the WhatsApp Cloud API and SMS Gateway for Android webhooks (theirs, not ours).

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
    _verify_stamped(sign, secret, timestamp, signature, body, now=now, window=window)


def _verify_stamped(sign_with, secret: str, timestamp, signature, body: bytes, *, now, window: int) -> None:
    """The check of every scheme that signs a timestamp: `sign_with(secret, timestamp, body)` is the hex HMAC."""
    if not secret:
        raise SignatureError("no_secret")
    if not timestamp or not signature:
        raise SignatureError("missing")
    try:
        stamp = int(timestamp)
    except ValueError:
        raise SignatureError("bad_timestamp") from None
    if not hmac.compare_digest(sign_with(secret, timestamp, body), signature.strip().lower()):
        raise SignatureError("bad_signature")
    if abs((now if now is not None else time.time()) - stamp) > window:
        raise SignatureError("stale")


# --- the signatures of the WhatsApp and SMS gateways we receive from (their schemes, not ours) --------


def verify_meta(app_secret: str, header: str | None, body: bytes) -> None:
    """WhatsApp Business Cloud API webhooks: ``X-Hub-Signature-256: sha256=<hex HMAC-SHA256(app secret, body)>``.

    No timestamp is signed: a replayed request is harmless because every message is received once by its
    WhatsApp id (wamid), and a status receipt only repeats what it said.
    """
    if not app_secret:
        raise SignatureError("no_secret")
    if not header or not header.startswith("sha256="):
        raise SignatureError("missing")
    expected = hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, header.removeprefix("sha256=").strip().lower()):
        raise SignatureError("bad_signature")


def sign_android(key: str, timestamp: str | int, body: bytes) -> str:
    return hmac.new(key.encode(), body + str(timestamp).encode(), hashlib.sha256).hexdigest()


def verify_android(
    key: str, timestamp: str | None, signature: str | None, body: bytes, *, now: float | None = None,
    window: int = DEFAULT_WINDOW_SECONDS,
) -> None:  # fmt: skip
    """SMS Gateway for Android webhooks: ``X-Signature`` = hex HMAC-SHA256(key, raw body + ``X-Timestamp``)."""
    _verify_stamped(sign_android, key, timestamp, signature, body, now=now, window=window)
