"""NIP (Nomor Induk Pegawai), the 18-digit civil-servant number printed under a signatory's name.

Structure (PP 11/2017 and BKN practice): date of birth YYYYMMDD (8), month of appointment as CPNS
YYYYMM (6), sex 1 = male / 2 = female (1), serial (3, not 000). Printed grouped as
``19750312 200003 1 002``. Pure: no Django models.
"""

import datetime as dt
import re

from django.core.exceptions import ValidationError

_DIGITS = re.compile(r"\d{18}")


def normalise(value: str) -> str:
    """Digits only: "19750312 200003 1 002" and "19750312200003 1002" are the same NIP."""
    return re.sub(r"[\s.\-]", "", value or "")


def problems(value: str) -> list[str]:
    """Why `value` is not a well-formed NIP (empty list when it is)."""
    nip = normalise(value)
    if not _DIGITS.fullmatch(nip):
        return ["NIP terdiri atas 18 angka."]
    found = []
    try:
        born = dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        born = None
        found.append("Delapan angka pertama NIP harus tanggal lahir yang sah (TTTTBBHH).")
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12:
        found.append("Angka ke-9 sampai ke-14 NIP harus tahun dan bulan pengangkatan (TTTTBB).")
    elif born and not born.year + 15 <= year <= dt.date.today().year + 1:
        found.append("Tahun pengangkatan pada NIP tidak sesuai dengan tanggal lahirnya.")
    if nip[14] not in "12":
        found.append("Angka ke-15 NIP adalah jenis kelamin: 1 (laki-laki) atau 2 (perempuan).")
    if nip[15:] == "000":
        found.append("Tiga angka terakhir NIP (nomor urut) tidak boleh 000.")
    return found


def validate_nip(value: str) -> None:
    """Django validator for the NIP field."""
    found = problems(value)
    if found:
        raise ValidationError(found, code="invalid_nip")


def grouped(value: str) -> str:
    """The printed form: 19750312 200003 1 002 (unchanged when not a NIP)."""
    nip = normalise(value)
    if not _DIGITS.fullmatch(nip):
        return value
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"
