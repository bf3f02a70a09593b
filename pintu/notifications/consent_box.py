"""The optional WhatsApp/SMS consent box for the web forms that collect a phone number (complaint wizard,
information request form): shown only where this region can send WhatsApp or SMS now."""

from django import forms
from django.utils.translation import gettext_lazy as _

from pintu.notifications.consent import consent_label, offered_channels

FIELD = "notify_phone"
HELP = _(
    "Pilihan, tidak wajib. Kami mengirim kode lacak, kode rahasia dan setiap perkembangan ke nomor HP di atas. "
    "Anda dapat berhenti kapan saja: balas STOP, atau tekan tombol berhenti di halaman lacak."
)


def add_phone_consent(form: forms.Form) -> None:
    """Add the checkbox to `form` when a phone channel is configured (call in the form's __init__)."""
    if offered_channels():
        form.fields[FIELD] = forms.BooleanField(label=consent_label(), required=False, help_text=HELP)


def consented_channels(cleaned_data: dict) -> tuple[str, ...]:
    """The channels agreed to by ticking the box: what this region offers now, or nothing."""
    return offered_channels() if cleaned_data.get(FIELD) else ()
