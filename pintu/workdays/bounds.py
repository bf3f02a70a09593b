"""The dates a person may name: from 1970 to 2099.

Outside them there is nothing to count (the calendars hold 2000-2100), and date arithmetic overflows:
adding working days to 9999-12-28, or a 90-day span to year 9999, raised OverflowError, an HTTP 500
(tests/hostile). Forms, serializers and query-string readers check dates with `validate_date` (a Django
validator; DRF runs Django validators too) or `in_range` before any arithmetic.
"""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

EARLIEST, LATEST = datetime.date(1970, 1, 1), datetime.date(2099, 12, 31)


def in_range(value: datetime.date | datetime.datetime) -> bool:
    day = value.date() if isinstance(value, datetime.datetime) else value
    return EARLIEST <= day <= LATEST


def out_of_range_message() -> str:
    return _("Tanggal harus antara tahun 1970 dan 2099.")


def validate_date(value) -> None:
    """Django validator for DateField/DateTimeField values (forms and DRF serializers)."""
    if value is not None and not in_range(value):
        raise ValidationError(out_of_range_message(), code="date_out_of_range")
