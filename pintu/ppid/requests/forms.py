"""Forms of information requests. They only parse input: every rule lives in pintu.ppid.requests.services,
whose ValidationError messages the views put back on these fields."""

import uuid

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from pintu.complaints.models import ReportKind
from pintu.files.limits import EXTENSIONS
from pintu.notifications.consent_box import add_phone_consent
from pintu.ppid.forms import MultipleFileField, RadioSelect
from pintu.ppid.requests.models import (
    DECISION_CHOICES,
    STATUS_CHOICES,
    DeliveryMethod,
    HeldForm,
    NoticeDelivery,
    ObtainMethod,
    RequestChannel,
    RequesterKind,
)
from pintu.ppid.requests.selectors import report_kecamatans
from pintu.privacy.hints import NIK_HINT
from pintu.security.spam import SpamGuardMixin

ACCEPT = ",".join(EXTENSIONS)
FILE_HINT = _("Foto (JPG, PNG, WEBP) atau PDF. Berkas disimpan terenkripsi dan tidak pernah dipublikasikan.")


class RequestForm(SpamGuardMixin, forms.Form):
    idempotency_key = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)
    requester_kind = forms.ChoiceField(
        label=_("Anda mengajukan sebagai"),
        choices=RequesterKind.choices,
        widget=RadioSelect(attrs={"required": True}),  # "required" marks what validate_draft asks for
        initial=RequesterKind.PERORANGAN,
        required=False,
    )
    name = forms.CharField(
        label=_("Nama lengkap (atau nama badan hukum/kelompok)"), max_length=150, required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name", "required": True}),
    )  # fmt: skip
    id_number = forms.CharField(
        label=_("NIK atau nomor SK pengesahan badan hukum (Kemenkumham)"),
        max_length=60,
        required=False,
        help_text=format_lazy(
            "{} {}",
            NIK_HINT,
            _(
                "Perorangan boleh mengosongkannya bila mengunggah KTP. Badan hukum: nomor SK pengesahan badan hukum "
                "dari Kementerian Hukum dan HAM."
            ),
        ),
    )
    address = forms.CharField(
        label=_("Alamat"), widget=forms.Textarea(attrs={"rows": 2, "autocomplete": "street-address"}), required=False
    )
    occupation = forms.CharField(
        label=_("Pekerjaan"), max_length=100, required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )  # fmt: skip
    phone = forms.CharField(
        label=_("Nomor telepon/HP"), max_length=30, required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
        help_text=_("Misalnya 0812 3456 7890. Isi e-mail atau nomor telepon agar kami dapat mengirim pemberitahuan."),
    )  # fmt: skip
    email = forms.CharField(
        label=_("E-mail"), max_length=254, required=False, widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    information = forms.CharField(
        label=_("Rincian informasi yang dibutuhkan"),
        widget=forms.Textarea(attrs={"rows": 5, "required": True}),
        required=False,
    )
    purpose = forms.CharField(
        label=_("Tujuan penggunaan informasi"),
        widget=forms.Textarea(attrs={"rows": 3, "required": True}),
        required=False,
    )
    obtain_method = forms.ChoiceField(
        label=_("Cara memperoleh informasi"),
        choices=ObtainMethod.choices,
        required=False,
        widget=RadioSelect(attrs={"required": True}),
    )
    delivery_method = forms.ChoiceField(
        label=_("Cara mendapatkan salinan informasi"),
        choices=[("", _("Tidak perlu salinan")), *DeliveryMethod.choices],
        required=False,
    )
    identity_file = forms.FileField(
        label=_("Foto/pindaian KTP atau SK pengesahan badan hukum"),
        required=False,
        help_text=FILE_HINT,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )
    proxy_file = forms.FileField(
        label=_("Surat kuasa (bila mewakili orang lain atau kelompok)"),
        required=False,
        help_text=FILE_HINT,
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("idempotency_key", uuid.uuid4().hex)
        add_phone_consent(self)  # "Kirim kabar lewat WhatsApp/SMS ke nomor ini", where the region sends them


class StaffRequestForm(RequestForm):
    spam_guarded = False  # officers typing in a paper request
    channel = forms.ChoiceField(
        label=_("Saluran"), choices=[(c.value, c.label) for c in RequestChannel if c != RequestChannel.WEB]
    )
    received_at = forms.DateTimeField(
        label=_("Diterima pada"),
        required=False,
        help_text=_("Kosongkan bila diterima sekarang."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )


class TrackForm(forms.Form):
    number = forms.CharField(label=_("Nomor pendaftaran"), max_length=40, help_text=_("Contoh: PPID/2026/000123"))
    secret = forms.CharField(label=_("Kode rahasia"), max_length=20)


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Alasan"), widget=forms.Textarea(attrs={"rows": 3}), required=False)


class AssignForm(forms.Form):
    agency = forms.ModelChoiceField(
        label=_("Instansi (PPID Pembantu)"),
        queryset=None,
        empty_label=_("Pilih instansi yang ditugasi"),
        error_messages={"required": _("Pilih instansi PPID Pembantu yang ditugasi menangani permohonan ini.")},
    )
    note = forms.CharField(label=_("Catatan"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, agencies, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = agencies
        self.fields["agency"].label_from_instance = lambda a: a.name


class ExtendForm(forms.Form):
    reason = forms.CharField(label=_("Alasan perpanjangan"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    days = forms.IntegerField(
        label=_("Lama perpanjangan (hari kerja, paling lama 7)"), min_value=1, max_value=7, initial=7, required=False
    )


class NoticeReceiptForm(forms.Form):
    """When (and how) the requester received the written notice: the objection window counts from it."""

    received_on = forms.DateField(
        label=_("Tanggal pemberitahuan diterima pemohon"), widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": _("Isi tanggal pemberitahuan diterima pemohon.")},
    )  # fmt: skip
    notice_delivery = forms.ChoiceField(label=_("Cara penyampaian"), required=False,
                                choices=[("", _("Tidak dicatat")), *NoticeDelivery.choices])  # fmt: skip


class NoticeForm(forms.Form):
    #: the staff page's order (web/includes/post_form.html renders the fields in it, the error summary follows it)
    field_order = ("decision", "material", "refusal_dik", "blacked_out_note", "held_form", "holder_name",
                   "documented_by", "fee", "fee_note", "payment_method", "provide_within")  # fmt: skip

    decision = forms.ChoiceField(
        label=_("Keputusan"), choices=DECISION_CHOICES, widget=RadioSelect,
        error_messages={"required": _("Pilih keputusan atas permohonan ini: diterima, diterima sebagian, ditolak, "
                                      "atau informasi tidak dikuasai.")},
    )  # fmt: skip
    material = forms.CharField(
        label=_("Materi informasi yang diberikan"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    refusal_dik = forms.ModelChoiceField(
        label=_("Entri DIK yang berlaku (wajib untuk penolakan dan penerimaan sebagian)"),
        queryset=None,
        required=False,
        empty_label=_("Tidak mengutip entri DIK (informasi tidak dikecualikan)"),
        help_text=_("Penolakan berdasarkan Pasal 17 harus merujuk entri DIK yang berlaku beserta uji konsekuensinya."),
    )
    held_form = forms.ChoiceField(
        label=_("Bentuk informasi yang dikuasai"),
        required=False,
        choices=[("", _("Pilih bentuk informasi yang dikuasai")), *HeldForm.choices],
    )
    documented_by = forms.DateField(
        label=_("Akan didokumentasikan paling lambat (bila belum didokumentasikan)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    blacked_out_note = forms.CharField(
        label=_("Bagian yang dihitamkan dan alasannya"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    holder_name = forms.CharField(label=_("Badan publik yang menguasai informasi"), required=False, max_length=255)
    fee = forms.DecimalField(
        label=_("Biaya (Rp)"), min_value=0, decimal_places=2, max_digits=12, initial=0, required=False
    )
    fee_note = forms.CharField(
        label=_("Rincian biaya"),
        required=False,
        max_length=255,
        help_text=_("Hanya biaya nyata penggandaan dan pengiriman; salinan elektronik gratis."),
    )
    payment_method = forms.CharField(
        label=_("Cara pembayaran"),
        required=False,
        max_length=200,
        help_text=_("Bila ada biaya, misalnya: transfer ke rekening kas daerah atau tunai di loket PPID."),
    )
    provide_within = forms.CharField(
        label=_("Waktu penyediaan informasi"),
        required=False,
        max_length=150,
        initial=_("Bersamaan dengan pemberitahuan ini"),
    )

    def __init__(self, *args, dik_items, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["refusal_dik"].queryset = dik_items
        self.fields["refusal_dik"].label_from_instance = lambda d: f"{d.document} ({d.get_legal_basis_display()})"
        self.fields["holder_name"].help_text = _("Untuk informasi yang tidak dikuasai atau dikuasai badan publik lain.")


class DeliverForm(forms.Form):
    files = MultipleFileField(
        label=_("Berkas informasi"),
        required=False,
        widget=MultipleFileField.widget(attrs={"multiple": True, "accept": ACCEPT}),
    )
    note = forms.CharField(
        label=_("Catatan penyerahan"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Misalnya: salinan cetak diambil langsung oleh pemohon."),
    )


class ToReportForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Jenis laporan"),
        choices=[c for c in ReportKind.choices if c[0] != ReportKind.PERMINTAAN_INFORMASI],
        error_messages={"required": _("Pilih jenis laporan.")},
    )
    kecamatan = forms.ModelChoiceField(label=_("Kecamatan"), queryset=None, empty_label=_("Pilih kecamatan"),
                                       error_messages={"required": _("Pilih kecamatan tempat kejadian.")})  # fmt: skip
    reason = forms.CharField(label=_("Alasan"), widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kecamatan"].queryset = report_kecamatans()
        self.fields["kecamatan"].label_from_instance = lambda a: a.name


class RequestFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=[("", _("Semua status")), *STATUS_CHOICES], required=False)
    q = forms.CharField(label=_("Nomor pendaftaran"), required=False, max_length=40)
    terlambat = forms.BooleanField(label=_("Hanya yang melewati batas waktu"), required=False)
    urut = forms.ChoiceField(label=_("Urutan"), required=False, choices=[("", _("Terbaru dulu")),
                             ("terlama", _("Terlama dulu")), ("tenggat", _("Batas waktu terdekat dulu"))])  # fmt: skip
