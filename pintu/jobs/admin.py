from django.contrib import admin

from pintu.jobs.models import OnceMarker, SweepRun


@admin.register(SweepRun)
class SweepRunAdmin(admin.ModelAdmin):
    list_display = ["name", "started_at", "finished_at", "processed", "error"]
    list_filter = ["name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(OnceMarker)
class OnceMarkerAdmin(admin.ModelAdmin):
    list_display = ["key", "created_at"]
    search_fields = ["key"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
