"""Personal data in the Django admin (system admin): the controller and its officer, the archive schedule,
the restrictions (read only) and the breach register (through pintu.mydata.breaches, so every change is
audited and the notice letters are drafted from the staff page)."""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from pintu.adminkit import RecordAdmin, SettingsAdmin
from pintu.mydata import breaches
from pintu.mydata.breach_clock import NOTIFY_WITHIN
from pintu.mydata.models import AfterRetention, Breach, PrivacySettings, RecordKind, RecordType, Restriction


@admin.register(PrivacySettings)
class PrivacySettingsAdmin(SettingsAdmin):
    list_display = ["__str__", "controller", "officer_name", "officer_email", "officer_phone"]
    fieldsets = [
        (_("Pengendali data pribadi"), {"fields": ["controller", "controller_unit", "controller_agency",
                                                   "controller_address"]}),
        (_("Pejabat/petugas pelindungan data pribadi"), {"fields": ["officer_title", "officer_name", "officer_post",
                                                                    "officer_email", "officer_phone"]}),
        (_("Lembaga penerima pemberitahuan kegagalan"), {"fields": ["authority_name", "authority_address"]}),
    ]  # fmt: skip


class RecordTypeForm(forms.ModelForm):
    class Meta:
        model = RecordType
        fields = ["kind", "classification_code", "active_years", "inactive_years", "after", "personal_data_archived",
                  "reference"]  # fmt: skip

    def clean(self):
        data = super().clean()
        kind, after = data.get("kind"), data.get("after")
        files_only = kind == RecordKind.IDENTITY_FILE
        if after and files_only != (after == AfterRetention.DELETE_FILES):
            raise ValidationError({"after": _("Dokumen identitas dihapus berkasnya; kasus lain dianonimkan.")})
        if data.get("active_years", 0) + data.get("inactive_years", 0) < 1:
            raise ValidationError({"inactive_years": _("Masa retensi paling singkat satu tahun.")})
        return data


@admin.register(RecordType)
class RecordTypeAdmin(admin.ModelAdmin):
    """The archive retention schedule (JRA): the retention sweep reads it on every run."""

    form = RecordTypeForm
    list_display = ["kind", "classification_code", "active_years", "inactive_years", "after", "personal_data_archived"]

    def has_add_permission(self, request):
        return RecordType.objects.count() < len(RecordKind.values)

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Restriction)
class RestrictionAdmin(RecordAdmin):
    """Read only: restrictions come from erasure requests and end through the retention sweep."""

    list_display = ["reference", "case_type", "reason", "requested_at", "until", "completed_at"]
    list_filter = ["case_type", "reason", ("completed_at", admin.EmptyFieldListFilter)]
    search_fields = ["reference"]


class OverdueFilter(admin.SimpleListFilter):
    title = _("pemberitahuan 3 x 24 jam")
    parameter_name = "tenggat"

    def lookups(self, request, model_admin):
        return [("lewat", _("Lewat tenggat, belum diberitahukan")), ("terbuka", _("Belum lengkap diberitahukan"))]

    def queryset(self, request, queryset):
        missing = queryset.filter(subjects_notified_at__isnull=True) | queryset.filter(
            authority_notified_at__isnull=True
        )
        if self.value() == "terbuka":
            return missing
        if self.value() == "lewat":
            return missing.filter(discovered_at__lt=timezone.now() - NOTIFY_WITHIN)
        return queryset


@admin.register(Breach)
class BreachAdmin(admin.ModelAdmin):
    """The breach register. Notices, closing and letters: the staff page (link in each row)."""

    list_display = ["number", "title", "discovered_at", "notify_due", "subjects_state", "authority_state", "page"]
    list_filter = [OverdueFilter]
    search_fields = ["number", "title"]
    fields = list(breaches.EDITABLE)
    date_hierarchy = "discovered_at"

    def has_delete_permission(self, request, obj=None):
        return False  # a register is a record

    @admin.display(description=_("tenggat 3 x 24 jam"))
    def notify_due(self, obj):
        return obj.notify_due

    def _state(self, clock):
        if clock.done:
            return _("terlambat") if clock.late else _("tepat waktu")
        return _("LEWAT TENGGAT") if clock.overdue else _("belum")

    @admin.display(description=_("subjek data"))
    def subjects_state(self, obj):
        return self._state(obj.subjects_clock())

    @admin.display(description=_("lembaga"))
    def authority_state(self, obj):
        return self._state(obj.authority_clock())

    @admin.display(description=_("halaman"))
    def page(self, obj):
        return format_html('<a href="{}">{}</a>', reverse("mydata:breach_detail", args=[obj.pk]), _("Buka"))

    def save_model(self, request, obj, form, change):
        fields = {name: form.cleaned_data[name] for name in breaches.EDITABLE if name in form.cleaned_data}
        if change:
            breaches.update_breach(obj, user=request.user, **fields)
        else:
            saved = breaches.record_breach(user=request.user, **fields)
            obj.pk, obj.number = saved.pk, saved.number
