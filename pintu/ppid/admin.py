"""Admin: the PPID settings only. Register rows change through the staff pages (pintu.ppid.services)."""

from django.contrib import admin

from pintu.adminkit import SettingsAdmin
from pintu.ppid.models import PpidSettings
from pintu.ppid.registers.clocks import recompute_berkala_due_dates
from pintu.workdays.calendar import get_calendar
from pintu.workdays.services import clock_settings_changed

CLOCK_FIELDS = {"request_clock_waits_for_complete", "request_calendar_days", "objection_filing_calendar_days",
                "objection_answer_calendar_days", "dispute_calendar_days"}  # fmt: skip


@admin.register(PpidSettings)
class PpidSettingsAdmin(SettingsAdmin):
    fields = ["pembantu_label", "berkala_period_months", "berkala_remind_days", "profile", "contact",
              "accessibility_note", "request_clock_waits_for_complete", "post_delivery_days", "request_calendar_days",
              "objection_filing_calendar_days", "objection_answer_calendar_days", "dispute_calendar_days"]  # fmt: skip

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "berkala_period_months" in form.changed_data:
            recompute_berkala_due_dates(get_calendar())
        if set(form.changed_data) & CLOCK_FIELDS:
            clock_settings_changed()  # stored due dates of open requests and objections follow
