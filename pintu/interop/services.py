"""The admin instansi's use cases on outbound deliveries; the staff pages and the API call the same ones."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.audit.services import audit
from pintu.complaints.services.base import note
from pintu.interop.models.outbound import Delivery, DeliveryStatus
from pintu.interop.outbound.deliveries import attempt
from pintu.interop.selectors import may_operate


def resend(delivery: Delivery, *, user) -> Delivery:
    """Send a failed or dead delivery again: a fresh series of attempts, the first one at once.

    A history event on the report (if the delivery carries one) and an audit entry, in one transaction;
    the first attempt runs after it, as every attempt does, outside any row lock.
    """
    if not may_operate(user):
        raise PermissionDenied(_("Hanya admin instansi yang dapat mengirim ulang."))
    with transaction.atomic():
        delivery = Delivery.objects.select_for_update().get(pk=delivery.pk)
        if delivery.status not in (DeliveryStatus.DEAD, DeliveryStatus.FAILED):
            raise ValidationError(_("Hanya pengiriman yang gagal yang dapat dikirim ulang."))
        delivery.status, delivery.attempts, delivery.next_attempt_at = DeliveryStatus.PENDING, 0, timezone.now()
        delivery.save(update_fields=["status", "attempts", "next_attempt_at"])
        if delivery.report_id:
            note(delivery.report, "interop_resent", user=user, actor="admin", payload={"delivery": delivery.pk})
        audit("interop.resend", actor=user, target=delivery, details={"purpose": delivery.purpose})
    attempt(delivery.pk, by_resend=True)
    delivery.refresh_from_db()
    return delivery
