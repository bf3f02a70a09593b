"""Cursor pagination on every list: stable under inserts, no COUNT(*) over a million reports.

A cursor that cannot be read, or whose position does not fit the ordering's first field (a string for an
id, a number beyond the column, a datetime that overflows in UTC), is a 400 naming `cursor`: a forged
cursor used to reach the query and fail there with an HTTP 500 (or DRF's English 404).
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import CursorPagination

from pintu.security.sqlvalues import fits, key_field


def _invalid():
    return ValidationError({"cursor": [_("Kursor halaman tidak sah. Mulai lagi dari halaman pertama (tanpa cursor).")]})


class DefaultCursorPagination(CursorPagination):
    page_size = 25
    max_page_size = 100
    page_size_query_param = "page_size"
    ordering = ("-pk",)

    def paginate_queryset(self, queryset, request, view=None):
        self._queryset = queryset  # decode_cursor checks the position against its ordering field
        return super().paginate_queryset(queryset, request, view)

    def decode_cursor(self, request):
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            raise _invalid() from None
        if cursor is None or cursor.position is None:
            return cursor
        field = key_field(self._queryset, self.ordering[0].lstrip("-"))
        try:
            value = field.to_python(cursor.position) if field is not None else cursor.position
        except (DjangoValidationError, ValueError, TypeError, OverflowError):
            raise _invalid() from None
        if not fits(field, value):
            raise _invalid()
        return cursor


class DueFirstPagination(DefaultCursorPagination):
    """The staff inbox: soonest due first, then oldest id (a report without a due date comes last)."""

    ordering = ("due_order", "pk")
