from django import forms
from django.utils.translation import gettext_lazy as _

from pintu.letters.wording import SALUTATION_CHOICES


class EraseForm(forms.Form):
    """Only collects; pintu.mydata.services.erase_account checks the password and the consent."""

    password = forms.CharField(label=_("Kata sandi Anda"), widget=forms.PasswordInput, required=False, strip=False)
    confirm = forms.BooleanField(
        label=_("Saya mengerti bahwa akun saya ditutup dan data pribadi saya dihapus selamanya."), required=False
    )


class CaseEraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Saya mengerti bahwa nama, kontak, dan NIK saya dihapus dari laporan ini selamanya."), required=False
    )


class BreachNoticeForm(forms.Form):
    """When and how the data subjects / the authority / the public were told (pintu.mydata.breaches)."""

    to = forms.ChoiceField(
        label=_("Kepada"),
        choices=[("subjects", _("Subjek data")), ("authority", _("Lembaga")), ("public", _("Masyarakat"))],
    )
    at = forms.DateTimeField(
        label=_("Disampaikan pada"), required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )  # fmt: skip
    how = forms.CharField(
        label=_("Cara"), required=False, max_length=250,
        help_text=_("Misalnya: surat nomor ... dikirim lewat e-mail dan pos."),
    )  # fmt: skip


class BreachLetterForm(forms.Form):
    """The addressee of a notice letter; the content comes from the register."""

    recipient = forms.ChoiceField(
        label=_("Surat untuk"), choices=[("subjek", _("Subjek data pribadi")), ("lembaga", _("Lembaga"))]
    )
    name = forms.CharField(label=_("Nama penerima"), max_length=200, required=False)
    salutation = forms.ChoiceField(label=_("Sapaan"), choices=SALUTATION_CHOICES, required=False)
    address = forms.CharField(label=_("Alamat"), max_length=300, required=False)
    city = forms.CharField(label=_("Kota"), max_length=100, required=False)
    advice = forms.CharField(
        label=_("Yang dapat dilakukan subjek data (opsional)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

