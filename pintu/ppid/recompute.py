"""Keep the stored next refresh dates of berkala items true when the calendar or the period changes."""

from pintu.ppid import domain
from pintu.ppid.models import DipCategory, DipItem, DipStatus, PpidSettings


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
