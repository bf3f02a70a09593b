"""JSON from outside, with its nesting depth limited before it is parsed.

Python's json module recurses once per level: a body nested 1,000 deep ("[[[[...]]]]", a few kilobytes)
raised RecursionError, an HTTP 500, in DRF's parser and in every view that called json.loads on a body
(found by tests/hostile). No form, submission or webhook of ours nests deeper than a few levels, so a
body deeper than MAX_DEPTH is refused (JsonTooDeep, a json.JSONDecodeError, so existing `except
JSONDecodeError` clauses answer it as the bad body it is) after one linear scan that never recurses.

Used by the API's parser (pintu.apikit.parsers) and the signed webhooks of pintu.interop.
"""

from __future__ import annotations

import json
import re

MAX_DEPTH = 32
_SPECIAL = re.compile(r'[\[\]{}"\\]')


class JsonTooDeep(json.JSONDecodeError):
    """The document nests arrays and objects deeper than allowed."""

    def __init__(self, doc: str, pos: int, limit: int):
        super().__init__(f"nested deeper than {limit} levels", doc, pos)
        self.limit = limit


def check_depth(text: str, limit: int = MAX_DEPTH) -> None:
    """Raise JsonTooDeep when `text` opens more than `limit` arrays/objects inside each other.

    Brackets inside strings do not count. Linear in the length, without recursion; a text with fewer
    brackets than the limit is not even scanned.
    """
    if text.count("[") + text.count("{") <= limit:
        return
    depth, in_string, skip = 0, False, -1
    for match in _SPECIAL.finditer(text):
        pos = match.start()
        if pos == skip:  # the character after a backslash inside a string
            continue
        char = text[pos]
        if in_string:
            if char == "\\":
                skip = pos + 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                raise JsonTooDeep(text, pos, limit)
        elif char in "]}":
            depth -= 1


def loads(data: str | bytes, *, limit: int = MAX_DEPTH, **kwargs):
    """json.loads after the depth check; bytes are decoded as UTF-8 (UnicodeDecodeError otherwise)."""
    text = data.decode("utf-8") if isinstance(data, bytes | bytearray) else data
    check_depth(text, limit)
    return json.loads(text, **kwargs)
