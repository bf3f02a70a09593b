"""Fixed-window counters in CACHES["default"], shared by every process: what the rate limits count with.

Why not django-ratelimit's get_usage: it adds the key before every increment, which on Django's
DatabaseCache (the embedded default) costs about a dozen queries per counter; with a counter per client,
per address and per identity that made an API submission 36 queries dearer. Here an increment is one
`incr` (an `add` only for the first hit of a window) and reading several counters is one `get_many`.
With Redis or Memcached (PINTU_CACHE_URL) `incr` is atomic; on the database cache a few requests past
a limit can slip through under heavy concurrency, acceptable for abuse damping (docs/security.md).

The value counted (an address, a client id, an e-mail, a tracking code) is hashed into the key: no
personal data in the cache. `PINTU_RATELIMIT=0` (settings.RATELIMIT_ENABLE) turns every counter off.
"""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")
_EXPIRY_SLACK = 60  # seconds a key outlives its window (clock differences between processes)


@dataclass(frozen=True)
class Usage:
    count: int
    limit: int
    time_left: int  # seconds until the window ends (Retry-After)

    @property
    def reached(self) -> bool:
        """No further attempt allowed (for a check before counting)."""
        return self.count >= self.limit

    @property
    def exceeded(self) -> bool:
        """This attempt was one too many (for a check after counting it)."""
        return self.count > self.limit


def parse_rate(rate: str) -> tuple[int, int]:
    """ "20/10m" -> (20, 600): a count per period (s, m, h or d, with an optional multiplier)."""
    match = _RATE.match(rate or "")
    if not match:
        raise ValueError(f"bad rate {rate!r}: use count/period, e.g. 20/h or 20/10m")
    return int(match.group(1)), int(match.group(2) or 1) * _UNITS[match.group(3)]


def enabled() -> bool:
    return getattr(settings, "RATELIMIT_ENABLE", True)


def _key(group: str, value: str, rate: str, now: float) -> tuple[str, int, int, int]:
    limit, period = parse_rate(rate)
    start = int(now) - int(now) % period
    digest = hashlib.sha256(f"{group}\x00{value}".encode()).hexdigest()[:32]
    return f"pintu:rl:{group}:{digest}:{period}:{start}", limit, period, start + period - int(now)


def increment(group: str, value: str, rate: str) -> Usage | None:
    """Count one more for `value` in `group` this window; None when rate limiting is off."""
    if not enabled():
        return None
    key, limit, period, left = _key(group, value, rate, time.time())
    cache = caches["default"]
    try:
        count = cache.incr(key)
    except ValueError:  # the first of this window (or the key expired in between)
        count = 1 if cache.add(key, 1, period + _EXPIRY_SLACK) else cache.incr(key)
    return Usage(int(count), limit, max(left, 1))


def read(*counters: tuple[str, str, str]) -> list[Usage | None]:
    """The current usage of each (group, value, rate), in one cache read; Nones when limiting is off."""
    if not enabled():
        return [None] * len(counters)
    now = time.time()
    keys = [_key(group, value, rate, now) for group, value, rate in counters]
    found = caches["default"].get_many([key for key, *_rest in keys])
    return [Usage(int(found.get(key, 0)), limit, max(left, 1)) for key, limit, _period, left in keys]
