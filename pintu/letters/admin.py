"""Admin: the region's letter configuration, with a preview; letters themselves are read-only here.

Kop, numbering schemes, per-kind settings, signatories and delegations are edited by the system admin.
"Pratinjau" renders a sample letter of a kind (or of every kind, for a kop) to PDF with the region's own
kop, numbering pattern and signatory, watermarked CONTOH (pintu.letters.previews). Letters change only
through pintu.letters.services; the admin lists them and serves a signed letter's file.
"""

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from pintu.adminkit import RecordAdmin
from pintu.audit.services import audit
from pintu.letters.kinds import kind_choices
from pintu.letters.models import Delegation, KindSetting, Letter, Letterhead, NumberingScheme, Signatory
from pintu.letters.numbering import pattern_problems
from pintu.letters.previews import sample_pdf
from pintu.letters.services import signed_pdf


def _pdf(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


class PreviewMixin:
    """Adds <object id>/pratinjau/<kind>/ to a ModelAdmin; `preview_pdf(obj, kind)` renders it."""

    def get_urls(self):
        extra = [
            path(
                "<int:pk>/pratinjau/<slug:kind>/",
                self.admin_site.admin_view(self.preview_view),
                name=self.preview_url_name(),
            )
        ]
        return extra + super().get_urls()

    def preview_view(self, request, pk, kind):
        obj = get_object_or_404(self.model, pk=pk)
        if not self.has_view_permission(request, obj) or kind not in dict(kind_choices()):
            raise Http404
        return _pdf(self.preview_pdf(obj, kind), f"contoh-{kind}.pdf")

    def preview_url_name(self) -> str:
        return f"{self.model._meta.app_label}_{self.model._meta.model_name}_preview"

    def preview_link(self, obj, kind: str, label: str):
        url = reverse(f"admin:{self.preview_url_name()}", args=[obj.pk, kind])
        return format_html('<a href="{}" target="_blank" rel="noopener">{}</a>', url, label)


@admin.register(Letterhead)
class LetterheadAdmin(PreviewMixin, admin.ModelAdmin):
    list_display = ["unit_name", "agency", "unit_code", "place"]
    readonly_fields = ["previews"]
    fields = ["agency", "government_name", "unit_name", "unit_code", "crest", "address", "postcode", "phone",
              "email", "website", "place", "previews"]  # fmt: skip

    @admin.display(description="Pratinjau (PDF)")
    def previews(self, obj):
        if obj is None or obj.pk is None:
            return "Simpan dahulu untuk melihat pratinjau."
        links = ((self.preview_link(obj, key, label),) for key, label in kind_choices())
        return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", links))

    def preview_pdf(self, obj, kind):
        return sample_pdf(kind, letterhead=obj)


class NumberingSchemeForm(forms.ModelForm):
    class Meta:
        model = NumberingScheme
        fields = ["name", "pattern", "classification_code", "unit_code", "serial_width"]

    def clean_pattern(self):
        pattern = self.cleaned_data["pattern"]
        problems = pattern_problems(pattern)
        if problems:
            raise ValidationError(problems)
        return pattern


@admin.register(NumberingScheme)
class NumberingSchemeAdmin(admin.ModelAdmin):
    form = NumberingSchemeForm
    list_display = ["name", "pattern", "classification_code", "unit_code", "serial_width"]


class KindSettingForm(forms.ModelForm):
    kind = forms.ChoiceField(label="Jenis surat", choices=kind_choices)

    class Meta:
        model = KindSetting
        fields = ["kind", "numbering", "signer_role", "sifat", "hal", "closing", "copies_to"]


@admin.register(KindSetting)
class KindSettingAdmin(PreviewMixin, admin.ModelAdmin):
    form = KindSettingForm
    list_display = ["__str__", "numbering", "signer_role", "sifat", "preview"]
    readonly_fields = ["preview"]

    @admin.display(description="Pratinjau")
    def preview(self, obj):
        if obj is None or obj.pk is None:
            return "-"
        return self.preview_link(obj, obj.kind, "Contoh surat (PDF)")

    def preview_pdf(self, obj, kind):
        return sample_pdf(obj.kind)


@admin.register(Signatory)
class SignatoryAdmin(admin.ModelAdmin):
    list_display = ["name", "post", "role", "agency", "nip", "user", "active"]
    list_filter = ["role", "active"]
    search_fields = ["name", "post", "nip"]
    autocomplete_fields = ["agency", "user"]
    fields = ["name", "post", "rank", "nip", "role", "agency", "user", "certificate", "signing_id", "active"]


class DelegationForm(forms.ModelForm):
    kinds = forms.MultipleChoiceField(
        label="Jenis surat", choices=kind_choices, required=False, widget=forms.CheckboxSelectMultiple,
        help_text="Kosong: semua jenis surat yang ditandatangani pejabat yang diwakili.",
    )  # fmt: skip

    class Meta:
        model = Delegation
        fields = ["principal", "delegate", "form", "starts_on", "ends_on", "kinds", "reference", "active"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("principal") and cleaned.get("principal") == cleaned.get("delegate"):
            self.add_error("delegate", "Penerima delegasi harus pejabat lain.")
        if cleaned.get("starts_on") and cleaned.get("ends_on") and cleaned["ends_on"] < cleaned["starts_on"]:
            self.add_error("ends_on", "Tanggal akhir tidak boleh sebelum tanggal mulai.")
        return cleaned


@admin.register(Delegation)
class DelegationAdmin(admin.ModelAdmin):
    form = DelegationForm
    list_display = ["principal", "delegate", "form", "starts_on", "ends_on", "active"]
    list_filter = ["active", "form"]


@admin.register(Letter)
class LetterAdmin(RecordAdmin):
    list_display = ["__str__", "kind", "status", "agency", "case_reference", "signer_name", "dated"]
    list_filter = ["status", "kind"]
    search_fields = ["number", "case_reference", "token"]
    exclude = ["pdf", "context"]
    readonly_fields = ["download"]

    def get_readonly_fields(self, request, obj=None):
        names = [field.name for field in Letter._meta.fields if field.name not in ("pdf", "context")]
        return names + ["download"]

    def get_urls(self):
        extra = [path("<int:pk>/berkas/", self.admin_site.admin_view(self.file_view), name="letters_letter_file")]
        return extra + super().get_urls()

    @admin.display(description="Berkas bertanda tangan")
    def download(self, obj):
        if obj is None or not obj.is_signed:
            return "-"
        return format_html('<a href="{}">{}.pdf</a>', reverse("admin:letters_letter_file", args=[obj.pk]), obj.pk)

    def file_view(self, request, pk):
        letter = get_object_or_404(Letter, pk=pk)
        if not self.has_view_permission(request, letter) or not letter.is_signed:
            raise Http404
        audit("letter.file_read", request=request, target=letter, details={"via": "admin"})
        return _pdf(signed_pdf(letter), f"surat-{letter.pk}.pdf")
