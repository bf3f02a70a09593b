"""The client a rate limit counts against, before its IP address: the signed-in account, else a signed
client cookie, else a fingerprint of the client (its address with its User-Agent and Accept-Language).

Why: government offices and mobile networks put many people behind one address, so a limit per address
punishes everyone there for one person's requests, and ten wrong tracking secrets typed by anyone
locked the real reporter out of their case. A limit counted per client keeps each person's counters
their own; the address stays the fallback for a caller without either.

The cookie holds a random id (nothing about the person), signed so that nobody can make up ids; it
is issued lazily, only on the requests a limit looks at (`client_key(request)`), and the number of new
ids per address is itself limited (settings.PINTU_NEW_CLIENTS_RATE), so throwing the cookie away to
get fresh counters gives an attacker a bounded number of clients per address and hour.
`ClientIdMiddleware` writes the cookie on the response of a request that was given a new id.

A caller without an account or a cookie (an API client, a script, a browser refusing cookies, or one
past the new-id limit of its address) is told apart from its neighbours by a fingerprint: a keyed hash
of its address, User-Agent and Accept-Language (nothing readable stored). Two phones on one mobile-network
address without cookies are then two clients, not one. A fingerprint costs nothing to change, so it is a
"weak" client (`is_weak`): pintu.security.ratelimit holds weak clients to the per-address limit as a
hard limit, and counts their wrong tracking secrets per code and address, as before fingerprints.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from django.conf import settings
from django.core import signing

from pintu.security import counters
from pintu.security.clientip import client_ip

SALT = "pintu.security.client-id"
COOKIE_AGE = 365 * 24 * 3600
_KEY_ATTR = "_pintu_client_key"
_MINTED_ATTR = "_pintu_client_minted"


def cookie_name() -> str:
    return settings.PINTU_CLIENT_COOKIE_NAME


def _django_request(request):
    """The HttpRequest under a DRF Request (attributes set on the wrapper would not reach the middleware)."""
    return getattr(request, "_request", request)


def _cookie_id(request) -> str | None:
    raw = _django_request(request).COOKIES.get(cookie_name())
    if not raw:
        return None
    try:
        value = signing.loads(raw, salt=SALT)
    except signing.BadSignature:
        return None
    return value if isinstance(value, str) and 16 <= len(value) <= 64 else None


def _mint(request) -> str | None:
    """A new client id for this caller, unless its address had its share of new ids this hour."""
    usage = counters.increment("client_ids", client_ip(_django_request(request)), settings.PINTU_NEW_CLIENTS_RATE)
    if usage is not None and usage.exceeded:
        return None
    value = secrets.token_urlsafe(18)
    setattr(_django_request(request), _MINTED_ATTR, value)
    return value


def fingerprint(request) -> str:
    """A keyed hash of the caller's address, User-Agent and Accept-Language ("f:<24 hex>")."""
    base = _django_request(request)
    parts = (client_ip(base), base.headers.get("User-Agent", "")[:512], base.headers.get("Accept-Language", "")[:128])
    digest = hmac.new(settings.SECRET_KEY.encode(), "\n".join(parts).encode(), hashlib.sha256).hexdigest()
    return f"f:{digest[:24]}"


def client_key(request, *, issue: bool = True) -> str:
    """Who this request counts as: "u:<account>", "c:<cookie id>" or "f:<fingerprint>".

    `issue=False` reads an existing cookie but never issues one (for API calls that may never keep it).
    """
    base = _django_request(request)
    known = getattr(base, _KEY_ATTR, None)
    if known is not None:
        return known
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        key = f"u:{user.pk}"
    else:
        value = _cookie_id(request) or getattr(base, _MINTED_ATTR, None) or (_mint(request) if issue else None)
        if value is None and not issue:
            return fingerprint(base)  # not remembered: a later call may still issue an id
        key = f"c:{value}" if value else fingerprint(base)
    setattr(base, _KEY_ATTR, key)
    return key


def is_weak(key: str) -> bool:
    """Is this client only a fingerprint (no account, no cookie), which anyone can change at will?"""
    return key.startswith(("f:", "ip:"))


class ClientIdMiddleware:
    """Sets the client cookie on the response of a request that was given a new client id."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        value = getattr(request, _MINTED_ATTR, None)
        if value and cookie_name() not in response.cookies:
            response.set_cookie(
                cookie_name(), signing.dumps(value, salt=SALT), max_age=COOKIE_AGE, httponly=True,
                samesite="Lax", secure=settings.SESSION_COOKIE_SECURE, path="/",
            )  # fmt: skip
        return response
