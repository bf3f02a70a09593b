"""Forms of the second sign-in factor."""

from django import forms
from django.utils.translation import gettext_lazy as _


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Kode verifikasi"),
        max_length=20,
        help_text=_("6 angka dari aplikasi autentikator, atau salah satu kode cadangan Anda."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text", "autofocus": True}),
        error_messages={"required": _("Masukkan kode verifikasi.")},
    )


class EnrolForm(TokenForm):
    token = forms.CharField(
        label=_("Kode dari aplikasi"),
        max_length=10,
        help_text=_("Setelah memindai, aplikasi menampilkan 6 angka. Ketik angka itu di sini."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        error_messages={"required": _("Masukkan 6 angka dari aplikasi.")},
    )
