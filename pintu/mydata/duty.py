"""Whether the law still needs a case when its data subject asks for erasure. Pure Python.

A case is needed while
* its statutory proceeding is open: an information request not yet closed, an objection awaiting the
  Atasan PPID or the requester, a dispute at the Komisi Informasi or in court (UU 14/2008: the PPID
  must answer and the register must show it); the duty is bounded by the archive period counted from
  the request for erasure, since nothing more is done with a restricted case;
* or it is within its archive retention period (JRA, UU 43/2009) and the schedule says the person's
  data is part of that archive: until the period counted from the case's end.

Needed means restricted (kept, hidden, unused) until that date; not needed means erased now.
A complaint can be handled without its reporter's identity (anonymous reports are accepted), so an
open complaint is not a statutory proceeding here; whether its identity is archived is the region's
schedule (RecordType.personal_data_archived).
"""

from dataclasses import dataclass
from datetime import date

OPEN_PROCEEDING, ARCHIVE = "open_proceeding", "archive"


def add_years(day: date, years: int) -> date:
    """`day` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class Decision:
    restrict: bool
    reason: str = ""  # OPEN_PROCEEDING or ARCHIVE when restricted
    until: date | None = None  # last day of the restriction


ERASE = Decision(False)


def decide(
    *, open_proceeding: bool, ended_on: date | None, today: date, retention_years: int, personal_data_archived: bool
) -> Decision:
    """Erase now, or restrict until when (the retention sweep completes the erasure the day after)."""
    if open_proceeding:
        return Decision(True, OPEN_PROCEEDING, add_years(today, retention_years))
    if not personal_data_archived:
        return ERASE
    until = add_years(ended_on or today, retention_years)
    if until < today:
        return ERASE  # the period is over: the retention sweep would have anonymised it already
    return Decision(True, ARCHIVE, until)
