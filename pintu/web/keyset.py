"""Keyset ("seek") pagination for long server-rendered lists.

Why: `?page=N` makes the database read and throw away (N-1) x page_size rows, so page 10,000 of a
million reports costs seconds. A keyset page instead remembers the sort key of its last row and asks
for rows *after* it, which an index matching the ordering answers in the same time at any depth.

How it is used: a view passes a queryset, its ordering as `Key`s (the last one unique, e.g. the
primary key, so ties never hide or repeat a row) and the request's `sesudah` / `sebelum` cursor; it
gets a `KeysetPage` with the rows and the cursors of the next and previous pages. Links carry an
opaque cursor (URL-safe base64 of JSON), not a page number. A cursor that cannot be read, or whose
values do not fit the keys (a string for an id, an integer beyond the column, a datetime that overflows
when turned into UTC: each was an HTTP 500), raises InvalidCursor, which the views answer with 400 and a
link to the first page (`invalid_cursor_response`). The API's cursor pagination checks its position with
the same `fits` (pintu.security.sqlvalues).

The condition for "after (v1, v2, ... vn)" is written as
    k1 >= v1 AND (k1 > v1 OR (k1 = v1 AND (k2 > v2 OR ...)))
(with < for descending keys): the leading `k1 >= v1` is what lets PostgreSQL start the index scan at
the cursor instead of filtering from the top. Values never reach SQL text: they are query parameters.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q
from django.shortcuts import render
from django.utils.translation import gettext as _

from pintu.security.sqlvalues import fits, key_field

AFTER, BEFORE = "sesudah", "sebelum"  # query-string names of the cursors
MAX_CURSOR_CHARS = 512


@dataclass(frozen=True)
class Key:
    """One sort key: a field or annotation name, descending or not."""

    name: str
    descending: bool = False

    def order(self, reverse: bool = False) -> str:
        return f"-{self.name}" if self.descending != reverse else self.name


# --- the cursor: a list of key values, typed, as URL-safe base64 of JSON ----------------------------


def _tag(value) -> list:
    if value is None:
        raise ValueError("keyset keys must not be NULL: coalesce them to a sentinel")
    if isinstance(value, bool) or isinstance(value, int):
        return ["i", int(value)]
    if isinstance(value, datetime.datetime):
        return ["t", value.isoformat()]
    if isinstance(value, datetime.date):
        return ["d", value.isoformat()]
    if isinstance(value, Decimal):
        return ["n", str(value)]
    if isinstance(value, str):
        return ["s", value]
    raise TypeError(f"cannot put {type(value).__name__} in a keyset cursor")


def _untag(item):
    kind, raw = item
    if kind == "i" and isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if not isinstance(raw, str):
        raise ValueError("bad cursor value")
    if kind == "t":
        return datetime.datetime.fromisoformat(raw)
    if kind == "d":
        return datetime.date.fromisoformat(raw)
    if kind == "n":
        return Decimal(raw)
    if kind == "s":
        return raw
    raise ValueError("bad cursor value kind")


def encode_cursor(values: tuple | list) -> str:
    payload = json.dumps([_tag(v) for v in values], separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None, n_keys: int) -> tuple | None:
    """The key values in `cursor`, or None when it is missing, damaged or of another ordering."""
    if not cursor or len(cursor) > MAX_CURSOR_CHARS:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        items = json.loads(raw)
        if not isinstance(items, list) or len(items) != n_keys:
            return None
        return tuple(_untag(item) for item in items)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError, json.JSONDecodeError):
        return None


# --- checking a cursor's values against the keys ------------------------------------------------------


class InvalidCursor(ValueError):
    """A cursor in the query string that cannot be read or does not fit the list's keys."""


def _cursor_values(queryset, keys: list[Key], raw: str | None) -> tuple | None:
    """The values of cursor `raw`; None when there is none; InvalidCursor when it is forged or damaged."""
    if not raw:
        return None
    values = decode_cursor(raw, len(keys))
    if values is None or not all(fits(key_field(queryset, k.name), v) for k, v in zip(keys, values, strict=True)):
        raise InvalidCursor(raw[:40])
    return values


