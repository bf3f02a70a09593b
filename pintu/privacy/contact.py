"""Contact details of reporters: Indonesian phone numbers and email addresses.

Phone numbers are stored in E.164 ("+6281234567890"). Accepted input::

    0812-3456-7890      +62 812 3456 7890     62812...     0062 812...
    +62 (0)812 3456 7890                      812 3456 7890 (mobile without the 0)
    (0711) 123456       021-1234-5678         +62 711 123456

Mobile numbers are 08 followed by 8-11 digits (10-13 digits nationally, 081x-089x; 080x is
freephone/premium, not a mobile). Landlines are an area code 0xx/0xxx (0 then 2-7 or 9)
followed by 5-8 digits: 7-11 digits after the 0. Area codes are not checked against a list.

Masking helpers return '' for anything they cannot parse, so a bad value is never echoed back.
This module is pure Python except ``validate_email_address``, which uses Django's EmailValidator.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator

__all__ = [
    "InvalidEmail",
    "InvalidPhone",
    "mask_email",
    "mask_phone",
    "normalize_phone",
    "validate_email_address",
]

_PHONE_EMPTY = ("Nomor telepon wajib diisi.", "Enter a phone number.")
_PHONE_FOREIGN = (
    "Hanya nomor telepon Indonesia (+62) yang diterima.",
    "Only Indonesian (+62) phone numbers are accepted.",
)
_PHONE_CHARACTERS = (
    "Nomor telepon hanya boleh berisi angka, spasi, tanda hubung, titik, tanda kurung, dan awalan +62.",
    "A phone number may contain only digits, spaces, dashes, dots, brackets and a leading +62.",
)
_PHONE_FORMAT = (
    "Nomor telepon tidak sah. Contoh: 0812-3456-7890 atau (0711) 123456.",
    "Invalid phone number. Examples: 0812-3456-7890 or (0711) 123456.",
)
_EMAIL_EMPTY = ("Alamat email wajib diisi.", "Enter an email address.")
_EMAIL_INVALID = (
    "Alamat email tidak sah. Contoh: nama@contoh.go.id.",
    "Invalid email address. Example: name@example.com.",
)

_PHONE_SEPARATORS = str.maketrans("", "", "-.()/")
_ASCII_DIGITS = frozenset("0123456789")
_MOBILE_LENGTHS = range(9, 13)  # digits after the leading 0: "8" + 8-11 digits
_LANDLINE_LENGTHS = range(7, 12)  # 2-3 digit area code (without 0) + 5-8 digits
_LANDLINE_FIRST_DIGITS = frozenset("2345679")

_email_validator = EmailValidator(allowlist=[])  # "user@localhost" is no way to reach a citizen


class _ContactError(ValueError):
    def __init__(self, message_id: str, message_en: str):
        super().__init__(message_id)
        self.message_id = message_id
        self.message_en = message_en

    def message(self, language: str = "id") -> str:
        """The message for a language code such as "id", "en" or "en-us" (Indonesian by default)."""
        return self.message_en if language.lower().startswith("en") else self.message_id


class InvalidPhone(_ContactError):
    """Not an Indonesian phone number. Carries ``message_id`` (Indonesian) and ``message_en``."""


class InvalidEmail(_ContactError):
    """Not a usable email address. Carries ``message_id`` (Indonesian) and ``message_en``."""


def _national_number(value: object) -> str:
    """The digits after the trunk prefix 0 / country code 62, unchecked for length."""
    text = "" if value is None else str(value)
    compact = "".join(text.split()).translate(_PHONE_SEPARATORS)
    if not compact:
        raise InvalidPhone(*_PHONE_EMPTY)
    plus = compact.startswith("+")
    digits = compact[1:] if plus else compact
    if not digits or not set(digits) <= _ASCII_DIGITS:
        raise InvalidPhone(*_PHONE_CHARACTERS)
    if plus or digits.startswith("00"):
        digits = digits if plus else digits[2:]
        if not digits.startswith("62"):
            raise InvalidPhone(*_PHONE_FOREIGN)
        national = digits[2:]
    elif digits.startswith("62"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    elif digits.startswith("8"):  # mobile typed without its 0, e.g. next to a "+62" label
        national = digits
    else:
        raise InvalidPhone(*_PHONE_FORMAT)
    if national.startswith("0") and not national.startswith("00"):  # "+62 (0)812..."
        national = national[1:]
    return national


def normalize_phone(value: object) -> str:
    """The number in E.164 ("+6281234567890"); raises InvalidPhone."""
    national = _national_number(value)
    if national[:1] == "8":
        ok = national[1:2] != "0" and len(national) in _MOBILE_LENGTHS
    else:
        ok = national[:1] in _LANDLINE_FIRST_DIGITS and len(national) in _LANDLINE_LENGTHS
    if not ok:
        raise InvalidPhone(*_PHONE_FORMAT)
    return "+62" + national


def mask_phone(value: object) -> str:
    """Mask as "+62812****7890": the last 4 digits and at most the first 3 after +62, with 3 or more hidden."""
    try:
        e164 = normalize_phone(value)
    except InvalidPhone:
        return ""
    national = e164[3:]
    head = max(0, min(3, len(national) - 7))
    return "+62" + national[:head] + "*" * (len(national) - head - 4) + national[-4:]


def validate_email_address(value: object) -> str:
    """The address, stripped and with its domain lower-cased; raises InvalidEmail.

    The local part keeps its case (it is case-sensitive in principle). Domains without a dot
    such as "localhost" are refused.
    """
    text = "" if value is None else str(value).strip()
    if not text:
        raise InvalidEmail(*_EMAIL_EMPTY)
    try:
        _email_validator(text)
    except ValidationError:
        raise InvalidEmail(*_EMAIL_INVALID) from None
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def mask_email(value: object) -> str:
    """Mask as "b***@gmail.com": the first character of the local part, always three '*', the domain."""
    text = "" if value is None else str(value).strip()
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        return ""
    return f"{local[0]}***@{domain.lower()}"
