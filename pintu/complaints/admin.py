"""Configuration of the complaint service. Reports themselves are handled in the staff pages, not here."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from pintu.complaints.models import CategoryClock, ComplaintSettings, PendingReport
from pintu.complaints.services.builder import build_pending
from pintu.workdays.services import clock_settings_changed


@admin.register(ComplaintSettings)
class ComplaintSettingsAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "verify_days",
        "first_response_days",
        "resolve_days",
        "resolve_days_complex",
        "autoclose_days",
        "bounce_flag_after",
    ]

    def has_add_permission(self, request):
        return not ComplaintSettings.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        clock_settings_changed()  # days or calendar/working days changed: stored due dates follow


@admin.register(CategoryClock)
class CategoryClockAdmin(admin.ModelAdmin):
    list_display = ["category", "verify_days", "first_response_days", "resolve_days", "autoclose_days"]
    autocomplete_fields = ["category"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        clock_settings_changed()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        clock_settings_changed()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        clock_settings_changed()


@admin.register(PendingReport)
class PendingReportAdmin(admin.ModelAdmin):
    """Accepted reports the worker has not built yet. Normally empty; a row with attempts is stuck: read its
    error, fix the cause, then build it again. The payload (encrypted personal data) is never shown."""

    list_display = ["code", "received_at", "attempts"]
    fields = ["code", "received_at", "attempts", "last_error"]
    readonly_fields = fields
    actions = ["build_now"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.action(description=_("Bangun laporan sekarang"))
    def build_now(self, request, queryset):
        built = failed = 0
        for pk in queryset.values_list("pk", flat=True):
            try:
                built += build_pending(pk) is not None
            except Exception:  # noqa: BLE001  (recorded on the row; shown in its last error)
                failed += 1
        self.message_user(request, _("%(built)s dibangun, %(failed)s gagal.") % {"built": built, "failed": failed},
                          messages.WARNING if failed else messages.SUCCESS)  # fmt: skip
