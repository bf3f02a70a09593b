"""Forms of the objection and dispute pages. They only parse input: every rule lives in
pintu.ppid.objections.services."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pintu.ppid.forms import DateInput
from pintu.ppid.objections.models import (
    Court,
    ObjectionDecision,
    ObjectionStatus,
    RequesterResponse,
    Ruling,
    StageAction,
)
from pintu.ppid.objections.workflow import GROUND_CHOICES
from pintu.security.spam import SpamGuardMixin


class ObjectionForm(SpamGuardMixin, forms.Form):
    """The requester's objection (public). `secret` appears only when the visitor has not proved yet."""

    secret = forms.CharField(label=_("Kode rahasia permohonan"), max_length=20, required=False,
                             help_text=_("Kode rahasia yang Anda terima saat mengajukan permohonan."))  # fmt: skip
    grounds = forms.MultipleChoiceField(
        label=_("Alasan keberatan"),
        choices=GROUND_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Pasal 35 ayat (1) UU 14/2008, boleh lebih dari satu."),
    )
    description = forms.CharField(label=_("Kasus posisi"), widget=forms.Textarea(attrs={"rows": 6}), max_length=5000,
                                  help_text=_("Uraikan apa yang terjadi dan apa yang Anda minta."))  # fmt: skip
    is_proxy = forms.BooleanField(label=_("Saya mengajukan sebagai kuasa pemohon"), required=False)
    proxy_name = forms.CharField(label=_("Nama kuasa pemohon"), max_length=150, required=False)
    contact = forms.CharField(label=_("E-mail untuk menerima tanggapan"), max_length=150, required=False,
                              help_text=_("Kosongkan untuk memakai e-mail pada permohonan."))  # fmt: skip

    def __init__(self, *args, ask_secret: bool = False, grounds=None, **kwargs):
        super().__init__(*args, **kwargs)
        if grounds is not None:  # the grounds that have arisen (objections.actions.grounds_offered)
            self.fields["grounds"].choices = grounds
        if ask_secret:
            self.fields["secret"].required = True
        else:
            del self.fields["secret"]


class PaperObjectionForm(forms.Form):
    request_number = forms.CharField(label=_("Nomor pendaftaran permohonan"), max_length=30, required=False,
                                     help_text=_("Kosongkan hanya untuk alasan b tanpa permohonan."))  # fmt: skip
    information = forms.CharField(label=_("Informasi berkala yang tidak disediakan"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)  # fmt: skip
    requester_name = forms.CharField(label=_("Nama pemohon"), max_length=150, required=False,
                                     help_text=_("Kosongkan untuk memakai nama pada permohonan."))  # fmt: skip
    is_proxy = forms.BooleanField(label=_("Diajukan melalui kuasa"), required=False)
    proxy_name = forms.CharField(label=_("Nama kuasa pemohon"), max_length=150, required=False)
    contact = forms.CharField(label=_("Kontak (e-mail atau telepon)"), max_length=150, required=False)
    grounds = forms.MultipleChoiceField(label=_("Alasan keberatan"), choices=GROUND_CHOICES,
                                        widget=forms.CheckboxSelectMultiple)  # fmt: skip
    description = forms.CharField(label=_("Kasus posisi"), widget=forms.Textarea(attrs={"rows": 5}), max_length=5000)
    filed_on = forms.DateField(label=_("Tanggal keberatan diterima"), widget=DateInput, initial=timezone.localdate)
    ground_arose_on = forms.DateField(label=_("Tanggal alasan keberatan muncul"), widget=DateInput, required=False,
                                      help_text=_("Kosongkan untuk tanggal dari permohonan (pemberitahuan tertulis "
                                                  "atau batas waktunya)."))  # fmt: skip


class DecideForm(forms.Form):
    decision = forms.ChoiceField(label=_("Tanggapan"), choices=ObjectionDecision.choices, widget=forms.RadioSelect)
    decision_text = forms.CharField(label=_("Isi tanggapan dan pertimbangan"), widget=forms.Textarea(attrs={"rows": 5}),
                                    max_length=10000)  # fmt: skip
    orders = forms.CharField(label=_("Perintah kepada PPID (bila keberatan diterima)"), required=False,
                             widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)  # fmt: skip
    atasan_name = forms.CharField(label=_("Nama Atasan PPID"), max_length=150)
    atasan_post = forms.CharField(label=_("Jabatan Atasan PPID"), max_length=150)


class ResponseForm(forms.Form):
    response = forms.ChoiceField(label=_("Tanggapan pemohon"), choices=RequesterResponse.choices,
                                 widget=forms.RadioSelect)  # fmt: skip


class DisputeForm(forms.Form):
    filed_on = forms.DateField(label=_("Tanggal permohonan sengketa ke Komisi Informasi"), widget=DateInput,
                               initial=timezone.localdate)  # fmt: skip
    register_number = forms.CharField(label=_("Nomor register Komisi Informasi"), max_length=60, required=False)


class DisputeStepForm(forms.Form):
    action = forms.ChoiceField(label=_("Tahap"), choices=StageAction.choices)
    on = forms.DateField(label=_("Tanggal"), widget=DateInput, initial=timezone.localdate)
    ruling = forms.ChoiceField(label=_("Amar putusan"), required=False, choices=[("", "---------"), *Ruling.choices])
    court = forms.ChoiceField(label=_("Pengadilan"), required=False, choices=[("", "---------"), *Court.choices])
    note = forms.CharField(label=_("Keterangan (isi kesepakatan atau putusan)"), required=False, max_length=5000,
                           widget=forms.Textarea(attrs={"rows": 3}))  # fmt: skip

    def __init__(self, *args, actions=None, **kwargs):
        super().__init__(*args, **kwargs)
        if actions is not None:
            self.fields["action"].choices = [(a, label) for a, label in StageAction.choices if a in actions]


class RegisterFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("Semua status")),
                                                                           *ObjectionStatus.choices])  # fmt: skip
    alasan = forms.ChoiceField(label=_("Alasan"), required=False, choices=[("", _("Semua alasan")), *GROUND_CHOICES])
    tahun = forms.IntegerField(label=_("Tahun"), required=False, min_value=2008, max_value=2100)
