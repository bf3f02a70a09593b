"""Keyset ("seek") pagination for long server-rendered lists.

Why: `?page=N` makes the database read and throw away (N-1) x page_size rows, so page 10,000 of a
million reports costs seconds. A keyset page instead remembers the sort key of its last row and asks
for rows *after* it, which an index matching the ordering answers in the same time at any depth.

How it is used: a view passes a queryset, its ordering as `Key`s (the last one unique, e.g. the
primary key, so ties never hide or repeat a row) and the request's `sesudah` / `sebelum` cursor; it
gets a `KeysetPage` with the rows and the cursors of the next and previous pages. Links carry an
opaque cursor (URL-safe base64 of JSON), not a page number; a damaged cursor means "first page".

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

    Fetches size + 1 rows to know whether another page follows; never counts the whole list.
    """
    after = decode_cursor(params.get(AFTER), len(keys))
    before = None if after else decode_cursor(params.get(BEFORE), len(keys))
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
