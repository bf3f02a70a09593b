from django.contrib import admin

from pintu.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """Read-only: the audit log can be looked at, never added to, changed or pruned here."""

    list_display = ["seq", "at", "action", "actor_username", "actor_id", "target_type", "target_id", "ip"]
    list_filter = ["action"]
    search_fields = ["action", "target_type", "target_id", "actor_username"]
    date_hierarchy = "at"
    ordering = ["-seq"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
