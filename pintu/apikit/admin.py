from django.contrib import admin
from django.utils import timezone

from pintu.apikit.models import ApiToken


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens are issued by `manage.py api_token`; here they are only listed and revoked (hashes, never keys)."""

    list_display = ("hint", "user", "label", "created_at", "last_used_at", "revoked_at")
    list_filter = ("revoked_at",)
    search_fields = ("user__username", "label", "hint")
    readonly_fields = ("user", "key_hash", "hint", "created_at", "last_used_at", "revoked_at")
    fields = ("user", "label", "hint", "key_hash", "created_at", "last_used_at", "revoked_at")
    actions = ["revoke"]

    def has_add_permission(self, request):
        return False

    @admin.action(description="Cabut token terpilih")
    def revoke(self, request, queryset):
        queryset.filter(revoked_at__isnull=True).update(revoked_at=timezone.now())
