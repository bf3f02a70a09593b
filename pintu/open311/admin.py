"""Open311 clients in the admin: see, deactivate. New keys come from `manage.py open311_client NAME`."""

from django.contrib import admin

from pintu.open311.models import Open311Client


@admin.register(Open311Client)
class Open311ClientAdmin(admin.ModelAdmin):
    list_display = ["name", "hint", "active", "created_at", "last_used_at"]
    list_filter = ["active"]
    readonly_fields = ["hint", "created_at", "last_used_at"]

    def has_add_permission(self, request):
        return False  # a key must be shown once to whoever creates it: use the management command
