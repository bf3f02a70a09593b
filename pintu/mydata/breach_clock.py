"""The 3 x 24 hour clock of a personal-data breach (UU 27/2022 Pasal 46 ayat (1)). Pure Python.

The controller notifies the data subjects and the authority in writing at the latest 3 x 24 hours
after the breach is discovered: due = discovered + 72 hours, by the clock (not working days). Each
notice is "open" until it is recorded, "overdue" while open after the due moment, and "late" when it
was recorded after it.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

NOTIFY_WITHIN = timedelta(hours=72)


@dataclass(frozen=True)
class NoticeClock:
    due: datetime
    notified_at: datetime | None
    overdue: bool  # not notified and the due moment has passed
    late: bool  # notified, but after the due moment
    remaining: timedelta | None  # time left while open (negative when overdue); None once notified

    @property
    def done(self) -> bool:
        return self.notified_at is not None


def notice_due(discovered_at: datetime) -> datetime:
    return discovered_at + NOTIFY_WITHIN


def notice_clock(discovered_at: datetime, notified_at: datetime | None, now: datetime) -> NoticeClock:
    due = notice_due(discovered_at)
    if notified_at is not None:
        return NoticeClock(due, notified_at, overdue=False, late=notified_at > due, remaining=None)
    return NoticeClock(due, None, overdue=now > due, late=False, remaining=due - now)
