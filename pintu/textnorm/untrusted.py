"""Text a citizen typed, made safe to store and show: characters that only spoof or break a display are
dropped before the text is saved (issue #8, hostile inputs).

- C0/C1 control characters (BEL, ESC, DEL ...): terminal escapes and invisible noise; newline and tab
  are kept in multi-line text.
- NUL: PostgreSQL text columns cannot hold it (the forms refuse it with a message; any other path
  reaching a service loses it here).
- Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): "Trojan Source" style
  reversal that makes "gnp.exe" read as "exe.png" in a list of reports.

Everything else (emoji, any script, look-alike letters, markup-like text) is kept as typed and
escaped by the templates when shown.
"""

import re

_BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069"
_SINGLE_LINE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")
_MULTI_LINE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI_CONTROLS}]")


def clean_text(value: str | None, *, multiline: bool = False) -> str:
    """`value` without control and bidi-override characters (newline, CR and tab kept if `multiline`)."""
    if not value:
        return ""
    return (_MULTI_LINE if multiline else _SINGLE_LINE).sub("", value)
