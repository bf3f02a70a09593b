"""Letter numbers: the region's pattern, and a serial per scheme, year and unit without gaps or twins.

The counter row is locked with SELECT ... FOR UPDATE (on SQLite the IMMEDIATE transaction already
serialises writers) inside the transaction that stores the signed letter, as pintu.ppid.counters does:
two signers of the same scheme wait for each other, and a rollback (a failed signature) gives the
number back, so the register has no gap.
"""

import datetime as dt
from string import Formatter

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from pintu.letters import wording
from pintu.letters.models import NumberCounter, NumberingScheme

FIELDS = {"kode", "nomor", "unit", "tahun", "bulan"}


def pattern_problems(pattern: str) -> list[str]:
    """Why a numbering pattern cannot be used (empty when it can)."""
    try:
        names = [name for _lit, name, _spec, _conv in Formatter().parse(pattern) if name is not None]
    except ValueError:
        return ["Pola nomor mengandung kurung kurawal yang tidak berpasangan."]
    unknown = sorted(set(names) - FIELDS)
    found = [f"Unsur tidak dikenal: {', '.join('{' + n + '}' for n in unknown)}."] if unknown else []
    if "nomor" not in names:
        found.append("Pola nomor harus memuat {nomor} (nomor urut).")
    if "tahun" not in names:
        found.append("Pola nomor harus memuat {tahun}: nomor urut dimulai lagi setiap tahun.")
    return found


def format_number(scheme: NumberingScheme, *, serial: int, unit_code: str, on: dt.date) -> str:
    return scheme.pattern.format(
        kode=scheme.classification_code,
        nomor=str(serial).zfill(scheme.serial_width),
        unit=unit_code,
        tahun=on.year,
        bulan=wording.roman_month(on),
    )


def unit_code_for(scheme: NumberingScheme, letterhead_unit_code: str) -> str:
    return scheme.unit_code or letterhead_unit_code


def take_number(scheme: NumberingScheme, *, unit_code: str, on: dt.date) -> tuple[int, str]:
    """(serial, formatted number) for a letter signed `on`; call inside the signing transaction."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("take_number() must run inside the transaction that stores the signed letter")
    problems = pattern_problems(scheme.pattern)
    if problems:
        raise ValidationError({"numbering": problems})
    try:
        with transaction.atomic():
            NumberCounter.objects.get_or_create(scheme=scheme, year=on.year, unit_code=unit_code)
    except IntegrityError:  # a concurrent first number of the year created it
        pass
    counter = NumberCounter.objects.select_for_update().get(scheme=scheme, year=on.year, unit_code=unit_code)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last, format_number(scheme, serial=counter.last, unit_code=unit_code, on=on)
