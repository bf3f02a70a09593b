"""What each user may see of the calendar: it is public; inactive rows only for system admins."""

from django.db.models import QuerySet

from pintu.accounts.access import active_unless_admin
from pintu.workdays.models import CalendarYear, ClosedDay


def closed_days_visible_to(user) -> QuerySet[ClosedDay]:
    return active_unless_admin(user, ClosedDay.objects.order_by("date", "kind"))


def years_visible_to(user) -> QuerySet[CalendarYear]:
    return CalendarYear.objects.order_by("year")
