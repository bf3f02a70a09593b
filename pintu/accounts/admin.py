from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from pintu.accounts.models import RoleAssignment, User


class RoleAssignmentInline(admin.TabularInline):
    model = RoleAssignment
    extra = 0
    autocomplete_fields = ["agency"]
    fields = ["role", "agency", "title", "active"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "full_name", "email", "is_active", "is_staff"]
    search_fields = ["username", "full_name", "email"]
    fieldsets = BaseUserAdmin.fieldsets + (
        ("Pintu", {"fields": ["full_name", "phone", "language", "email_verified_at", "phone_verified_at"]}),
    )
    readonly_fields = ["email_verified_at", "phone_verified_at"]  # set only by a one-time code
    inlines = [RoleAssignmentInline]


@admin.register(RoleAssignment)
class RoleAssignmentAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "agency", "title", "active"]
    list_filter = ["role", "active"]
    search_fields = ["user__username", "user__full_name", "agency__name"]
    autocomplete_fields = ["user", "agency"]
