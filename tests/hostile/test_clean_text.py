"""textnorm.untrusted.clean_text: what is dropped from typed text, and what is kept."""

import pytest

from pintu.textnorm.untrusted import clean_text


@pytest.mark.parametrize(
    ("typed", "single", "multi"),
    [
        ("a\x00b", "ab", "ab"),
        ("a\nb\tc\r\n", "abc", "a\nb\tc\r\n"),
        ("\u202egnp.exe\u202c", "gnp.exe", "gnp.exe"),
        ("\u2066x\u2069", "x", "x"),
        ("bel\x07 esc\x1b del\x7f c1\x85", "bel esc del c1", "bel esc del c1"),
        ("emoji 😡🇮🇩 Jаlan <b>", "emoji 😡🇮🇩 Jаlan <b>", "emoji 😡🇮🇩 Jаlan <b>"),
        ("zero\u200bwidth", "zero\u200bwidth", "zero\u200bwidth"),  # kept: a line-break hint, not a spoof
        (None, "", ""),
    ],
)
def test_clean_text(typed, single, multi):
    assert clean_text(typed) == single
    assert clean_text(typed, multiline=True) == multi
