"""Forms of the public and reporter side. They only parse types; what a value MEANS (required,
length, area belongs to kecamatan, e-mail, phone, NIK) is checked by
services.intake.validate_draft and the reporter services, whose errors the views map onto these forms.
"""

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from pintu.agencies.models import AreaLevel
from pintu.categories.fields import CategoryChoiceField
from pintu.complaints.models import STATUS_CHOICES, Privacy, ReportKind
from pintu.complaints.selectors import NOT_PUBLIC_STATUSES
from pintu.files.limits import DEFAULT_POLICY, EXTENSIONS, MIB
from pintu.notifications.consent_box import add_phone_consent
from pintu.privacy.hints import NIK_HINT
from pintu.security.spam import SpamGuardMixin

ACCEPT = ",".join(EXTENSIONS)  # the MIME types the file validator cleans
INVALID_CHOICE = _("Pilih salah satu dari daftar.")


def _upload_hint() -> str:
    limits = {"files": DEFAULT_POLICY.max_files, "mb": DEFAULT_POLICY.max_bytes // MIB}
    return gettext("Foto (JPG, PNG, WEBP) atau PDF, paling banyak %(files)s berkas, masing-masing paling besar "
                   "%(mb)s MB. Data lokasi di dalam foto dihapus otomatis.") % limits  # fmt: skip


UPLOAD_HINT = lazy(_upload_hint, str)()
CODE_PARTS = re.compile(r"([A-Z]+)(\d{4})([0-9A-Z]{5})")  # LPR-2026-7K3QX typed in any case, with or without dashes


class RadioSelect(forms.RadioSelect):
    """Radios whose field id is the first radio, so the error summary can link to it."""

    def id_for_label(self, id_, index=None):
        return super().id_for_label(id_, "0" if index is None else index)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class CoordinateField(forms.DecimalField):
    """A decimal typed with a point or a comma, kept to the 6 places the report stores."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        value = super().to_python(value)
        if value is None:
            return None
        try:
            return value.quantize(Decimal("0.000001"))
        except InvalidOperation:
            return value  # absurdly large: the service says it is outside Indonesia


class DescribedForm(forms.Form):
    """Links hints and error messages to their inputs (aria-describedby), GOV.UK style."""

    #: {field: {choice value: hint}} for radios with a hint under each option.
    choice_hints: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if field.help_text and not isinstance(field.widget, forms.RadioSelect):
                field.widget.attrs["aria-describedby"] = f"id_{name}-hint"

    def add_error(self, field, error):
        super().add_error(field, error)
        for name in self.errors:
            widget = self.fields[name].widget if name in self.fields else None
            if widget is not None and not isinstance(widget, forms.RadioSelect):
                described = {f"id_{name}-error", *widget.attrs.get("aria-describedby", "").split()}
                widget.attrs["aria-describedby"] = " ".join(sorted(described))
                widget.attrs["aria-invalid"] = "true"

    def options(self, name):
        """(radio, hint) pairs for complaints/public/includes/radios.html."""
        hints = self.choice_hints.get(name, {})
        return [(radio, hints.get(str(radio.data["value"]), "")) for radio in self[name]]


class WhatForm(DescribedForm):
    """Step 1: what is it about."""

    kind = forms.ChoiceField(
        label=_("Jenis laporan"),
        choices=ReportKind.choices,
        required=False,
        widget=RadioSelect(attrs={"required": True}),  # required by validate_draft: marked "(wajib)"
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    category = CategoryChoiceField(
        label=_("Kategori (opsional)"),
        queryset=None,
        required=False,
        empty_label=_("Tidak tahu, biar petugas yang memilih"),
        help_text=_("Pilih topik yang paling dekat. Petugas dapat mengubahnya."),
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    title = forms.CharField(
        label=_("Judul"),
        required=False,
        widget=forms.TextInput(attrs={"required": True}),
        help_text=_("Satu kalimat singkat, misalnya: Jalan berlubang di depan pasar."),
    )
    text = forms.CharField(
        label=_("Ceritakan masalahnya"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8, "required": True}),
        help_text=_("Apa yang terjadi, sejak kapan, siapa yang terdampak. Jangan tulis data pribadi orang lain."),
    )

    choice_hints = {
        "kind": {
            ReportKind.PENGADUAN: _(
                "Ada layanan publik yang tidak berjalan semestinya, misalnya jalan rusak, "
                "pungutan liar, atau petugas yang tidak melayani."
            ),
            ReportKind.ASPIRASI: _("Usul atau saran untuk perbaikan layanan dan pembangunan."),
            ReportKind.PERMINTAAN_INFORMASI: _("Pertanyaan tentang layanan, syarat, atau program pemerintah daerah."),
        }
    }

    def __init__(self, *args, categories, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories

    @property
    def kind_options(self):
        return self.options("kind")


class WhereForm(DescribedForm):
    """Step 2: where and when."""

    kecamatan = forms.ModelChoiceField(
        label=_("Kecamatan"),
        queryset=None,
        required=False,
        widget=forms.Select(attrs={"required": True}),
        empty_label=_("Pilih kecamatan"),
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    desa = forms.ChoiceField(
        label=_("Desa/kelurahan (opsional)"),
        required=False,
        help_text=_("Daftar dikelompokkan per kecamatan."),
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    latitude = CoordinateField(
        label=_("Lintang (opsional)"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        help_text=_("Misalnya -3,2417. Kosongkan bila tidak tahu."),
        error_messages={"invalid": _("Lintang harus berupa angka, misalnya -3,2417.")},
    )
    longitude = CoordinateField(
        label=_("Bujur (opsional)"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        help_text=_("Misalnya 104,6481."),
        error_messages={"invalid": _("Bujur harus berupa angka, misalnya 104,6481.")},
    )
    incident_date = forms.DateField(
        label=_("Tanggal kejadian (opsional)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": _("Tanggal kejadian harus berupa tanggal yang sah, misalnya 2026-03-16.")},
    )

    def __init__(self, *args, kecamatan, desa, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kecamatan"].queryset = kecamatan
        self.desa_areas = {str(area.pk): area for area in desa}
        groups: dict[str, list] = {}
        for area in desa:
            label = area.name if area.level == AreaLevel.DESA else _("%(name)s (kelurahan)") % {"name": area.name}
            groups.setdefault(area.parent.name if area.parent else "", []).append((str(area.pk), label))
        self.fields["desa"].choices = [("", _("Pilih desa/kelurahan")), *groups.items()]

    def clean_desa(self):
        return self.desa_areas.get(self.cleaned_data["desa"])


class FinishForm(SpamGuardMixin, DescribedForm):
    """Step 3: attachments, privacy and contact."""

    idempotency_key = forms.CharField(widget=forms.HiddenInput, required=False)
    files = forms.Field(
        label=_("Lampiran (opsional)"),
        required=False,
        widget=MultipleFileInput(attrs={"multiple": True, "accept": ACCEPT}),
        help_text=UPLOAD_HINT,
    )
    # Two independent choices, as in LAPOR! (neither: "biasa"; both: a whistle-blower's report).
    anonim = forms.BooleanField(
        label=_("Anonim: sembunyikan identitas saya"),
        required=False,
        help_text=_(
            "Nama dan kontak Anda disembunyikan dari semua petugas, kecuali koordinator pengaduan (admin instansi); "
            "setiap kali dibuka, tercatat. Tanpa centang: petugas yang menangani dapat melihat identitas Anda. Publik "
            "tidak pernah melihatnya."
        ),
    )
    rahasia = forms.BooleanField(
        label=_("Rahasia: jangan tampilkan laporan ini kepada publik"),
        required=False,
        help_text=_(
            "Laporan tidak tampil di daftar laporan publik sama sekali; hanya Anda dan petugas yang menanganinya yang "
            "dapat melihatnya. Tanpa centang: isi laporan tampil publik, dengan NIK, nomor telepon, e-mail dan nama "
            "Anda disamarkan."
        ),
    )
    #: DEPRECATED (issue #15): the old single choice, still read for one release (not shown).
    privacy = forms.ChoiceField(
        choices=Privacy.choices,
        required=False,
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": INVALID_CHOICE},
    )
    name = forms.CharField(
        label=_("Nama"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        help_text=_("Boleh dikosongkan bila Anda memilih anonim."),
    )
    email = forms.CharField(
        label=_("E-mail (opsional)"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
        help_text=_("Kami kirim kode lacak dan kabar perkembangan laporan ke alamat ini."),
    )
    phone = forms.CharField(
        label=_("Nomor HP/telepon (opsional)"),
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        help_text=_("Untuk dihubungi petugas bila perlu, misalnya 0812 3456 7890."),
    )
    nik = forms.CharField(
        label=_("NIK (opsional)"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
        help_text=format_lazy(
            "{} {} {}",
            _("Tidak pernah wajib."),
            NIK_HINT,
            _("NIK disimpan terenkripsi dan hanya ditampilkan tersamar kepada petugas."),
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        add_phone_consent(self)  # "Kirim kabar lewat WhatsApp/SMS ke nomor ini", where the region sends them


def tidy_code(value: str) -> str:
    """A complaint code as typed, in any case, with spaces, dashes or none, full-width letters and digits
    too -> "LPR-2026-7K3QX"; anything else only stripped and upper-cased (then it matches no report)."""
    raw = unicodedata.normalize("NFKC", value)
    match = CODE_PARTS.fullmatch("".join(ch for ch in raw.upper() if ch.isascii() and ch.isalnum()))
    return "-".join(match.groups()) if match else raw.strip().upper()


class TrackForm(DescribedForm):
    code = forms.CharField(
        label=_("Kode lacak"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
        help_text=_("Misalnya LPR-2026-7K3QX."),
        error_messages={"required": _("Isi kode lacak.")},
    )
    secret = forms.CharField(
        label=_("Kode rahasia"),
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}),
        help_text=_("Kode 8 huruf dan angka yang Anda terima saat mengirim laporan."),
        error_messages={"required": _("Isi kode rahasia.")},
    )

    def clean_code(self):
        return tidy_code(self.cleaned_data["code"])


class ReplyForm(DescribedForm):
    text = forms.CharField(label=_("Balasan Anda"), required=False, widget=forms.Textarea(attrs={"rows": 5}))
    files = forms.Field(
        label=_("Lampiran (opsional)"),
        required=False,
        widget=MultipleFileInput(attrs={"multiple": True, "accept": ACCEPT}),
        help_text=UPLOAD_HINT,
    )


class RateForm(DescribedForm):
    rating = forms.TypedChoiceField(
        label=_("Nilai tindak lanjut"),
        coerce=int,
        required=False,
        empty_value=None,
        widget=RadioSelect,
        error_messages={"invalid_choice": INVALID_CHOICE},
        choices=[
            (5, _("5: sangat puas")),
            (4, _("4: puas")),
            (3, _("3: cukup")),
            (2, _("2: kurang puas")),
            (1, _("1: tidak puas")),
        ],
    )
    comment = forms.CharField(label=_("Komentar (opsional)"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    @property
    def rating_options(self):
        return self.options("rating")


class ReopenForm(DescribedForm):
    reason = forms.CharField(
        label=_("Mengapa laporan perlu dibuka kembali?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Jelaskan apa yang belum selesai."),
    )


class PublicFilterForm(forms.Form):
    q = forms.CharField(label=_("Cari"), required=False, widget=forms.TextInput(attrs={"type": "search"}))
    category = CategoryChoiceField(label=_("Kategori"), queryset=None, required=False, empty_label=_("Semua kategori"))
    kecamatan = forms.ModelChoiceField(
        label=_("Kecamatan"), queryset=None, required=False, empty_label=_("Semua kecamatan")
    )
    opd = forms.ModelChoiceField(
        label=_("OPD penanggung jawab"), queryset=None, required=False, empty_label=_("Semua OPD")
    )
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Semua status"))]
        + [(value, label) for value, label in STATUS_CHOICES if value not in NOT_PUBLIC_STATUSES],
    )

    def __init__(self, *args, categories, kecamatan, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories
        self.fields["kecamatan"].queryset = kecamatan
        self.fields["opd"].queryset = agencies

    def filters(self) -> dict:
        """The filters that parsed; a value that did not is ignored (a list page never fails)."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}
