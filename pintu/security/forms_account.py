"""Forms of the citizen's account pages: registration, sign-in by code, password reset and change."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import get_user_model, password_validation
from django.utils.translation import gettext_lazy as _

from pintu.security.citizens import is_administrator
from pintu.security.destinations import parse_destination

DESTINATION_HELP = _("Contoh: nama@contoh.id atau 0812-3456-7890. Kami mengirim kode ke alamat ini.")


def _described(field_name: str, *, hint: bool = True) -> dict:
    return {"aria-describedby": f"id_{field_name}-hint"} if hint else {}


class DestinationField(forms.CharField):
    """One field for an e-mail address or a mobile number; cleans to a Destination."""

    def __init__(self, *, autocomplete: str = "username", more_attrs: dict | None = None, **kwargs):
        kwargs.setdefault("label", _("E-mail atau nomor HP"))
        kwargs.setdefault("help_text", DESTINATION_HELP)
        kwargs.setdefault("max_length", 254)
        kwargs.setdefault("error_messages", {"required": _("Isi alamat e-mail atau nomor HP Anda.")})
        attrs = {"autocomplete": autocomplete, "spellcheck": "false", "autocapitalize": "none", **(more_attrs or {})}
        kwargs.setdefault("widget", forms.TextInput(attrs=attrs))
        super().__init__(**kwargs)

    def clean(self, value):
        return parse_destination(super().clean(value))


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Nama lengkap"), max_length=150,
        error_messages={"required": _("Isi nama lengkap Anda.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )  # fmt: skip
    destination = DestinationField(autocomplete="email", more_attrs=_described("destination"))
    password = forms.CharField(
        label=_("Kata sandi (boleh dikosongkan)"), required=False, strip=False,
        help_text=_("Kosongkan bila Anda ingin selalu masuk dengan kode yang kami kirim. Bila diisi: paling "
                    "sedikit 8 karakter, jangan hanya angka, jangan kata sandi yang umum."),
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password", **_described("password")}),
    )  # fmt: skip

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Isi nama lengkap Anda."))
        return name

    def clean(self):
        data = super().clean()
        password = data.get("password")
        if password:
            try:
                probe = get_user_model()(full_name=data.get("name", ""))
                password_validation.validate_password(password, probe)
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return data


class CodeRequestForm(forms.Form):
    destination = DestinationField(more_attrs=_described("destination"))


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Kode 6 angka"), max_length=20,
        error_messages={"required": _("Masukkan kode yang kami kirim.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )  # fmt: skip


class PasswordResetForm(auth_forms.PasswordResetForm):
    """Django's form; administrators are left out (their password is reset by another administrator),
    and so are accounts closed by erasure. Citizens who registered without a password may set one here.
    The page answers the same whether or not a message was sent."""

    email = forms.EmailField(
        label=_("Alamat e-mail akun Anda"), max_length=254,
        error_messages={"required": _("Isi alamat e-mail Anda."),
                        "invalid": _("Alamat e-mail tidak sah. Contoh: nama@contoh.id.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )  # fmt: skip

    def get_users(self, email):
        users = get_user_model().objects.filter(email__iexact=email, is_active=True)
        return (user for user in users if user.email and not is_administrator(user))


class SetPasswordForm(auth_forms.SetPasswordForm):
    """Django's form, with our labels (the reset link, and a first password for a code-only account)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = _("Kata sandi baru")
        self.fields["new_password1"].help_text = _("Paling sedikit 8 karakter, jangan hanya angka, jangan kata "
                                                   "sandi yang umum, jangan mirip nama atau alamat Anda.")  # fmt: skip
        self.fields["new_password2"].label = _("Ulangi kata sandi baru")
        self.fields["new_password2"].help_text = ""


class PasswordChangeForm(SetPasswordForm, auth_forms.PasswordChangeForm):
    field_order = ["old_password", "new_password1", "new_password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["old_password"].label = _("Kata sandi sekarang")
