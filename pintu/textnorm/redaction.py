"""Personal data in free text, replaced by markers before the text is published (issue #15 item 2).

What citizens type into a report (its title, text, replies) may carry their own or other people's
personal data. The public version of such a text has, in place of each:

- a NIK-shaped number (16 digits, also written in groups with spaces, dots or dashes): ``[NIK disamarkan]``
- an Indonesian phone number (08.., +62.., 62.., 0062..; mobile or landline, with separators):
  ``[nomor telepon disamarkan]``
- an e-mail address: ``[surel disamarkan]``
- a name given (the reporter's own, from the contact fields), matched word by word whatever the case
  and the spacing: ``[nama disamarkan]``

Pure Python, no Django. Markers are stored in the text (Indonesian, the source language): they are
part of the published text, not of the interface. `redact(redact(t)) == redact(t)`, and a redacted
text has no run of 10 or more digits left (written together or with dots or dashes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["EMAIL_MARK", "NAME_MARK", "NIK_MARK", "PHONE_MARK", "redact"]

NIK_MARK = "[NIK disamarkan]"
PHONE_MARK = "[nomor telepon disamarkan]"
EMAIL_MARK = "[surel disamarkan]"
NAME_MARK = "[nama disamarkan]"

_SEP = r"[ .\-]?"
# e-mail first (its local part may hold digits), then NIK (16 digits), then phones, then long digit runs.
_EMAIL = re.compile(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
_NIK = re.compile(r"(?<![\d])(?<!\d[.\-])(?:\d" + _SEP + r"){15}\d(?![\d])")
# +62 / 62 / 0062 / 0, then 8-12 more digits, groups separated by a space, dot or dash, brackets allowed
# +62 / 62 / 0062 / 0, an area or operator code, then groups of 2-6 digits; 10 digits
# at least (so "05 05 2026" is no phone)
_PHONE = re.compile(
    r"(?<![\w+])(?<!\d[ .\-])(?:\+62|0062|62|0)[ .\-]?(?:\(0\))?[ .\-]?\(?\d{2,4}\)?"
    r"(?:[ .\-]?\d{3,6}){0,2}[ .\-]?\d{2,6}(?![\d])"
)
_PHONE_MIN_DIGITS = 10
_PHONE_AREA = re.compile(r"(?<![\w+])\(0\d{2,3}\)[ .\-]?\d{3,4}[ .\-]?\d{2,4}(?![\d])")  # (0711) 123456
#: Any other run of 10+ digits (with separators) is treated as a phone: no identifier survives.
_LONG_DIGITS = re.compile(r"(?<![\d])(?<!\d[.\-])\d(?:[.\-]?\d){9,}(?![\d])")
#: An amount written in thousands ("Rp 1.250.000.000") is no phone: dot groups of three, not starting with 0.
_AMOUNT = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")
_MIN_NAME_WORD = 3  # "Al", "Hj" alone are no name; whole names are matched word by word


def _name_pattern(names: Iterable[str]) -> re.Pattern | None:
    """Each given name as a whole (its words separated by any spacing), then each of its longer words."""
    wholes, words = set(), set()
    for name in names:
        parts = [p for p in re.split(r"[\s.,]+", name or "") if p]
        if not parts:
            continue
        if len(parts) > 1:
            wholes.add(r"[\s.,]+".join(re.escape(p) for p in parts))
        words.update(re.escape(p) for p in parts if len(p) >= _MIN_NAME_WORD)
    alternatives = sorted(wholes, key=len, reverse=True) + sorted(words, key=len, reverse=True)
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE | re.UNICODE)


def _phone_or_amount(match: re.Match) -> str:
    found = match.group()
    if _AMOUNT.fullmatch(found) or sum(c.isdigit() for c in found) < _PHONE_MIN_DIGITS:
        return found
    return PHONE_MARK


def redact(text: str, *, names: Iterable[str] = ()) -> str:
    """`text` with NIKs, phone numbers, e-mail addresses and the given `names` replaced by markers."""
    if not text:
        return text or ""
    text = _EMAIL.sub(EMAIL_MARK, text)
    text = _NIK.sub(NIK_MARK, text)
    text = _PHONE_AREA.sub(PHONE_MARK, text)
    text = _PHONE.sub(_phone_or_amount, text)
    text = _LONG_DIGITS.sub(_phone_or_amount, text)
    pattern = _name_pattern(names)
    if pattern is not None:
        text = pattern.sub(NAME_MARK, text)
    return text
