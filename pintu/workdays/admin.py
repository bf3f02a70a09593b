"""Calendar configuration. Every save goes through pintu.workdays.services (recomputes due dates)."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from pintu.adminkit import SettingsAdmin
from pintu.workdays import services
from pintu.workdays.models import CalendarSettings, CalendarYear, ClosedDay, HoursException, WeekdayHours


class RemovedByServiceAdmin(admin.ModelAdmin):
    """A row deleted here, alone or in a selection, goes through the service `remove` (due dates follow)."""

    remove = None  # a function of pintu.workdays.services: remove(row, *, actor)

    def delete_model(self, request, obj):
        type(self).remove(obj, actor=request.user)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)


@admin.register(ClosedDay)
class ClosedDayAdmin(RemovedByServiceAdmin):
    list_display = ["date", "name", "kind", "source", "active"]
    list_filter = ["kind", "source", "active"]
    search_fields = ["name", "note"]
    date_hierarchy = "date"
    fields = ["date", "name", "name_en", "kind", "active", "note"]
    remove = services.remove_closed_day

    def save_model(self, request, obj, form, change):
        if change:
            services.update_closed_day(
                obj, actor=request.user, **{name: form.cleaned_data[name] for name in form.changed_data}
            )
        else:
            saved = services.add_closed_day(
                obj.date, obj.name, obj.kind, actor=request.user, note=obj.note, name_en=obj.name_en
            )
            obj.pk = saved.pk


@admin.register(CalendarYear)
class CalendarYearAdmin(admin.ModelAdmin):
    list_display = ["year", "prefilled_at", "confirmed_at", "confirmed_by", "reference"]
    fields = ["year", "reference"]
    actions = ["prefill", "confirm"]

    @admin.action(description=_("Isi otomatis dari paket holidays"))
    def prefill(self, request, queryset):
        for row in queryset:
            added = services.prefill_year(row.year, actor=request.user)
            self.message_user(request, _("%(year)s: %(n)s hari ditambahkan.") % {"year": row.year, "n": added})

    @admin.action(description=_("Konfirmasi sesuai SKB"))
    def confirm(self, request, queryset):
        for row in queryset:
            services.confirm_year(row.year, actor=request.user)
        self.message_user(request, _("Tahun kalender dikonfirmasi."), messages.SUCCESS)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            services.prefill_year(obj.year, actor=request.user)


@admin.register(CalendarSettings)
class CalendarSettingsAdmin(SettingsAdmin):
    list_display = ["__str__", "office_open", "office_close", "day_one_is_next_working_day", "version"]

    def save_model(self, request, obj, form, change):
        services.update_rules(actor=request.user, **{name: form.cleaned_data[name] for name in form.changed_data})


@admin.register(WeekdayHours)
class WeekdayHoursAdmin(RemovedByServiceAdmin):
    """Hours of a weekday that differ from the default (Aturan hari kerja), e.g. Friday."""

    list_display = ["weekday", "open", "close", "break_start", "break_end"]
    fields = ["weekday", "open", "close", "break_start", "break_end"]
    remove = services.remove_weekday_hours

    def save_model(self, request, obj, form, change):
        if change and "weekday" in form.changed_data:
            WeekdayHours.objects.filter(pk=obj.pk).delete()
        saved = services.set_weekday_hours(
            obj.weekday, open=obj.open, close=obj.close, break_start=obj.break_start, break_end=obj.break_end,
            actor=request.user,
        )  # fmt: skip
        obj.pk = saved.pk


@admin.register(HoursException)
class HoursExceptionAdmin(RemovedByServiceAdmin):
    """Dated hours, e.g. Ramadan: one row for every day and one for Friday."""

    list_display = ["name", "start_date", "end_date", "weekday", "open", "close", "break_start", "break_end"]
    list_filter = ["weekday"]
    date_hierarchy = "start_date"
    fields = ["name", "start_date", "end_date", "weekday", "open", "close", "break_start", "break_end", "reference"]
    remove = services.remove_hours_exception

    def save_model(self, request, obj, form, change):
        services.save_hours_exception(obj, actor=request.user)
