"""Rate limits on public POSTs and secret checks: per client first, per address as a wider net, and per
identity (e-mail, phone, username, or a tracking code together with the client).

Shared addresses (issue #16 item 6): government offices and mobile networks put many people behind one
address, so the address is never the first key. The order is: the account, the tracking code (with the
client), the client (a signed cookie, else a fingerprint of address, User-Agent and Accept-Language),
and only then the address, with limits ten times or more the client's.

Counters are fixed windows in CACHES["default"] (pintu.security.counters, shared by every process).
Rates come from settings.PINTU_RATES[scope] = {"client": "20/h", "ip": "200/h", "identity": "5/h"}.

- The client counter (pintu.security.clientid: the account, else a signed client cookie, else a
  fingerprint) is each caller's own: what one person does never uses up another's allowance.
- The address counter is higher, for offices and mobile networks where many people share one address;
  it counts every client there. For a client with an account or a cookie it refuses only a caller who
  has itself used the scope in the window: someone else's flood from the same address never refuses a
  person's first request. For a fingerprint (a "weak" client: changing the User-Agent makes a new one)
  it is a hard limit, so forging fingerprints buys nothing beyond the address's allowance.
- Without a "client" rate (tests may leave it out) a client with a cookie or an account is counted but
  not limited, and a fingerprint is limited at the address rate.
- The identity counter counts only the outcome that matters: for a submission, a success (a redirect),
  so a citizen correcting a form five times is not punished; for a login or second factor, a failure.
- Checking a tracking secret (`failure_wait` / `count_failure`, used by pintu.cases.tracking) counts
  failures per code AND client: guessing one case's secret is slow for every client, while the owner,
  a different client, is never locked out by someone else's wrong guesses. For a fingerprint the pair
  is code AND address (a new User-Agent must not buy new guesses on the same code).
- Identities are normalised (case, spaces, phone punctuation) and hashed into the cache key, so no
  personal data is stored in the cache.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings

from pintu.security import counters
from pintu.security.clientid import client_key, is_weak
from pintu.security.clientip import client_ip
from pintu.security.responses import too_many_requests

SUCCESS, FAILURE = "success", "failure"


def normalise(value: str) -> str:
    """One key however it is typed: case, spaces and punctuation (LPR-2026-... = lpr2026..., +62 812-... = 62812...)."""
    return re.sub(r"[^0-9a-z@.]", "", (value or "").lower())


def _rates(scope: str) -> dict[str, str]:
    return settings.PINTU_RATES[scope]


def _client_rate(scope: str) -> str:
    rates = _rates(scope)
    return rates.get("client") or rates["ip"]


def _client_limited(scope: str, client: str) -> bool:
    """Is the client counter a limit (or only counted, for the address rule)?"""
    return "client" in _rates(scope) or is_weak(client)


def _wait(usage: counters.Usage) -> int:
    return max(int(usage.time_left), 1)


def _keys(identities: Iterable[str]) -> list[str]:
    return sorted({key for key in (normalise(value) for value in identities if value) if key})


# --- counting every POST: submissions, sign-in -----------------------------------------------------


def hit(request, scope: str, identities: Iterable[str] = (), *, issue: bool = True) -> int | None:
    """Count this request against the client and address limits and check the identity limits.

    Returns None when allowed, else the seconds until the window ends (for Retry-After). `issue=False`
    never gives the caller a client cookie (API calls: see pintu.security.throttles).
    """
    if not counters.enabled():
        return None
    client = client_key(request, issue=issue)
    own = counters.increment(f"{scope}.client", client, _client_rate(scope))
    if _client_limited(scope, client) and own.exceeded:
        return _wait(own)
    address = counters.increment(f"{scope}.ip", client_ip(request), _rates(scope)["ip"])
    if address.exceeded and (is_weak(client) or own.count > 1):  # a cookie or account: only if it used it too
        return _wait(address)
    rate = _rates(scope)["identity"]
    for usage in counters.read(*[(f"{scope}.identity", key, rate) for key in _keys(identities)]):
        if usage.reached:
            return _wait(usage)
    return None


def count_identities(request, scope: str, identities: Iterable[str]) -> None:
    for identity in _keys(identities):
        counters.increment(f"{scope}.identity", identity, _rates(scope)["identity"])


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


def _pair(subject: str, client: str, request) -> str:
    """The key of failures on one code by one client: a fingerprint counts by its address instead."""
    who = f"ip:{client_ip(request)}" if is_weak(client) else client
    return f"{normalise(subject)}|{who}"


def failure_wait(request, scope: str, subject: str) -> int | None:
    """Seconds this client must wait before its next secret check on `subject`, or None. Counts nothing.

    Refused: a client with too many failures on this subject (code AND client), or in all (client), or
    one that failed too at an address over its limit. A client that has not failed is never refused, so
    a lock-out caused by someone else never stops the owner's correct secret.
    """
    if not counters.enabled():
        return None
    client = client_key(request)
    rates = _rates(scope)
    pair, own, address = counters.read(
        (f"{scope}.identity", _pair(subject, client, request), rates["identity"]),
        (f"{scope}.client", client, _client_rate(scope)),
        (f"{scope}.ip", client_ip(request), rates["ip"]),
    )
    if pair.reached:
        return _wait(pair)
    if _client_limited(scope, client) and own.reached:
        return _wait(own)
    if address.reached and (is_weak(client) or own.count > 0):
        return _wait(address)
    return None


def count_failure(request, scope: str, subject: str) -> None:
    """One wrong secret for `subject`: counted per code and client, per client, and per address."""
    client = client_key(request)
    counters.increment(f"{scope}.identity", _pair(subject, client, request), _rates(scope)["identity"])
    counters.increment(f"{scope}.client", client, _client_rate(scope))
    counters.increment(f"{scope}.ip", client_ip(request), _rates(scope)["ip"])
