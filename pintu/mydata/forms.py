from django import forms
from django.utils.translation import gettext_lazy as _


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
