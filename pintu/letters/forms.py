from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from pintu.letters import services, verification
from pintu.letters.signing import SigningError

#: A signed letter is tens of kilobytes; anything far larger is not one of ours.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


class CheckFileForm(forms.Form):
    """Upload the PDF one holds, or paste its SHA-256: one of the two."""

    file = forms.FileField(
        label=_("Berkas PDF surat"),
        required=False,
        help_text=_("Berkas tidak disimpan; hanya sidik jarinya (SHA-256) yang dihitung dan dibandingkan."),
    )
    sha256 = forms.CharField(
        label=_("Atau tempel SHA-256 berkas"),
        required=False,
        max_length=100,
        help_text=_("64 karakter heksadesimal, misalnya dari perintah sha256sum."),
    )

    def clean(self):
        cleaned = super().clean()
        upload, digest = cleaned.get("file"), (cleaned.get("sha256") or "").strip()
        if upload is None and not digest:
            raise forms.ValidationError(_("Unggah berkas PDF surat atau tempel SHA-256 berkasnya."))
        if upload is not None and upload.size > MAX_UPLOAD_BYTES:
            self.add_error("file", _("Berkas terlalu besar untuk sebuah surat (paling besar 20 MB)."))
        if upload is None and not verification.is_hash(digest):
            self.add_error("sha256", _("SHA-256 terdiri atas 64 karakter 0-9 dan a-f."))
        return cleaned


class SignForm(forms.Form):
    """Approve and sign a draft letter: the certificate's passphrase when the signing service asks for it."""

    passphrase = forms.CharField(
        label=_("Kata sandi sertifikat (bila diminta)"), required=False, strip=False, widget=forms.PasswordInput
    )


def sign_posted(letter, user, data) -> SignForm:
    """Approve and sign `letter` with the posted passphrase; the form carries the refusal when it failed."""
    form = SignForm(data)
    form.is_valid()
    try:
        services.approve_and_sign(letter, user=user, passphrase=form.cleaned_data.get("passphrase") or None)
    except (ValidationError, SigningError) as exc:
        form.add_error(None, getattr(exc, "messages", None) or str(exc))
    return form
