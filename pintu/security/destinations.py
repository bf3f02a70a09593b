"""Where a one-time code goes: an e-mail address or an Indonesian phone number, typed in one field.

`parse_destination("0812-3456-7890")` -> Destination("phone", "+6281234567890");
`parse_destination("Siti@Contoh.id")` -> Destination("email", "siti@contoh.id"). The value is
normalised, so one person is one key for the code store and the rate limits however they type it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pintu.privacy.contact import (
    InvalidEmail,
    InvalidPhone,
    mask_email,
    mask_phone,
    normalize_phone,
    validate_email_address,
)

EMAIL, PHONE = "email", "phone"


@dataclass(frozen=True)
class Destination:
    kind: str  # EMAIL or PHONE
    value: str  # lower-case e-mail, or E.164 phone

    @property
    def is_phone(self) -> bool:
        return self.kind == PHONE

    def masked(self) -> str:
        """For a page that may be seen over a shoulder: "si***@contoh.id", "+62812****7890"."""
        return mask_phone(self.value) if self.is_phone else mask_email(self.value)


def parse_destination(text: str) -> Destination:
    """The e-mail address or phone number in `text`; ValidationError with an Indonesian message."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(_("Isi alamat e-mail atau nomor HP Anda."), code="required")
    language = get_language() or "id"
    if "@" in text:
        try:
            return Destination(EMAIL, validate_email_address(text).lower())
        except InvalidEmail as exc:
            raise ValidationError(exc.message(language), code="invalid") from None
    try:
        phone = normalize_phone(text)
    except InvalidPhone as exc:
        raise ValidationError(exc.message(language), code="invalid") from None
    if not phone.startswith("+628"):
        raise ValidationError(_("Kode hanya dapat dikirim ke nomor HP (08...), bukan telepon rumah."), code="landline")
    return Destination(PHONE, phone)
