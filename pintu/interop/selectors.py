"""What a user may see of the interop records: the admin instansi sees all of it, nobody else anything.

Deliveries carry report content (forwarding payloads may hold a reporter's contact), so the pages
that list them start here.
"""

from django.db.models import QuerySet

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.interop.models import Delivery, DeliveryStatus, ForwardingEndpoint, WebhookSubscription

INTEROP_ROLES = (Role.ADMIN_INSTANSI,)
LOG_SIZE = 50  #: rows of a delivery log shown at once (the staff pages and the API)


def may_operate(user) -> bool:
    """Watch deliveries and resend them: the admin instansi."""
    return scope_of(user).has(*INTEROP_ROLES)


def deliveries_visible_to(user) -> QuerySet[Delivery]:
    qs = Delivery.objects.select_related("endpoint__agency", "subscription", "report")
    return qs if may_operate(user) else qs.none()


def dead_letters(user) -> QuerySet[Delivery]:
    return deliveries_visible_to(user).filter(status=DeliveryStatus.DEAD).order_by("-next_attempt_at", "-pk")


def subscriptions_visible_to(user) -> QuerySet[WebhookSubscription]:
    qs = WebhookSubscription.objects.all()
    return qs if may_operate(user) else qs.none()


def endpoints_visible_to(user) -> QuerySet[ForwardingEndpoint]:
    qs = ForwardingEndpoint.objects.select_related("agency")
    return qs if may_operate(user) else qs.none()
