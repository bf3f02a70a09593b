from django.db.models import QuerySet

from pintu.accounts.access import active_unless_admin
from pintu.categories.models import Category


def categories_visible_to(user) -> QuerySet[Category]:
    """Categories are public; inactive ones only for system admins."""
    return active_unless_admin(user, Category.objects.select_related("default_agency"))


def by_localized_name(categories) -> list[Category]:
    """The categories sorted by the name the page shows (`Category.localized_name`): an English page lists
    them by their English names. A short list (tens), sorted in Python."""
    return sorted(categories, key=lambda category: category.localized_name.casefold())
