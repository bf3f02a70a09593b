"""Values from outside (page cursors) checked before they reach SQL.

A forged cursor carried a string for an id, an integer beyond the column, a datetime that overflows when
turned into UTC, or a NUL: each reached the query and failed there, an HTTP 500. `fits` says whether a
value may be compared with a field without an error; the web's keyset pages (pintu.web.keyset) and the
API's cursor pagination (pintu.apikit.pagination) both refuse a cursor whose values do not fit (a 400).
"""

import datetime
from decimal import Decimal

from django.db import connection
from django.db.models import CharField, DateField, DateTimeField, DecimalField, IntegerField, TextField
from django.db.models.fields import AutoFieldMixin

MAX_TEXT_VALUE = 1000


def key_field(queryset, name: str):
    """The model field or annotation output field of sort key `name` (None when it cannot be told)."""
    if name in queryset.query.annotations:
        return queryset.query.annotations[name].output_field
    try:
        return queryset.model._meta.pk if name == "pk" else queryset.model._meta.get_field(name)
    except Exception:  # FieldDoesNotExist and relation paths: not a plain key
        return None


def fits(field, value) -> bool:
    """May `value` be compared with `field` in SQL without an error (type, range, NUL, UTC conversion)?"""
    if field is None:
        return True
    if isinstance(field, IntegerField | AutoFieldMixin):
        if not isinstance(value, int) or isinstance(value, bool):
            return False
        low, high = connection.ops.integer_field_range(field.get_internal_type())
        return (low is None or value >= low) and (high is None or value <= high)
    if isinstance(field, DateTimeField):
        if not isinstance(value, datetime.datetime) or value.tzinfo is None:
            return False
        try:
            value.astimezone(datetime.UTC)
        except (OverflowError, ValueError):
            return False
        return True
    if isinstance(field, DateField):
        return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    if isinstance(field, DecimalField):
        return isinstance(value, Decimal) and value.is_finite()
    if isinstance(field, CharField | TextField):
        return isinstance(value, str) and "\x00" not in value and len(value) <= MAX_TEXT_VALUE
    return True
