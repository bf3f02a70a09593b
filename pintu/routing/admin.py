from django.contrib import admin

from pintu.routing.models import RoutingModel, Suggestion


@admin.register(RoutingModel)
class RoutingModelAdmin(admin.ModelAdmin):
    list_display = ["version", "created_at", "trained_on", "active"]
    readonly_fields = ["version", "created_at", "trained_on", "metrics", "active"]
    exclude = ["blob"]

    def has_add_permission(self, request):
        return False  # trained by `manage.py routing_train` or the weekly sweep


@admin.register(Suggestion)
class SuggestionAdmin(admin.ModelAdmin):
    list_display = ["report", "model_version", "needs_person", "taken", "final_agency", "created_at"]
    list_filter = ["model_version", "source"]
    raw_id_fields = ["report", "final_agency"]
    readonly_fields = [
        "report",
        "model_version",
        "source",
        "ranked",
        "needs_person",
        "created_at",
        "taken",
        "final_agency",
        "decided_at",
    ]

    def has_add_permission(self, request):
        return False
