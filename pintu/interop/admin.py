"""Configuration in the Django admin: gateways, forwarding endpoints, subscribers. Secrets are encrypted
at rest and never shown in lists. Deliveries are read-only here; resending is on the staff page."""

from django.contrib import admin

from pintu.adminkit import ReadOnlyAdmin
from pintu.interop.models import (
    Delivery,
    DeliveryAttempt,
    ExchangeCursor,
    ForwardingEndpoint,
    Gateway,
    InboundMessage,
    WebhookSubscription,
)


@admin.register(Gateway)
class GatewayAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "kind", "active")
    list_filter = ("kind", "active")


@admin.register(ForwardingEndpoint)
class ForwardingEndpointAdmin(admin.ModelAdmin):
    list_display = ("agency", "adapter", "slug", "include_contact", "active")
    list_filter = ("adapter", "active")
    autocomplete_fields = ()


@admin.register(WebhookSubscription)
class WebhookSubscriptionAdmin(admin.ModelAdmin):
    list_display = ("name", "url", "event_kinds", "active", "cursor")


class AttemptInline(admin.TabularInline):
    model = DeliveryAttempt
    extra = 0
    can_delete = False
    readonly_fields = ("at", "ok", "status_code", "duration_ms", "error", "by_resend")

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdmin):
    list_display = ("pk", "purpose", "adapter", "status", "attempts", "next_attempt_at", "last_status_code")
    list_filter = ("purpose", "status", "adapter")
    exclude = ("payload",)  # may hold a reporter's contact: shown to nobody in the admin
    inlines = [AttemptInline]


@admin.register(InboundMessage)
class InboundMessageAdmin(ReadOnlyAdmin):
    list_display = ("source", "external_id", "kind", "report", "received_at")
    list_filter = ("source", "kind")


@admin.register(ExchangeCursor)
class ExchangeCursorAdmin(admin.ModelAdmin):
    list_display = ("name", "value", "updated_at")
