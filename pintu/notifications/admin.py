from django.contrib import admin

from pintu.adminkit import ReadOnlyAdmin
from pintu.notifications.models import OutgoingMail


@admin.register(OutgoingMail)
class OutgoingMailAdmin(ReadOnlyAdmin):
    """The outbox for the operator: which messages wait or were given up, never to whom or what they said."""

    list_display = ["pk", "channel", "template", "language", "created_at", "attempts", "failed_at", "last_error"]
    list_filter = ["channel", "template", ("failed_at", admin.EmptyFieldListFilter)]
    fields = ["channel", "template", "language", "created_at", "attempts", "failed_at", "last_error"]
    readonly_fields = fields
