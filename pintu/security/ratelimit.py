"""Rate limits on public POSTs, per client IP and per identity (e-mail, phone, tracking code, username).

Counters are django-ratelimit's fixed windows in CACHES["default"] (shared by every process).
Rates come from settings.PINTU_RATES[scope] = {"ip": "20/h", "identity": "5/h"}.

- The IP counter counts every POST: it damps floods from one address.
- The identity counter counts only the outcome that matters: for a submission, a success
  (a redirect), so a citizen correcting a form five times is not punished; for a lookup that
  checks a secret, a failure (no redirect), so guessing the secret of one tracking code is slow
  from any number of addresses while the owner's correct lookup still passes.
- Identities are normalised (case, spaces, phone punctuation) and hashed by django-ratelimit into
  the cache key, so no personal data is stored in the cache.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django_ratelimit.core import get_usage

from pintu.security.clientip import client_ip
from pintu.security.responses import too_many_requests

SUCCESS, FAILURE = "success", "failure"


def _normalise(value: str) -> str:
    """One key however it is typed: case, spaces and punctuation (LPR-2026-... = lpr2026..., +62 812-... = 62812...)."""
    return re.sub(r"[^0-9a-z@.]", "", (value or "").lower())


def _rates(scope: str) -> dict[str, str]:
    return settings.PINTU_RATES[scope]


def _usage(request, scope: str, kind: str, value: str, *, increment: bool):
    return get_usage(
        request, group=f"pintu.{scope}.{kind}", key=lambda group, req: value, rate=_rates(scope)[kind],
        increment=increment,
    )  # fmt: skip


def _at_limit(request, scope: str, identity: str) -> bool:
    usage = _usage(request, scope, "identity", identity, increment=False)
    return usage is not None and usage["count"] >= usage["limit"]


def _keys(identities: Iterable[str]) -> list[str]:
    return sorted({key for key in (_normalise(value) for value in identities if value) if key})


def hit(request, scope: str, identities: Iterable[str] = ()) -> int | None:
    """Count this request against the IP limit and check the identity limits.

    Returns None when allowed, else the seconds until the window ends (for Retry-After). For use
    outside a view decorator (e.g. an API view checking a tracking secret): call `hit` first, and
    `count_identities` after the outcome that counts.
    """
    usage = _usage(request, scope, "ip", client_ip(request), increment=True)
    if usage is not None and usage["should_limit"]:
        return max(usage["time_left"], 1)
    for identity in _keys(identities):
        if _at_limit(request, scope, identity):
            return max(_usage(request, scope, "identity", identity, increment=False)["time_left"], 1)
    return None


def blocked(request, scope: str, identities: Iterable[str] = ()) -> int | None:
    """Like `hit`, but counts nothing: for endpoints where only failures count (API secret checks).

    Returns None when allowed, else the seconds until the window ends. Pair with `count_failure`.
    """
    usage = _usage(request, scope, "ip", client_ip(request), increment=False)
    if usage is not None and usage["count"] >= usage["limit"]:
        return max(usage["time_left"], 1)
    for identity in _keys(identities):
        if _at_limit(request, scope, identity):
            return max(_usage(request, scope, "identity", identity, increment=False)["time_left"], 1)
    return None


def count_failure(request, scope: str, identities: Iterable[str]) -> None:
    """Count one failed attempt against the client IP and every identity it named."""
    _usage(request, scope, "ip", client_ip(request), increment=True)
    count_identities(request, scope, identities)


def count_identities(request, scope: str, identities: Iterable[str]) -> None:
    for identity in _keys(identities):
        _usage(request, scope, "identity", identity, increment=True)


def limit_posts(scope: str, *, identities: Callable | None = None, count: str = SUCCESS):
    """Decorate a view: its POSTs are rate-limited under settings.PINTU_RATES[scope].

    `identities(request, *args, **kwargs)` returns the raw identity values of this POST (missing ones
    may be empty); `count` says which outcome counts against them (SUCCESS or FAILURE, see above).
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method != "POST":
                return view(request, *args, **kwargs)
            keys = _keys(identities(request, *args, **kwargs) if identities else ())
            retry_after = hit(request, scope, keys)
            if retry_after is not None:
                return too_many_requests(request, retry_after)
            response = view(request, *args, **kwargs)
            succeeded = 300 <= response.status_code < 400
            if succeeded == (count == SUCCESS):
                count_identities(request, scope, keys)
            return response

        return wrapper

    return decorator


def post_fields(*names: str) -> Callable:
    """An `identities` function reading the named POST fields."""

    def read(request, *args, **kwargs) -> list[str]:
        return [request.POST.get(name, "") for name in names]

    return read


def url_argument(name: str) -> Callable:
    """An `identities` function reading a URL argument (e.g. the request number an objection names)."""

    def read(request, *args, **kwargs) -> list[str]:
        return [str(kwargs.get(name, ""))]

    return read
