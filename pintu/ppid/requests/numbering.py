"""Nomor pendaftaran: PPID/YYYY/NNNNNN, sequential per year, safe under concurrency.

The year's RequestCounter row is locked with SELECT ... FOR UPDATE (on SQLite the IMMEDIATE
transaction already serialises writers), so two requests received at once never share a number.
Call inside the transaction that creates the request: a rollback gives the number back.
"""

import re

from django.db import IntegrityError, transaction

from pintu.ppid.models_requests import RequestCounter

PREFIX = "PPID"
NUMBER_RE = re.compile(r"^\s*PPID\s*[/\-\s]?\s*(\d{4})\s*[/\-\s]?\s*(\d{1,6})\s*$", re.IGNORECASE)


def format_number(year: int, sequence: int) -> str:
    return f"{PREFIX}/{year}/{sequence:06d}"


def next_number(year: int) -> str:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("next_number() must run inside the transaction that stores the request")
    try:
        with transaction.atomic():
            RequestCounter.objects.get_or_create(year=year)
    except IntegrityError:  # a concurrent first request of the year created it
        pass
    counter = RequestCounter.objects.select_for_update().get(year=year)
    counter.last += 1
    counter.save(update_fields=["last"])
    return format_number(year, counter.last)


def parse_number(text: str) -> str | None:
    """A number typed in any case, with slashes, dashes or spaces (or the URL slug) -> canonical form."""
    match = NUMBER_RE.match(text or "")
    if not match:
        return None
    return format_number(int(match.group(1)), int(match.group(2)))
