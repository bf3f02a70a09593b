"""Rate limits on public POSTs and secret checks: per client first, per address as a wider net, and per
identity (e-mail, phone, username, or a tracking code together with the client).

Counters are django-ratelimit's fixed windows in CACHES["default"] (shared by every process).
Rates come from settings.PINTU_RATES[scope] = {"client": "20/h", "ip": "200/h", "identity": "5/h"}.

- The client counter (pintu.security.clientid: the account, else a signed client cookie, else the
  address) is each caller's own: what one person does never uses up another's allowance.
- The address counter is higher, for offices and mobile networks where many people share one address,
  and it refuses only a caller who has itself used this scope in the window: someone else's flood from
  the same address never refuses a person's first request. Without a "client" rate (tests may leave it
  out) the client is still counted, only not limited.
- The identity counter counts only the outcome that matters: for a submission, a success (a redirect),
  so a citizen correcting a form five times is not punished; for a login or second factor, a failure.
- Checking a tracking secret (`failure_wait` / `count_failure`, used by pintu.cases.tracking) counts
  failures per code AND client: guessing one case's secret is slow for every client, while the owner,
  a different client, is never locked out by someone else's wrong guesses.
- Identities are normalised (case, spaces, phone punctuation) and hashed by django-ratelimit into the
  cache key, so no personal data is stored in the cache.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django_ratelimit.core import get_usage

from pintu.security.clientid import client_key
from pintu.security.clientip import client_ip
from pintu.security.views import too_many_requests

SUCCESS, FAILURE = "success", "failure"


def normalise(value: str) -> str:
    """One key however it is typed: case, spaces and punctuation (LPR-2026-... = lpr2026..., +62 812-... = 62812...)."""
    return re.sub(r"[^0-9a-z@.]", "", (value or "").lower())


def _rates(scope: str) -> dict[str, str]:
    return settings.PINTU_RATES[scope]


def _client_rate(scope: str) -> str:
    rates = _rates(scope)
    return rates.get("client") or rates["ip"]


def _usage(request, scope: str, kind: str, value: str, rate: str, *, increment: bool):
    return get_usage(request, group=f"pintu.{scope}.{kind}", key=lambda group, req: value, rate=rate,
                     increment=increment)  # fmt: skip


def _over(usage) -> bool:
    return usage is not None and usage["count"] >= usage["limit"]


def _wait(usage) -> int:
    return max(int(usage["time_left"]), 1)


def _keys(identities: Iterable[str]) -> list[str]:
    return sorted({key for key in (normalise(value) for value in identities if value) if key})


# --- counting every POST: submissions, sign-in -----------------------------------------------------


def hit(request, scope: str, identities: Iterable[str] = (), *, issue: bool = True) -> int | None:
    """Count this request against the client and address limits and check the identity limits.

    Returns None when allowed, else the seconds until the window ends (for Retry-After). `issue=False`
    never gives the caller a client cookie (API calls: see pintu.security.throttles).
    """
    client = _usage(request, scope, "client", client_key(request, issue=issue), _client_rate(scope), increment=True)
    if client is not None and "client" in _rates(scope) and client["should_limit"]:
        return _wait(client)
    address = _usage(request, scope, "ip", client_ip(request), _rates(scope)["ip"], increment=True)
    if address is not None and address["should_limit"] and client is not None and client["count"] > 1:
        return _wait(address)  # this caller too has used the scope in the window, not only its neighbours
    for identity in _keys(identities):
        usage = _usage(request, scope, "identity", identity, _rates(scope)["identity"], increment=False)
        if _over(usage):
            return _wait(usage)
    return None


def count_identities(request, scope: str, identities: Iterable[str]) -> None:
    for identity in _keys(identities):
        _usage(request, scope, "identity", identity, _rates(scope)["identity"], increment=True)


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


# --- counting failures of a secret check: tracking codes -------------------------------------------


def _pair(subject: str, client: str) -> str:
    return f"{normalise(subject)}|{client}"


def failure_wait(request, scope: str, subject: str) -> int | None:
    """Seconds this client must wait before its next secret check on `subject`, or None. Counts nothing.

    Refused: a client with too many failures on this subject (code AND client), or in all (client), or
    one that failed too at an address over its limit. A client that has not failed is never refused, so
    a lock-out caused by someone else never stops the owner's correct secret.
    """
    client = client_key(request)
    pair = _usage(request, scope, "identity", _pair(subject, client), _rates(scope)["identity"], increment=False)
    if _over(pair):
        return _wait(pair)
    own = _usage(request, scope, "client", client, _client_rate(scope), increment=False)
    if "client" in _rates(scope) and _over(own):
        return _wait(own)
    if own is not None and own["count"] > 0:
        address = _usage(request, scope, "ip", client_ip(request), _rates(scope)["ip"], increment=False)
        if _over(address):
            return _wait(address)
    return None


def count_failure(request, scope: str, subject: str) -> None:
    """One wrong secret for `subject`: counted per code and client, per client, and per address."""
    client = client_key(request)
    _usage(request, scope, "identity", _pair(subject, client), _rates(scope)["identity"], increment=True)
    _usage(request, scope, "client", client, _client_rate(scope), increment=True)
    _usage(request, scope, "ip", client_ip(request), _rates(scope)["ip"], increment=True)
