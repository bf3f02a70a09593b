from django.contrib import admin

from pintu.categories.models import Category


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "default_agency", "needs_field_check", "active", "sort_order"]
    list_filter = ["active", "needs_field_check"]
    search_fields = ["name", "name_en", "code"]
    autocomplete_fields = ["parent", "default_agency"]

    def has_delete_permission(self, request, obj=None):
        return False