def filters_querystring(request, page_param: str = "halaman") -> str:
    """The list's query string without its page number and cursors: what the page links add their own to."""
    params = request.GET.copy()
    for name in (page_param, AFTER, BEFORE):
        params.pop(name, None)
    return params.urlencode()


def invalid_cursor_response(request):
    """400 for a page link whose cursor is forged or damaged, with the way to the list's first page."""
    params = request.GET.copy()
    for name in (AFTER, BEFORE):
        params.pop(name, None)
    first = request.path + (f"?{params.urlencode()}" if params else "")
    message = _("Tautan halaman ini rusak atau diubah, sehingga tidak dapat dibuka. Mulai lagi dari halaman pertama.")
    return render(request, "web/bad_cursor.html", {"message": message, "first": first}, status=400)


# --- the seek condition ------------------------------------------------------------------------------


def seek_condition(keys: list[Key], values: tuple, *, backwards: bool = False) -> Q:
    """Rows strictly after `values` in the order of `keys` (strictly before when `backwards`)."""

    def op(key: Key) -> str:
        return "lt" if key.descending != backwards else "gt"

    condition = Q(**{f"{keys[-1].name}__{op(keys[-1])}": values[-1]})
    for key, value in zip(reversed(keys[:-1]), reversed(values[:-1]), strict=True):
        condition = Q(**{f"{key.name}__{op(key)}": value}) | (Q(**{key.name: value}) & condition)
    first = keys[0]
    # The redundant leading bound is the index's start point (see the module docstring).
    return Q(**{f"{first.name}__{op(first)}e": values[0]}) & condition


# --- a page --------------------------------------------------------------------------------------------


@dataclass
class KeysetPage:
    rows: list
    next_cursor: str | None
    previous_cursor: str | None
    is_first: bool

    @property
    def object_list(self) -> list:  # the name Django's Page uses, so templates read alike
        return self.rows

    @property
    def has_other_pages(self) -> bool:
        return bool(self.next_cursor or self.previous_cursor)


def _values_of(row, keys: list[Key]) -> tuple:
    return tuple(getattr(row, key.name) for key in keys)


def paginate(queryset, keys: list[Key], params, size: int) -> KeysetPage:
    """One page of `queryset` ordered by `keys`, positioned by the cursor in `params` (a QueryDict).

    Fetches size + 1 rows to know whether another page follows; never counts the whole list. Raises
    InvalidCursor for a cursor that is forged or damaged (see the module docstring).
    """
    after = _cursor_values(queryset, keys, params.get(AFTER))
    before = None if after else _cursor_values(queryset, keys, params.get(BEFORE))
    if before is not None:
        qs = queryset.filter(seek_condition(keys, before, backwards=True)).order_by(*[k.order(True) for k in keys])
        rows = list(qs[: size + 1])
        more_before = len(rows) > size
        rows = list(reversed(rows[:size]))
        if not rows:  # nothing before: show the first page instead of an empty one
            return paginate(queryset, keys, {}, size)
        return KeysetPage(
            rows=rows,
            next_cursor=encode_cursor(_values_of(rows[-1], keys)),
            previous_cursor=encode_cursor(_values_of(rows[0], keys)) if more_before else None,
            is_first=not more_before,
        )
    qs = queryset.order_by(*[k.order() for k in keys])
    if after is not None:
        qs = qs.filter(seek_condition(keys, after))
    rows = list(qs[: size + 1])
    more_after = len(rows) > size
    rows = rows[:size]
    return KeysetPage(
        rows=rows,
        next_cursor=encode_cursor(_values_of(rows[-1], keys)) if more_after else None,
        previous_cursor=encode_cursor(_values_of(rows[0], keys)) if after is not None and rows else None,
        is_first=after is None,
    )


def capped_count(queryset, cap: int) -> tuple[int, bool]:
    """How many rows, reading at most cap + 1 of them: (n, True) means "more than n"."""
    n = queryset.order_by()[: cap + 1].count()
    return (cap, True) if n > cap else (n, False)
