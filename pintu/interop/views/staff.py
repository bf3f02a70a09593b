"""Staff pages of the admin instansi: dead letters (with resend), the delivery log, subscribers and
forwarding endpoints. Configuration itself (endpoints, gateways, subscriptions, secrets) is in the
Django admin; these pages are for watching and resending."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.interop.models import DeliveryStatus
from pintu.interop.selectors import (
    INTEROP_ROLES,
    LOG_SIZE,
    dead_letters,
    deliveries_visible_to,
    endpoints_visible_to,
    subscriptions_visible_to,
)
from pintu.interop.services import resend as resend_delivery
from pintu.web.viewkit import STAFF_CSS, forbidden, roles_required


def _render(request, template: str, context: dict):
    response = render(request, template, {**context, "staff_css": STAFF_CSS})
    patch_cache_control(response, private=True, no_store=True)
    return response


@roles_required(INTEROP_ROLES, forbidden)
def overview(request):
    user = request.user
    status = request.GET.get("status", "")
    log = deliveries_visible_to(user)
    if status in DeliveryStatus.values:
        log = log.filter(status=status)
    return _render(
        request,
        "interop/overview.html",
        {
            "dead": dead_letters(user)[:100],
            "log": log[:LOG_SIZE],
            "status": status,
            "statuses": DeliveryStatus.choices,
            "subscriptions": subscriptions_visible_to(user),
            "endpoints": endpoints_visible_to(user),
        },
    )


@roles_required(INTEROP_ROLES, forbidden)
def delivery_detail(request, pk: int):
    delivery = get_object_or_404(deliveries_visible_to(request.user), pk=pk)
    return _render(request, "interop/delivery.html", {"delivery": delivery, "attempts": delivery.log.all()[:100]})


@require_POST
@roles_required(INTEROP_ROLES, forbidden)
def resend(request, pk: int):
    delivery = get_object_or_404(deliveries_visible_to(request.user), pk=pk)
    try:
        delivery = resend_delivery(delivery, user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        if delivery.status == DeliveryStatus.SENT:
            messages.success(request, _("Pengiriman #%(pk)s berhasil dikirim ulang.") % {"pk": delivery.pk})
        else:
            messages.warning(
                request, _("Pengiriman #%(pk)s masih gagal dan akan dicoba lagi otomatis.") % {"pk": delivery.pk}
            )
    return redirect("interop:staff_overview")


@roles_required(INTEROP_ROLES, forbidden)
def subscription_detail(request, pk: int):
    subscription = get_object_or_404(subscriptions_visible_to(request.user), pk=pk)
    deliveries = deliveries_visible_to(request.user).filter(subscription=subscription)[:LOG_SIZE]
    return _render(request, "interop/subscription.html", {"subscription": subscription, "deliveries": deliveries})
