"""Forms of the staff side of the complaint service: they parse input, the services decide.

Each action form takes `report` and `user` (for its choices) and renders with its own id prefix
(`auto_id`), so several forms on one page never share an element id while field names stay plain.
Reasons are required wherever `workflow.reason_required` says so; the services check it again.
"""

from django import forms
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from pintu.accounts.selectors import areas_visible_to
from pintu.categories.fields import CategoryChoiceField
from pintu.categories.selectors import categories_visible_to
from pintu.complaints.choices import FORWARD_CHANNELS, STAFF_CHANNELS, inside_agencies, outside_agencies
from pintu.complaints.models import ANONIM_HELP, RAHASIA_HELP, STATUS_CHOICES, ArchiveKind, ReportKind
from pintu.complaints.services import staff_entry
from pintu.complaints.services.admin import INSPEKTORAT_CODE
from pintu.complaints.services.intake import MAX_ATTACHMENTS
from pintu.complaints.workflow import Action, reason_required
from pintu.history.models import Visibility
from pintu.privacy.hints import NIK_HINT

SPLIT_PARTS = 4
ACCEPTED_FILES = "image/jpeg,image/png,image/webp,application/pdf"


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; their content is checked by views.common.cleaned_files."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPTED_FILES}))
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text", _("Foto (JPG, PNG, WEBP) atau PDF, paling banyak %(n)s berkas.") % {"n": MAX_ATTACHMENTS}
        )
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            if len(data) > MAX_ATTACHMENTS:
                raise forms.ValidationError(_("Paling banyak %(n)s lampiran.") % {"n": MAX_ATTACHMENTS})
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)] if data else []


class AgencyChoiceField(forms.ModelChoiceField):
    default_error_messages = {"invalid_choice": _("Pilih instansi dari daftar.")}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("empty_label", _("Pilih instansi"))
        super().__init__(*args, **kwargs)

    def label_from_instance(self, obj):
        return obj.name


def text_field(label, *, required=True, rows=3, max_length=4000, message=None, help_text=""):
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={
            "required": message or _("Tuliskan alasannya."),
            "max_length": _("Paling banyak %(limit_value)d karakter."),
        },
    )


REASON_LABEL = _("Alasan")
OPTIONAL_REASON_LABEL = _("Alasan (opsional)")
NOTE_LABEL = _("Keterangan (opsional)")


def reason_field(action: str | None, label=None, help_text=""):
    """A reason text, required exactly where the transition table requires one (else marked optional)."""
    required = bool(action) and reason_required(action)
    label = label or (REASON_LABEL if required else OPTIONAL_REASON_LABEL)
    return text_field(label, required=required, help_text=help_text)


class ActionForm(forms.Form):
    """Base of every action form on the report page."""

    def __init__(self, *args, report, user, **kwargs):
        self.report, self.user = report, user
        super().__init__(*args, **kwargs)


class EmptyForm(ActionForm):
    """A button only (accept)."""


PUBLIC_TEXT_HELP = _(
    "Yang dibaca publik. NIK, nomor telepon, e-mail dan nama pelapor sudah disamarkan otomatis; samarkan juga "
    "nama orang lain, alamat rumah atau hal lain yang menunjuk seseorang."
)


def public_title_field(required):
    return forms.CharField(label=_("Judul versi publik"), max_length=200, required=required,
                           error_messages={"required": _("Judul publik wajib diisi.")})  # fmt: skip


def public_text_field(required):
    return text_field(_("Isi versi publik"), rows=6, max_length=10_000, required=required,
                      message=_("Isi laporan publik wajib diisi."), help_text=PUBLIC_TEXT_HELP)  # fmt: skip


class VerifyForm(ActionForm):
    """Verify, with the preview of the public version (the admin may edit it before it is published)."""

    public_title = public_title_field(required=False)
    public_text = public_text_field(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.update(public_title=self.report.public_title, public_text=self.report.public_text)


class PublicTextForm(VerifyForm):
    public_title = public_title_field(required=True)
    public_text = public_text_field(required=True)


class DispositionForm(ActionForm):
    agency = AgencyChoiceField(
        label=_("OPD tujuan"), queryset=None, error_messages={"required": _("Pilih instansi tujuan.")}
    )
    note = text_field(_("Catatan untuk OPD (opsional)"), required=False)
    # posted by the one-click buttons of "Saran instansi" (complaints/staff/_routing_panel.html); routing reads it
    suggestion = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, suggestion=None, **kwargs):
        super().__init__(*args, **kwargs)
        agencies = inside_agencies(self.user)
        self.fields["agency"].queryset = agencies
        if self.report.berkadar_pengawasan:
            self.fields["agency"].help_text = _("Laporan berkadar pengawasan didisposisikan ke Inspektorat.")
            self.initial.setdefault("agency", agencies.filter(code=INSPEKTORAT_CODE).first())
        elif suggestion is not None:
            self.initial.setdefault("agency", suggestion)
        elif self.report.category_id and self.report.category.default_agency_id:
            self.initial.setdefault("agency", self.report.category.default_agency_id)


