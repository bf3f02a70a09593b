"""The annual report pages' forms: the narrative; sending to the Komisi Informasi (rules: services, dispatch)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pintu.ppid.annual.models import SectionKey, SendingChannel


class AnnualNarrativeForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in SectionKey.choices:
            self.fields[key] = forms.CharField(label=label, required=False, max_length=20000,
                                               widget=forms.Textarea(attrs={"rows": 4}))  # fmt: skip


class SendingForm(forms.Form):
    """When and how the signed report went to the Komisi Informasi. Rules: pintu.ppid.annual.dispatch."""

    sent_on = forms.DateField(label=_("Tanggal pengiriman"), widget=forms.DateInput(attrs={"type": "date"}))
    channel = forms.ChoiceField(label=_("Cara pengiriman"), choices=SendingChannel.choices)
    reference = forms.CharField(
        label=_("Rujukan pengiriman"), max_length=200,
        help_text=_("Nomor resi atau tanda terima, alamat e-mail tujuan, atau nomor tiket portal."),
    )  # fmt: skip
    note = forms.CharField(label=_("Keterangan"), required=False, max_length=2000,
                           widget=forms.Textarea(attrs={"rows": 2}))  # fmt: skip

