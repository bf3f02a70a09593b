"""Display names of uploaded files: no directories, control, bidi or zero-width characters."""

from __future__ import annotations

import re
import unicodedata

from .errors import FALLBACK_STEM

MAX_NAME_LENGTH = 120


# Path separators, including look-alikes that some systems fold into "/" or "\".
_SEPARATORS = re.compile("[/\\\\\u2215\u2044\u29f8\u29f9\uff0f\uff3c]")
# Characters Windows refuses in names; replaced so a downloaded copy keeps a usable name.
_UNSAFE = frozenset('<>:"|?*')
_EXTENSION = re.compile(r"[A-Za-z0-9]{1,5}")


def _clean_name_text(name: object) -> str:
    text = unicodedata.normalize("NFC", "" if name is None else str(name))
    text = _SEPARATORS.split(text)[-1]
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch.isspace() or category in ("Zs", "Zl", "Zp"):
            out.append(" ")
        elif category[0] == "C":
            # Cc controls, Cf format characters (bidi overrides/isolates U+202A-202E and
            # U+2066-2069, zero-width characters), Cs surrogates, Co private use, Cn unassigned.
            continue
        elif ch in _UNSAFE:
            out.append("_")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def sanitize_name(name: object, extension: str | None = None) -> str:
    """Display name: no directories, control/bidi/zero-width characters or leading dots;
    whitespace collapsed; at most 120 characters; "lampiran" when nothing is left.

    With ``extension`` (".jpg"), the name's own extension is replaced by it. Without, the
    name's extension is kept (used to name a refused file in a message).
    """
    text = _clean_name_text(name)
    stem, ext = text, ""
    if "." in text:
        head, tail = text.rsplit(".", 1)
        if _EXTENSION.fullmatch(tail) and not tail.isdigit():
            stem, ext = head, "." + tail
    if extension is not None:
        ext = extension
    stem = stem.strip(" .")
    stem = stem[: MAX_NAME_LENGTH - len(ext)].rstrip(" .") or FALLBACK_STEM
    return stem + ext