class ForwardOutForm(ActionForm):
    agency = AgencyChoiceField(
        label=_("Instansi di luar pemerintah daerah"),
        queryset=None,
        error_messages={"required": _("Pilih instansi di luar pemerintah daerah.")},
    )
    channel = forms.ChoiceField(
        label=_("Saluran pelimpahan"),
        choices=[("", _("Pilih saluran"))] + FORWARD_CHANNELS,
        error_messages={"required": _("Pilih saluran pelimpahan.")},
    )
    reference = forms.CharField(label=_("Nomor surat atau rujukan (opsional)"), required=False, max_length=120)
    follow_up_date = forms.DateField(
        label=_("Tanggal menanyakan tindak lanjut"),
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={
            "required": _("Isi tanggal untuk menanyakan tindak lanjutnya."),
            "invalid": _("Tanggal harus berupa tanggal yang sah, misalnya 2026-03-16."),
        },
    )
    reason = reason_field(Action.FORWARD_OUT, help_text=_("Mengapa laporan ini bukan wewenang pemerintah daerah."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = outside_agencies(self.user)


class ReasonForm(ActionForm):
    """Hold, close, reopen: a reason only."""

    action = None
    reason = forms.CharField()  # replaced in __init__

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"] = reason_field(self.action)


class HoldForm(ReasonForm):
    action = Action.HOLD


class ResumeForm(ReasonForm):
    action = Action.RESUME


class CloseForm(ReasonForm):
    action = Action.CLOSE


class ReopenForm(ReasonForm):
    action = Action.REOPEN


class ArchiveForm(ActionForm):
    archive_kind = forms.ChoiceField(
        label=_("Jenis arsip"),
        choices=[(k.value, k.label) for k in ArchiveKind if k not in (ArchiveKind.DUPLICATE, ArchiveKind.SPLIT)],
        error_messages={"required": _("Pilih alasan pengarsipan.")},
    )
    reason = reason_field(Action.ARCHIVE)


class RequestInfoForm(ActionForm):
    question = text_field(
        _("Pertanyaan untuk pelapor"),
        required=reason_required(Action.REQUEST_INFO),
        message=_("Tuliskan pertanyaan untuk pelapor."),
        help_text=_("Tenggat berhenti sampai pelapor menjawab."),
    )


class FollowUpForm(ActionForm):
    text = text_field(_("Isi tindak lanjut"), rows=5, max_length=10_000, message=_("Tuliskan isi tindak lanjut."))
    visibility = forms.ChoiceField(
        label=_("Siapa yang dapat membaca"),
        widget=forms.RadioSelect,
        initial=Visibility.PUBLIC,
        choices=[(Visibility.PUBLIC, _("Publik (pelapor dan masyarakat)")), (Visibility.REPORTER, _("Hanya pelapor"))],
        error_messages={"required": _("Pilih siapa yang dapat membaca tindak lanjut ini.")},
    )
    files = MultipleFileField(label=_("Lampiran (opsional)"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.report.rahasia:
            self.fields["visibility"].help_text = _("Laporan rahasia: tindak lanjut hanya terlihat oleh pelapor.")


class SendBackForm(ActionForm):
    suggested_agency = AgencyChoiceField(
        label=_("Instansi yang seharusnya menangani"),
        queryset=None,
        help_text=_(
            "Tidak ada penolakan tanpa tujuan: sebutkan OPD yang berwenang. Laporan kembali ke admin "
            "instansi untuk didisposisikan ulang. Bila milik instansi di luar pemerintah daerah, "
            "gunakan pelimpahan."
        ),
        error_messages={"required": _("Sebutkan instansi yang seharusnya menangani laporan ini.")},
    )
    reason = reason_field(Action.SEND_BACK)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["suggested_agency"].queryset = inside_agencies(self.user).exclude(pk=self.report.assigned_agency_id)


class ExternalAnswerForm(ActionForm):
    text = text_field(
        _("Jawaban instansi tujuan"), rows=5, max_length=10_000, message=_("Tuliskan jawaban instansi tersebut.")
    )


class EditForm(ActionForm):
    title = forms.CharField(
        label=_("Judul"),
        max_length=150,
        error_messages={"required": _("Judul wajib diisi, paling banyak 150 karakter.")},
    )
    kind = forms.ChoiceField(label=_("Jenis"), choices=ReportKind.choices)
    category = CategoryChoiceField(label=_("Kategori"), queryset=None, required=False, empty_label=_("Tanpa kategori"))
    reason = reason_field(None, label=NOTE_LABEL)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories_visible_to(self.user)
        if not self.is_bound:
            self.initial.update(title=self.report.title, kind=self.report.kind, category=self.report.category_id)


ANONIM_LABEL = _("Anonim: sembunyikan identitas pelapor")
RAHASIA_LABEL = _("Rahasia: jangan tampilkan laporan kepada publik")


class PrivacyForm(ActionForm):
    """The two independent flags; neither is "biasa" (DOMAIN.md: anonim and rahasia)."""

    anonim = forms.BooleanField(label=ANONIM_LABEL, required=False, help_text=ANONIM_HELP)
    rahasia = forms.BooleanField(label=RAHASIA_LABEL, required=False, help_text=RAHASIA_HELP)
    reason = reason_field(None, label=NOTE_LABEL)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial.setdefault("anonim", self.report.anonim)
        self.initial.setdefault("rahasia", self.report.rahasia)


class PengawasanForm(ActionForm):
    flagged = forms.TypedChoiceField(
        choices=[("1", "1"), ("0", "0")], coerce=lambda v: v == "1", widget=forms.HiddenInput
    )
    reason = reason_field(None, label=NOTE_LABEL)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["flagged"] = "0" if self.report.berkadar_pengawasan else "1"


class MergeForm(ActionForm):
    master_code = forms.CharField(
        label=_("Kode laporan induk"),
        max_length=20,
        help_text=_("Misalnya LPR-2026-7K3QX."),
        error_messages={"required": _("Tuliskan kode laporan induk.")},
    )
    reason = reason_field(None, label=NOTE_LABEL)

    def clean_master_code(self):
        return self.cleaned_data["master_code"].strip().upper()


class SplitForm(ActionForm):
    reason = reason_field(None, label=NOTE_LABEL)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        agencies = inside_agencies(self.user)
        for i in range(1, SPLIT_PARTS + 1):
            optional = i > 2
            self.fields[f"title_{i}"] = forms.CharField(
                label=_("Bagian %(n)s: judul") % {"n": i}, required=False, max_length=150
            )
            self.fields[f"text_{i}"] = text_field(_("Bagian %(n)s: isi") % {"n": i}, required=False)
            self.fields[f"agency_{i}"] = AgencyChoiceField(
                label=_("Bagian %(n)s: OPD tujuan") % {"n": i}, queryset=agencies, required=False
            )
            if optional:
                for name in ("title", "text", "agency"):
                    self.fields[f"{name}_{i}"].label = _("%(label)s (opsional)") % {
                        "label": self.fields[f"{name}_{i}"].label
                    }
        self.initial.setdefault("text_1", self.report.text)
        self.initial.setdefault("text_2", self.report.text)
        self.order_fields([name for name in self.fields if name != "reason"] + ["reason"])

    def clean(self):
        cleaned = super().clean()
        parts = []
        for i in range(1, SPLIT_PARTS + 1):
            title, text, agency = (cleaned.get(f"{n}_{i}") for n in ("title", "text", "agency"))
            if i > 2 and not (title or text or agency):
                continue
            if not (title or "").strip():
                self.add_error(f"title_{i}", _("Isi judul bagian %(n)s.") % {"n": i})
            if not (text or "").strip():
                self.add_error(f"text_{i}", _("Isi bagian %(n)s.") % {"n": i})
            if agency is None:
                self.add_error(f"agency_{i}", _("Pilih OPD tujuan bagian %(n)s.") % {"n": i})
            parts.append((title or "", text or "", agency))
        cleaned["parts"] = parts
        return cleaned


class RevealForm(ActionForm):
    reason = text_field(
        _("Alasan membuka identitas"),
        message=_("Tuliskan alasan membuka identitas pelapor."),
        help_text=_("Setiap pembukaan identitas dicatat dalam riwayat internal."),
    )


# --- inbox and staff entry ------------------------------------------------------------------------


class InboxFilterForm(forms.Form):
    q = forms.CharField(label=_("Cari"), required=False, max_length=200)
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("Semua status"))] + STATUS_CHOICES)
    agency = AgencyChoiceField(label=_("OPD"), required=False, queryset=None, empty_label=_("Semua OPD"))
    kecamatan = forms.ModelChoiceField(
        label=_("Kecamatan"), required=False, queryset=None, empty_label=_("Semua kecamatan")
    )
    category = CategoryChoiceField(label=_("Kategori"), required=False, queryset=None, empty_label=_("Semua kategori"))

    def __init__(self, *args, user, **kwargs):
        kwargs.setdefault("auto_id", "id_filter_%s")
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = inside_agencies(user)
        self.fields["kecamatan"].queryset = areas_visible_to(user).filter(level="kecamatan").order_by("name")
        self.fields["category"].queryset = categories_visible_to(user)


class AreaChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.name} ({obj.parent.name})" if obj.parent_id else obj.name


