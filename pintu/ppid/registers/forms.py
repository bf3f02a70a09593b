"""Forms of the register pages (DIP, DIK, import). They only parse input: every rule lives in
pintu.ppid.registers.services, whose ValidationError messages the views put back on these fields."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from pintu.ppid.exemptions import Article17
from pintu.ppid.forms import DateInput, MultipleFileField, agency_field
from pintu.ppid.registers.models import DipCategory, FormKind
from pintu.ppid.registers.services.dip import DIP_FIELDS, SERTA_MERTA_FIELDS, clean_dip_fields

# --- public --------------------------------------------------------------------------------------


class DipFilterForm(forms.Form):
    q = forms.CharField(label=_("Cari informasi"), required=False, max_length=200,
                        widget=forms.TextInput(attrs={"type": "search"}))  # fmt: skip
    kategori = forms.ChoiceField(label=_("Kategori"), required=False,
                                 choices=[("", _("Semua kategori")), *DipCategory.choices])  # fmt: skip
    # A code outside the list is not an error: it simply matches nothing.
    instansi = forms.CharField(label=_("Instansi"), required=False, max_length=40, widget=forms.Select)

    def __init__(self, *args, agencies=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["instansi"].widget.choices = [("", _("Semua instansi"))] + [(a.code, a.name) for a in agencies]


# --- staff: DIP ----------------------------------------------------------------------------------


class DipItemForm(forms.Form):
    number = forms.IntegerField(label=_("Nomor urut"), required=False, min_value=1,
                                help_text=_("Kosongkan untuk nomor berikutnya dalam daftar instansi."))  # fmt: skip
    # attrs "required": marks (field.html) what the service asks for before it saves a draft
    category = forms.ChoiceField(label=_("Kategori"), choices=[("", "---------"), *DipCategory.choices],
                                 required=False, widget=forms.Select(attrs={"required": True}))  # fmt: skip
    section = forms.CharField(label=_("Sub bagian"), required=False, max_length=255,
                              help_text=_("Misalnya: Informasi tentang profil badan publik."))  # fmt: skip
    title = forms.CharField(label=_("Judul informasi"), required=False, max_length=300,
                            widget=forms.TextInput(attrs={"required": True}))  # fmt: skip
    summary = forms.CharField(label=_("Ringkasan isi informasi"), required=False,
                              widget=forms.Textarea(attrs={"rows": 4}))  # fmt: skip
    holder = forms.CharField(label=_("Pejabat/unit yang menguasai informasi"), required=False, max_length=255)
    responsible = forms.CharField(label=_("Penanggung jawab pembuatan informasi"), required=False, max_length=255)
    made_when_where = forms.CharField(label=_("Waktu dan tempat pembuatan informasi"), required=False,
                                      max_length=255, help_text=_("Misalnya: 2026, Indralaya."))  # fmt: skip
    form_kind = forms.ChoiceField(label=_("Bentuk informasi"), required=False,
                                  choices=[("", "---------"), *FormKind.choices])  # fmt: skip
    form_note = forms.CharField(label=_("Keterangan bentuk/format (opsional)"), required=False, max_length=255,
                                help_text=_("Misalnya: PDF, tersedia juga di perpustakaan dinas."))  # fmt: skip
    retention = forms.CharField(label=_("Jangka waktu penyimpanan"), required=False, max_length=255,
                                help_text=_("Misalnya: 5 tahun, atau selama berlaku."))  # fmt: skip
    link = forms.CharField(label=_("Tautan (opsional)"), required=False, max_length=500,
                           help_text=_("Alamat web tempat informasi dapat dibaca, bila ada."))  # fmt: skip
    # a serta-merta announcement: required when the category is serta merta, cleared for the other categories
    hazard = forms.CharField(label=_("Serta merta: ancaman atau bahaya"), required=False,
                             widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip
    affected = forms.CharField(label=_("Serta merta: siapa dan wilayah mana yang terdampak"), required=False,
                               widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip
    evacuation = forms.CharField(label=_("Serta merta: evakuasi (jalur dan tempat)"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 2}),
                                 help_text=_("Tulis \"Tidak perlu evakuasi\" bila memang tidak perlu."))  # fmt: skip
    avoid_harm = forms.CharField(label=_("Serta merta: cara menghindari bahaya"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip
    get_help = forms.CharField(label=_("Serta merta: cara mendapatkan bantuan"), required=False,
                               widget=forms.Textarea(attrs={"rows": 2}),
                               help_text=_("Nomor darurat, posko, fasilitas kesehatan."))  # fmt: skip
    in_force_until = forms.DateField(
        label=_("Serta merta: berlaku sampai (opsional)"), required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Tampil di beranda sampai tanggal ini; kosong: sampai ditarik."),
    )  # fmt: skip

    def __init__(self, *args, agencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        if agencies is not None:
            self.fields = {"agency": agency_field(agencies), **self.fields}

    ANNOUNCEMENT = (*SERTA_MERTA_FIELDS, "in_force_until")

    def main_fields(self):
        return [self[name] for name in self.fields if name not in self.ANNOUNCEMENT]

    def announcement_fields(self):
        """The serta-merta announcement, shown in its own fieldset (the page hides it for other categories)."""
        return [self[name] for name in self.ANNOUNCEMENT]

    def clean(self):
        data = super().clean()
        if data.get("category") != DipCategory.SERTA_MERTA:
            for name in self.ANNOUNCEMENT:  # typed, then the category changed: not kept for an item it does not fit
                data[name] = None if name == "in_force_until" else ""
                self._errors.pop(name, None)  # nor is a wrong date in it held against the form
        else:
            for name in SERTA_MERTA_FIELDS:
                if name in data and not data[name].strip():
                    self.add_error(name, _("Wajib diisi untuk informasi serta merta."))
        if self.errors:  # the service will not run this time: its findings too, so every mistake shows at once
            try:
                clean_dip_fields({name: value for name, value in data.items() if name in DIP_FIELDS}, partial=True)
            except ValidationError as exc:
                for name, messages in exc.message_dict.items():
                    if name not in self.errors:
                        self.add_error(name, messages)
        return data


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Alasan"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class RefreshForm(forms.Form):
    date = forms.DateField(label=_("Tanggal informasi diperbarui"), required=False, widget=DateInput())


class DipFilesForm(forms.Form):
    files = MultipleFileField(
        label=_("Tambah berkas (PDF atau gambar)"),
        required=False,
        help_text=_("Berkas menjadi publik bersama informasinya. Paling besar 20 MB per berkas."),
    )


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Berkas CSV atau XLSX"),
                           help_text=_("Baris pertama berisi judul kolom. Semua baris menjadi draf; bila ada baris "
                                       "yang salah, tidak ada yang disimpan."))  # fmt: skip

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields = {"agency": agency_field(agencies), **self.fields}


# --- staff: DIK ----------------------------------------------------------------------------------


class DikItemForm(forms.Form):
    information = forms.CharField(
        label=_("Informasi yang dikecualikan"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sebutkan sespesifik mungkin; bagian lain dokumen tetap terbuka."),
    )
    document = forms.CharField(label=_("Dokumen yang memuat informasi"), required=False, max_length=300)
    legal_basis = forms.ChoiceField(label=_("Dasar hukum (Pasal 17 UU 14/2008)"), required=False,
                                    choices=[("", "---------"), *Article17.choices])  # fmt: skip
    other_law = forms.CharField(label=_("Undang-undang lain (wajib untuk huruf j)"), required=False, max_length=300)
    consequence = forms.CharField(label=_("Konsekuensi bila informasi dibuka"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 4}))  # fmt: skip
    public_interest = forms.CharField(label=_("Pertimbangan kepentingan publik"), required=False,
                                      widget=forms.Textarea(attrs={"rows": 4}),
                                      help_text=_("Mengapa menutup informasi ini melindungi kepentingan yang lebih "
                                                  "besar daripada membukanya."))  # fmt: skip
    exempt_until = forms.DateField(label=_("Dikecualikan sampai"), required=False, widget=DateInput())

    def __init__(self, *args, agencies=None, **kwargs):
        super().__init__(*args, **kwargs)
        if agencies is not None:
            self.fields = {"agency": agency_field(agencies), **self.fields}


class DecideForm(forms.Form):
    """The berita acara of the consequence test, for the determination letter (the entry's own columns give
    the rest: article 17 letter, consequence, public interest, information, period)."""

    test_date = forms.DateField(label=_("Tanggal uji konsekuensi"), required=False, widget=DateInput(),
                                help_text=_("Kosongkan untuk hari ini."))  # fmt: skip
    test_place = forms.CharField(label=_("Tempat uji konsekuensi"), required=False, max_length=200)
    participants = forms.CharField(label=_("Peserta uji konsekuensi"), required=False,
                                   widget=forms.Textarea(attrs={"rows": 3}),
                                   help_text=_("Satu peserta per baris: nama - jabatan."))  # fmt: skip
    conclusion = forms.CharField(
        label=_("Kesimpulan"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Kosongkan untuk kesimpulan baku dari pasal dan jangka waktunya."),
    )

    def clean_participants(self):
        return self.cleaned_data.get("participants", "").splitlines()
