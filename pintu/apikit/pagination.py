"""Cursor pagination on every list: stable under inserts, no COUNT(*) over a million reports."""

from rest_framework.pagination import CursorPagination


class DefaultCursorPagination(CursorPagination):
    page_size = 25
    max_page_size = 100
    page_size_query_param = "page_size"
    ordering = ("-pk",)


class DueFirstPagination(DefaultCursorPagination):
    """The staff inbox: soonest due first, then oldest id (a report without a due date comes last)."""

    ordering = ("due_order", "pk")
