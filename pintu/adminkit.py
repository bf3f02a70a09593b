"""The Django admin's shapes shared by every app's admin.py.

- `SettingsAdmin`: the one settings row of an app (complaints, PPID, privacy, calendar): added once, never deleted.
- `ReadOnlyAdmin`: nothing added or changed here (outboxes, sweep logs, deliveries); an operator may still
  delete a row.
- `RecordAdmin`: nothing added, changed or deleted here (the audit log, the history, signed letters,
  restrictions): a record is kept, corrected only by a new one.
"""

from django.contrib import admin


class SettingsAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return not self.model.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class RecordAdmin(ReadOnlyAdmin):
    def has_delete_permission(self, request, obj=None):
        return False
