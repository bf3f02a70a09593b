"""Learning from time: newer examples weigh more, so the router follows a duty that moved (plain Python).

An example's weight is halved for every ``half_life_days`` of age, counted back from the NEWEST dated
training example (not from today: a model trained on last year's history weighs it the same whenever it is
trained), and never falls below ``floor``, so old history never vanishes: a text only ever seen long ago
is still routed by it. The weight multiplies the correction weight. Examples without a date count as new
(weight 1); when no example has a date, or ``half_life_days`` is 0, there is no recency weighting at all
and the model is exactly the one trained without it. Figures and the choice of the defaults:
docs/routing.md, "Recency".
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

__all__ = ["DEFAULT_HALF_LIFE_DAYS", "RECENCY_FLOOR", "month_first", "parse_date", "recency_weights"]

DEFAULT_HALF_LIFE_DAYS = 365.0
RECENCY_FLOOR = 0.25

_TIME = r"(?:[ T]\d{1,2}[:.]\d{2}.*)?"  # a time after the date (and what follows it, "WIB") is ignored
_DAY_FIRST = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})" + _TIME)  # 01/03/2025, 01-03-2025, 01.03.2025
_YEAR_SLASH = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})" + _TIME)  # 2025/03/01
_NAMED = re.compile(r"(?:[a-z]+,? )?(\d{1,2}) ([a-z]+)\.? (\d{4})" + _TIME)  # (Sabtu,) 1 Maret 2025, 1 Mar 2025
MONTHS = {  # Indonesian and English names, by their first three letters
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7,
    "agu": 8, "agt": 8, "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "nop": 11, "des": 12, "dec": 12,
}  # fmt: skip


def month_first(values: Sequence[str]) -> bool:
    """Whether a file writes its numeric dates month first (03/25/2025): some date has a second number
    above 12 and none a first number above 12. Day first, as in Indonesia, unless the file shows otherwise."""
    pairs = [(int(m[1]), int(m[3])) for v in values if (m := _DAY_FIRST.fullmatch(" ".join(v.split())))]
    return any(b > 12 for _, b in pairs) and not any(a > 12 for a, _ in pairs)


def _day_month_year(value: str, month_first: bool) -> tuple[int, int, int] | None:
    if match := _DAY_FIRST.fullmatch(value):
        first, second = int(match[1]), int(match[3])
        return (second, first, int(match[4])) if month_first else (first, second, int(match[4]))
    if match := _YEAR_SLASH.fullmatch(value):
        return int(match[3]), int(match[2]), int(match[1])
    if (match := _NAMED.fullmatch(value.lower())) and match[2][:3] in MONTHS:
        return int(match[1]), MONTHS[match[2][:3]], int(match[3])
    return None


def parse_date(value: str, month_first: bool = False) -> datetime.date | None:
    """``""`` -> None; ISO ``2025-03-01`` or an ISO date-time (``2025-03-01 08:15:00+07:00``, ``...T...Z``);
    day first, as written in Indonesia, ``01/03/2025``, ``1-3-2025``, ``01.03.2025``; ``2025/03/01``; or a
    month by name, ``1 Maret 2025``, ``Sabtu, 01 Mar 2025`` (a time after any of them is ignored).
    Anything else, including ``03/25/2025`` (month first, unless ``month_first``) or ``31/02/2025``, raises
    ValueError."""
    value = " ".join((value or "").split())
    if not value:
        return None
    try:
        return datetime.datetime.fromisoformat(value).date()
    except ValueError:
        pass
    parts = _day_month_year(value, month_first)
    if parts:
        day, month, year = parts
        try:
            return datetime.date(year, month, day)
        except ValueError:  # 31/02/2025, or 03/25/2025 read day first: fall through to the message
            pass
    raise ValueError(f"date {value!r} not understood (use YYYY-MM-DD, an ISO date-time or DD/MM/YYYY)")


def recency_weights(
    dates: Sequence[datetime.date | None], half_life_days: float, floor: float = RECENCY_FLOOR
) -> list[float] | None:
    """One weight per example in (floor, 1], or None when nothing is to be weighted (no date, or off)."""
    known = [d for d in dates if d is not None]
    if not half_life_days or half_life_days <= 0 or not known:
        return None
    newest = max(known)
    return [1.0 if d is None else max(floor, 0.5 ** ((newest - d).days / half_life_days)) for d in dates]
