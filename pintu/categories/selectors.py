from django.db.models import QuerySet

from pintu.accounts.access import active_unless_admin
from pintu.categories.models import Category


def categories_visible_to(user) -> QuerySet[Category]:
    """Categories are public; inactive ones only for system admins."""
    return active_unless_admin(user, Category.objects.select_related("default_agency"))
