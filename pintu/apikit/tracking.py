"""The API face of the tracking proof every case type shares (pintu.cases.tracking): the case a caller owns,
proved by their account or by the secret in the `X-Tracking-Secret` header."""

from collections.abc import Callable

from rest_framework import exceptions

from pintu.cases.tracking import TrackingLocked


def proved_case(request, key: str, *, own: Callable, prove: Callable, not_found: str):
    """The case behind `key` if the caller proved to own it: `own(user)` for a signed-in caller (None: not
    theirs), else `prove(request, key, secret)` with the header's secret. A client that guessed too often gets
    a 429 saying how long to wait; a wrong pair one 404 saying `not_found`, never which part was wrong."""
    user = request.user
    if user.is_authenticated:
        case = own(user)
        if case is not None:
            return case
    try:
        case = prove(request, key, request.headers.get("X-Tracking-Secret", ""))
    except TrackingLocked as locked:
        raise exceptions.Throttled(locked.retry_after) from None
    if case is None:
        raise exceptions.NotFound(not_found)
    return case
