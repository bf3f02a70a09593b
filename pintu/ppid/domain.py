"""PPID rules in plain Python (no Django) that every slice shares: statutory periods and dates.

The numbers of UU 14/2008 (KIP) are law, the same for every badan publik, so they live here as
constants; what a Pemkab may choose (berkala period, reminder window, the "PPID Pembantu" label)
lives in `models.PpidSettings`. Each slice's lifecycle is its own `workflow.py`.
"""

import calendar as _calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

# --- statutory periods (hari kerja), DOMAIN.md section 5 -------------------------------------------

REQUEST_NOTICE_DAYS = 10  # written notice on a request (art. 22(7))
REQUEST_EXTENSION_DAYS = 7  # one extension, with written reason (art. 22(8))
OBJECTION_FILING_DAYS = 30  # filing an objection after the ground arises (art. 36(1))
OBJECTION_ANSWER_DAYS = 30  # the Atasan PPID answers (art. 36(2))
DISPUTE_FILING_DAYS = 14  # to the Komisi Informasi after the objection answer (art. 37(2))
DISPUTE_START_DAYS = 14  # the KI starts settling the dispute (art. 38(1))
DISPUTE_FINISH_DAYS = 100  # the KI finishes mediation/adjudication (art. 38(2))
COURT_APPEAL_DAYS = 14  # refusing an adjudication decision, to go to court (art. 48(1))

#: "Berkala" information is published at least this often (art. 9(1)); the Pemkab may choose shorter.
DEFAULT_BERKALA_MONTHS = 6
DEFAULT_REMIND_DAYS = 14


# --- dates ---------------------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """`day` plus `months` calendar months, clamped to the month's last day (31 Aug + 6 = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def berkala_due(last_published: date, months: int, is_working_day: Callable[[date], bool]) -> date:
    """When a berkala item must be refreshed again: `months` after `last_published`.

    A due date on a closed day moves back to the working day before it, so the item is still
    refreshed within the period ("at least every six months") and officers get a working day to act.
    """
    due = add_months(last_published, months)
    for _step in range(31):  # never loops forever on a calendar without working days
        if is_working_day(due):
            return due
        due -= timedelta(days=1)
    return add_months(last_published, months)


@dataclass(frozen=True)
class DueState:
    overdue: bool
    soon: bool
    days_left: int


def due_state(due: date | None, today: date, remind_days: int) -> DueState | None:
    """Whether a due date has passed or falls within the reminder window (calendar days)."""
    if due is None:
        return None
    left = (due - today).days
    return DueState(overdue=left < 0, soon=0 <= left <= remind_days, days_left=left)


def exemption_expired(exempt_until: date, today: date) -> bool:
    """An exemption holds through its end date and has expired from the day after."""
    return exempt_until < today
