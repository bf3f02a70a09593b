from django.contrib import admin

from pintu.agencies.models import Agency, Area


@admin.register(Agency)
class AgencyAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "kind", "parent", "active"]
    list_filter = ["kind", "active"]
    search_fields = ["name", "short_name", "code", "keywords"]
    autocomplete_fields = ["parent", "area"]
    fieldsets = [
        (None, {"fields": ["code", "name", "short_name", "kind", "parent", "area", "active"]}),
        ("Tugas dan kata kunci", {"fields": ["duties", "keywords"]}),
        ("Kontak", {"fields": ["email", "phone", "website", "address", "channel_note"]}),
        ("Pejabat", {"fields": ["head_name", "head_title", "liaison_name"]}),
    ]

    def has_delete_permission(self, request, obj=None):
        return False  # deactivate instead: cases and history refer to agencies


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name", "level", "code", "bps_code", "parent", "population", "map_row", "map_col", "active"]
    list_filter = ["level", "active"]
    search_fields = ["name", "code", "bps_code"]
    autocomplete_fields = ["parent"]
    fields = ["level", "name", "code", "bps_code", "parent", "population", "map_row", "map_col", "active"]

    def has_delete_permission(self, request, obj=None):
        return False
