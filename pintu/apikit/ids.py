"""Ids from URLs: a number no row can have (beyond a 64-bit integer) is a 404, not a database error. A row
chosen in a body (a code or an id from a list) that is not among the choices is a 400 on its field."""

from django.http import Http404
from rest_framework import exceptions

MAX_ID = 2**63 - 1


def checked_id(value: int) -> int:
    if not 0 < int(value) <= MAX_ID:
        raise Http404
    return int(value)


def row_or_404(queryset, pk: int, message: str):
    """Row `pk` of `queryset` (what the caller may see); else a 404 whose detail is `message`."""
    row = queryset.filter(pk=checked_id(pk)).first()
    if row is None:
        raise exceptions.NotFound(message)
    return row


def chosen_row(queryset, message: str, *, field: str | None = None, **lookup):
    """The row of `queryset` (the choices offered) that `lookup` names; else a 400 whose sentence is `message`,
    on `field` when given (in a serializer's validate_<field> DRF puts it on the field itself)."""
    row = queryset.filter(**lookup).first()
    if row is None:
        raise exceptions.ValidationError({field: [message]} if field else message)
    return row
