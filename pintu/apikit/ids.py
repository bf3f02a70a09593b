"""Ids from URLs: a number no row can have (beyond a 64-bit integer) is a 404, not a database error."""

from django.http import Http404

MAX_ID = 2**63 - 1


def checked_id(value: int) -> int:
    if not 0 < int(value) <= MAX_ID:
        raise Http404
    return int(value)
