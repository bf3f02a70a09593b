"""Nomor pendaftaran: PPID/YYYY/NNNNNN, sequential per year, safe under concurrency.

The year's RequestCounter row is taken by pintu.ppid.counters.take_next (locked, rolled back with
the request), so two requests received at once never share a number.
"""

import re

from pintu.ppid.counters import take_next
from pintu.ppid.requests.models import RequestCounter

PREFIX = "PPID"
NUMBER_RE = re.compile(r"^\s*PPID\s*[/\-\s]?\s*(\d{4})\s*[/\-\s]?\s*(\d{1,6})\s*$", re.IGNORECASE)


def format_number(year: int, sequence: int) -> str:
    return f"{PREFIX}/{year}/{sequence:06d}"


def next_number(year: int) -> str:
    return format_number(year, take_next(RequestCounter, year))


def parse_number(text: str) -> str | None:
    """A number typed in any case, with slashes, dashes or spaces (or the URL slug) -> canonical form."""
    match = NUMBER_RE.match(text or "")
    if not match:
        return None
    return format_number(int(match.group(1)), int(match.group(2)))
