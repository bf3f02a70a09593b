"""What each user may see of the calendar: it is public; inactive rows only for system admins."""

from django.db.models import QuerySet

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.workdays.models import CalendarYear, ClosedDay


def closed_days_visible_to(user) -> QuerySet[ClosedDay]:
    qs = ClosedDay.objects.order_by("date", "kind")
    if scope_of(user).has(Role.SYSTEM_ADMIN):
        return qs
    return qs.filter(active=True)


def years_visible_to(user) -> QuerySet[CalendarYear]:
    return CalendarYear.objects.order_by("year")
