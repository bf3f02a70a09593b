"""The register's one clock: when a published berkala item must be refreshed again (art. 9(1)).

`next_due_date` = the last refresh + `PpidSettings.berkala_period_months` (6 by default), moved back
to a working day (pintu.ppid.domain.berkala_due). Stored on the item; kept true here when the calendar
or the period changes (a recomputer of pintu.workdays.recompute, and the settings admin).
"""

import datetime

from pintu.ppid import domain
from pintu.ppid.config import PpidSettings
from pintu.ppid.registers.models import DipCategory, DipItem, DipStatus
from pintu.workdays.calendar import get_calendar


def berkala_due_date(last_published: datetime.date) -> datetime.date:
    period = PpidSettings.load().berkala_period_months
    return domain.berkala_due(last_published, period, get_calendar().is_working_day)


def recompute_berkala_due_dates(calendar) -> int:
    period = PpidSettings.load().berkala_period_months
    changed = 0
    items = DipItem.objects.filter(status=DipStatus.PUBLISHED, category=DipCategory.BERKALA,
                                   last_published_date__isnull=False)  # fmt: skip
    for item in items.only("pk", "last_published_date", "next_due_date"):
        due = domain.berkala_due(item.last_published_date, period, calendar.is_working_day)
        if due != item.next_due_date:
            DipItem.objects.filter(pk=item.pk).update(next_due_date=due)
            changed += 1
    return changed
