from django.contrib import admin

from pintu.adminkit import RecordAdmin
from pintu.history.models import Event


@admin.register(Event)
class EventAdmin(RecordAdmin):
    """Read-only: history events can be looked at, never added, changed or deleted here."""

    list_display = ["at", "case_type", "case_id", "kind", "visibility", "actor", "status_from", "status_to"]
    list_filter = ["case_type", "visibility", "kind"]
    search_fields = ["case_id", "kind", "reason"]
    date_hierarchy = "at"
