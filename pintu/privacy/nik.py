"""Nomor Induk Kependudukan (NIK): structural validation and masking.

Pure Python, no Django. A NIK has 16 digits::

    PP KK CC DDMMYY SSSS
    |  |  |  |      +-- serial number (0001-9999)
    |  |  |  +--------- date of birth; women have 40 added to the day
    |  |  +------------ kecamatan (district) code
    |  +--------------- kabupaten/kota (regency/city) code
    +------------------ province code

Validation is structural only: it cannot prove that Dukcapil issued the number. The region
codes record where the NIK was *issued*, never where the person lives now, so nothing here
returns or infers an address. The year has two digits, so both 19YY and 20YY are kept as
candidates when both are plausible.

``str(InvalidNik)`` and ``repr(NikInfo)`` never contain the full NIK, so they are safe in logs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = [
    "MESSAGES",
    "PROVINCE_CODES",
    "InvalidNik",
    "NikInfo",
    "mask_nik",
    "normalize_nik",
    "validate_nik",
]

# The 38 provinces (Kepmendagri 100.1.1-6117/2022 and later): Sumatra 11-19 and 21, Java 31-36,
# Bali/Nusa Tenggara 51-53, Kalimantan 61-65, Sulawesi 71-76, Maluku 81-82, Papua 91-96
# (91 Papua, 92 Papua Barat, 93 Papua Selatan, 94 Papua Tengah, 95 Papua Pegunungan,
# 96 Papua Barat Daya). NIKs issued before a province was split keep the old code, which is
# still in this set.
PROVINCE_CODES: frozenset[str] = frozenset(
    f"{code:02d}"
    for code in (
        *range(11, 20),
        21,
        *range(31, 37),
        *range(51, 54),
        *range(61, 66),
        *range(71, 77),
        81,
        82,
        *range(91, 97),
    )
)

#: code -> (Indonesian message, English message)
MESSAGES: dict[str, tuple[str, str]] = {
    "length": ("NIK harus 16 angka.", "The NIK must be 16 digits."),
    "digits": ("NIK hanya boleh berisi angka.", "The NIK may contain digits only."),
    "province": ("Kode provinsi pada NIK tidak dikenal.", "The province code in the NIK is not recognised."),
    "regency": ("Kode kabupaten/kota pada NIK tidak sah.", "The regency/city code in the NIK is not valid."),
    "district": ("Kode kecamatan pada NIK tidak sah.", "The district (kecamatan) code in the NIK is not valid."),
    "date": ("Tanggal lahir pada NIK tidak sah.", "The date of birth in the NIK is not valid."),
    "serial": ("Nomor urut pada NIK tidak boleh 0000.", "The serial number in the NIK cannot be 0000."),
}

_SEPARATORS = str.maketrans("", "", ".-")
_ASCII_DIGITS = frozenset("0123456789")
_FEMALE_DAY_OFFSET = 40


class InvalidNik(ValueError):
    """A NIK failed validation. ``code`` is one of the keys of MESSAGES."""

    def __init__(self, code: str, message_id: str, message_en: str):
        super().__init__(message_id)
        self.code = code
        self.message_id = message_id
        self.message_en = message_en

    @classmethod
    def for_code(cls, code: str) -> InvalidNik:
        return cls(code, *MESSAGES[code])

    def message(self, language: str = "id") -> str:
        """The message for a language code such as "id", "en" or "en-us" (Indonesian by default)."""
        return self.message_en if language.lower().startswith("en") else self.message_id


@dataclass(frozen=True, repr=False)
class NikInfo:
    """What the digits of a valid NIK say. ``sex`` is "L" (laki-laki) or "P" (perempuan)."""

    nik: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date_candidates: tuple[dt.date, ...]  # oldest first, never empty
    sex: str
    serial: str

    def __repr__(self) -> str:
        return f"NikInfo(nik={mask_nik(self.nik)!r}, sex={self.sex!r})"

    @property
    def masked(self) -> str:
        return mask_nik(self.nik)


def normalize_nik(value: object) -> str:
    """The 16 digits of ``value`` with whitespace, dots and dashes removed; raises InvalidNik."""
    text = "" if value is None else str(value)
    digits = "".join(text.split()).translate(_SEPARATORS)
    if not set(digits) <= _ASCII_DIGITS:
        raise InvalidNik.for_code("digits")
    if len(digits) != 16:
        raise InvalidNik.for_code("length")
    return digits


def validate_nik(value: object, *, today: dt.date | None = None) -> NikInfo:
    """Check the structure of a NIK and describe it; raises InvalidNik (and nothing else).

    ``today`` bounds the date of birth (default: ``datetime.date.today()``; Django callers
    should pass ``django.utils.timezone.localdate()``).
    """
    nik = normalize_nik(value)
    province, regency, district = nik[0:2], nik[2:4], nik[4:6]
    day, month, year, serial = int(nik[6:8]), int(nik[8:10]), int(nik[10:12]), nik[12:16]

    if province not in PROVINCE_CODES:
        raise InvalidNik.for_code("province")
    if regency == "00":
        raise InvalidNik.for_code("regency")
    if district == "00":
        raise InvalidNik.for_code("district")

    sex = "L"
    if day > _FEMALE_DAY_OFFSET:
        sex, day = "P", day - _FEMALE_DAY_OFFSET
    candidates = _birth_dates(day, month, year, today or dt.date.today())
    if not candidates:
        raise InvalidNik.for_code("date")
    if serial == "0000":
        raise InvalidNik.for_code("serial")

    return NikInfo(
        nik=nik,
        province_code=province,
        regency_code=regency,
        district_code=district,
        birth_date_candidates=candidates,
        sex=sex,
        serial=serial,
    )


def _birth_dates(day: int, month: int, yy: int, today: dt.date) -> tuple[dt.date, ...]:
    """Real dates for 19YY and 20YY that are not after ``today``, oldest first."""
    found = []
    for century in (1900, 2000):
        try:
            candidate = dt.date(century + yy, month, day)
        except ValueError:  # day 0, day 31 in a 30-day month, 29 February of a common year, month 13...
            continue
        if candidate <= today:
            found.append(candidate)
    return tuple(found)


def mask_nik(nik: object) -> str:
    """Mask as "1610********0001": the first 4 and last 4 digits, the other 8 as '*'.

    Anything that is not 16 digits (after removing separators) gives '' so that a partial
    value is never echoed back.
    """
    try:
        digits = normalize_nik(nik)
    except InvalidNik:
        return ""
    return digits[:4] + "*" * 8 + digits[-4:]
