"""Configuration of the complaint service. Reports themselves are handled in the staff pages, not here."""

from django.contrib import admin

from pintu.adminkit import SettingsAdmin
from pintu.complaints.models import CategoryClock, ComplaintSettings
from pintu.workdays.services import clock_settings_changed


@admin.register(ComplaintSettings)
class ComplaintSettingsAdmin(SettingsAdmin):
    list_display = [
        "__str__",
        "verify_days",
        "first_response_days",
        "resolve_days",
        "resolve_days_complex",
        "autoclose_days",
        "bounce_flag_after",
    ]

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

