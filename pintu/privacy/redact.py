"""Removing a person's own details from free text, pure Python.

Erasure and retention keep what citizens wrote (the statistics and the officers' work depend on it)
but cut out the details that identify the writer: their name, e-mail address, phone number, NIK and
address, wherever they typed them. Phone numbers match in any common spelling ("0812-3456-7890",
"+62 812 3456 7890", "6281234567890"); everything else case-insensitively.

Names shorter than 3 characters are not searched for (they would cut ordinary words). A name is also
searched word by word when it has several words of 4 letters or more, so "Bu Aminah" is cut from a
text about "Siti Aminah".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

REDACTED = "[dihapus]"
_MIN_LENGTH = 3
_MIN_NAME_PART = 4
_SEPARATOR = r"[\s.\-()/]*"


def _phone_pattern(national: str) -> str:
    """Digits after +62 (e.g. "81234567890") written as +62/62/0 prefix plus digits with separators between."""
    digits = _SEPARATOR.join(re.escape(digit) for digit in national)
    return rf"(?:(?:\+|00)?62{_SEPARATOR}(?:\(0\){_SEPARATOR})?|0){digits}(?!\d)"


@dataclass
class Needles:
    """What to cut out of a person's texts."""

    texts: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)  # national digits, e.g. "81234567890"

    def add_text(self, value: str | None, *, name: bool = False) -> None:
        value = " ".join((value or "").split())
        if len(value) >= _MIN_LENGTH and value != REDACTED:
            self.texts.add(value)
        if name:
            parts = [part for part in value.split() if len(part) >= _MIN_NAME_PART]
            if len(parts) > 1:
                self.texts.update(parts)

    def add_person(self, *, names=(), details=(), phone: str | None = None) -> None:
        """One person's details: their names (each also split into its parts), other texts cut out whole
        (e-mail, NIK, address, ...) and their phone number."""
        for value in names:
            self.add_text(value, name=True)
        for value in details:
            self.add_text(value)
        self.add_phone(phone)

    def add_phone(self, value: str | None) -> None:
        digits = "".join(ch for ch in (value or "") if ch.isdigit())
        if digits.startswith("62"):
            digits = digits[2:]
        elif digits.startswith("0"):
            digits = digits[1:]
        if len(digits) >= 6:
            self.phones.add(digits)

    def update(self, other: Needles) -> None:
        self.texts |= other.texts
        self.phones |= other.phones

    def __bool__(self) -> bool:
        return bool(self.texts or self.phones)

    def pattern(self) -> re.Pattern | None:
        alternatives = [_phone_pattern(phone) for phone in sorted(self.phones, key=len, reverse=True)]
        alternatives += [
            r"\s+".join(re.escape(word) for word in text.split()) for text in sorted(self.texts, key=len, reverse=True)
        ]
        return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


def redact(text: str, needles: Needles) -> str:
    """`text` with every occurrence of the person's details replaced by "[dihapus]"."""
    pattern = needles.pattern()
    if not text or pattern is None:
        return text
    return pattern.sub(REDACTED, text)


def redact_json(value, needles: Needles):
    """The same for every string inside a JSON-like value (dicts, lists)."""
    if isinstance(value, str):
        return redact(value, needles)
    if isinstance(value, dict):
        return {key: redact_json(item, needles) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [redact_json(item, needles) for item in value]
    return value


def contains_any(texts: Iterable[str], needles: Needles) -> bool:
    pattern = needles.pattern()
    return pattern is not None and any(pattern.search(text or "") for text in texts)
