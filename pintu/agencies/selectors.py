"""What each user may see of agencies and areas. Every list, detail, export and API starts here.

Agencies and areas are public information (the directory of who handles what); inactive rows are
seen only by system administrators.
"""

from django.db.models import QuerySet

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency, Area


def agencies_visible_to(user) -> QuerySet[Agency]:
    qs = Agency.objects.select_related("parent", "area")
    if scope_of(user).has(Role.SYSTEM_ADMIN):
        return qs
    return qs.filter(active=True)


def areas_visible_to(user) -> QuerySet[Area]:
    qs = Area.objects.select_related("parent")
    if scope_of(user).has(Role.SYSTEM_ADMIN):
        return qs
    return qs.filter(active=True)
