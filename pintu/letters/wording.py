"""Formal Indonesian wording shared by every letter: courtesy forms, dates, amounts, counts.

Pure functions (no models). The decision on forms of address (docs/letters.md, "Sapaan"):

- The addressee's data may carry a salutation (``Bapak``, ``Ibu``, ``Saudara``, ``Saudari``): then the
  letter says "Yth. Ibu Siti Aminah" and calls her "Ibu" in the body.
- Without one the letter never guesses from the name or the NIK: it says "Yth. Siti Aminah" (the
  name only, which tata naskah dinas allows) and "Bapak/Ibu" in the body, the neutral form of
  formal Indonesian correspondence.
- An office is addressed by its title ("Yth. Ketua Komisi Informasi Provinsi Sumatera Selatan"),
  salutation ``jabatan``: the body then says "Bapak/Ibu" as well.
"""

import datetime as dt
from decimal import Decimal

SALUTATIONS = {
    "": "",
    "bapak": "Bapak",
    "ibu": "Ibu",
    "saudara": "Saudara",
    "saudari": "Saudari",
    "jabatan": "",
}
SALUTATION_CHOICES = [
    ("", "Tanpa sapaan (nama saja; di badan surat: Bapak/Ibu)"),
    ("bapak", "Bapak"),
    ("ibu", "Ibu"),
    ("saudara", "Saudara"),
    ("saudari", "Saudari"),
    ("jabatan", "Jabatan/lembaga (Yth. Ketua ...)"),
]
NEUTRAL_PRONOUN = "Bapak/Ibu"

MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
]  # fmt: skip
_UNITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"]


def courtesy_name(name: str, salutation: str) -> str:
    """The addressee as written after "Yth.": "Ibu Siti Aminah", or the name alone."""
    word = SALUTATIONS.get(salutation or "", "")
    return f"{word} {name}".strip()


def pronoun(salutation: str) -> str:
    """How the body calls the addressee: "Ibu", "Saudara", or the neutral "Bapak/Ibu"."""
    return SALUTATIONS.get(salutation or "", "") or NEUTRAL_PRONOUN


def long_date(value: dt.date | None) -> str:
    """12 Maret 2026 (whatever the active language)."""
    if value is None:
        return "-"
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def roman_month(value: dt.date) -> str:
    return ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][value.month - 1]


def spelled(number: int) -> str:
    """Indonesian number words for counts in letters (0-999): 2 -> "dua", 17 -> "tujuh belas"."""
    if number < 12:
        return _UNITS[number]
    if number < 20:
        return f"{_UNITS[number - 10]} belas"
    if number < 100:
        tens, rest = divmod(number, 10)
        return f"{_UNITS[tens]} puluh" + (f" {spelled(rest)}" if rest else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        head = "seratus" if hundreds == 1 else f"{_UNITS[hundreds]} ratus"
        return head + (f" {spelled(rest)}" if rest else "")
    return str(number)


def counted(number: int, noun: str) -> str:
    """7 (tujuh) hari kerja."""
    return f"{number} ({spelled(number)}) {noun}"


def attachment_count(items: list[str]) -> str:
    """The Lampiran line of the header: "2 (dua) berkas" or "-"."""
    return counted(len(items), "berkas") if items else "-"


def rupiah(amount: Decimal | int | str | None) -> str:
    """Rp 5.000 (Indonesian grouping; sen only when present)."""
    amount = Decimal(amount or 0)
    whole = int(amount)
    text = f"{whole:,}".replace(",", ".")
    cents = int((amount - whole) * 100)
    return f"Rp {text}" + (f",{cents:02d}" if cents else "")


def weekday(value: dt.date) -> str:
    return ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"][value.weekday()]


def sentence(text: str) -> str:
    """A phrase closed by exactly one full stop ("?" and "!" are kept)."""
    text = (text or "").strip()
    return text if not text or text[-1] in ".!?" else text + "."