M = staff_entry.MESSAGES


class StaffReportForm(forms.Form):
    """A walk-in, phone or letter report registered by an officer; the same fields as the public form.

    The API's input parses the same fields with the same sentences (services.staff_entry.MESSAGES); both
    hand their values to services.staff_entry.record_report.
    """

    channel = forms.ChoiceField(
        label=_("Saluran"), choices=[("", _("Pilih saluran"))] + STAFF_CHANNELS, error_messages=M["channel"]
    )
    kind = forms.ChoiceField(
        label=_("Jenis laporan"),
        choices=ReportKind.choices,
        widget=forms.RadioSelect,
        initial=ReportKind.PENGADUAN,
        error_messages=M["kind"],
    )
    category = CategoryChoiceField(
        label=_("Kategori (opsional)"),
        queryset=None,
        required=False,
        empty_label=_("Belum tahu"),
        error_messages=M["category"],
    )
    title = forms.CharField(label=_("Judul"), max_length=staff_entry.TITLE_MAX, error_messages=M["title"])
    text = text_field(_("Isi laporan"), rows=6, max_length=staff_entry.TEXT_MAX, message=M["text"]["required"])
    kecamatan = forms.ModelChoiceField(
        label=_("Kecamatan"), queryset=None, empty_label=_("Pilih kecamatan"), error_messages=M["kecamatan"]
    )
    desa = AreaChoiceField(
        label=_("Desa/kelurahan (opsional)"),
        queryset=None,
        required=False,
        empty_label=_("Belum tahu"),
        help_text=_("Tertulis dengan kecamatannya; pilih desa di kecamatan yang sama."),
        error_messages=M["desa"],
    )
    latitude = forms.DecimalField(
        label=_("Lintang (opsional)"), required=False, max_digits=9, decimal_places=6, error_messages=M["latitude"]
    )
    longitude = forms.DecimalField(
        label=_("Bujur (opsional)"), required=False, max_digits=9, decimal_places=6, error_messages=M["longitude"]
    )
    incident_date = forms.DateField(
        label=_("Tanggal kejadian (opsional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages=M["incident_date"],
    )
    anonim = forms.BooleanField(label=ANONIM_LABEL, required=False, help_text=ANONIM_HELP)
    rahasia = forms.BooleanField(label=RAHASIA_LABEL, required=False, help_text=RAHASIA_HELP)
    name = forms.CharField(
        label=_("Nama pelapor"),
        required=False,
        max_length=staff_entry.NAME_MAX,
        help_text=_("Wajib, kecuali laporan anonim."),
    )
    email = forms.CharField(
        label=_("E-mail pelapor (opsional)"),
        required=False,
        max_length=staff_entry.EMAIL_MAX,
        widget=forms.EmailInput(attrs={"autocomplete": "off"}),
    )
    phone = forms.CharField(
        label=_("Telepon pelapor (opsional)"),
        required=False,
        max_length=staff_entry.PHONE_MAX,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
    )
    nik = forms.CharField(
        label=_("NIK (opsional)"),
        required=False,
        max_length=staff_entry.NIK_MAX,
        help_text=format_lazy(
            "{} {} {}", _("Tidak wajib."), NIK_HINT, _("Disimpan terenkripsi dan hanya ditampilkan tersamar.")
        ),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    files = MultipleFileField(label=_("Lampiran (opsional)"))
    idempotency_key = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = staff_entry.categories_for_entry(user)
        self.fields["kecamatan"].queryset = staff_entry.kecamatan_for_entry(user)
        self.fields["desa"].queryset = staff_entry.desa_for_entry(user)
        self.fields["incident_date"].widget.attrs["max"] = timezone.localdate().isoformat()
