from django.contrib import admin

from pintu.adminkit import RecordAdmin
from pintu.audit.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(RecordAdmin):
    """Read-only: the audit log can be looked at, never added to, changed or pruned here."""

    list_display = ["seq", "at", "action", "actor_username", "actor_id", "target_type", "target_id", "ip"]
    list_filter = ["action"]
    search_fields = ["action", "target_type", "target_id", "actor_username"]
    date_hierarchy = "at"
    ordering = ["-seq"]
