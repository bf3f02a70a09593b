from django.db.models import QuerySet

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.categories.models import Category


def categories_visible_to(user) -> QuerySet[Category]:
    """Categories are public; inactive ones only for system admins."""
    qs = Category.objects.select_related("default_agency")
    if scope_of(user).has(Role.SYSTEM_ADMIN):
        return qs
    return qs.filter(active=True)
