"""Property tests: normalize is total and idempotent; search output is plain [a-z0-9 ]."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pintu.textnorm import normalize, search_terms, search_text, stem, tokens

PROPS = settings(max_examples=400, deadline=None)
CANONICAL = re.compile(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?")

# Fragments that exercise the tricky paths (numbers, masks, joins, elongation, markers).
FRAGMENTS = [
    "0812",
    "3456",
    "7890",
    "08123456789",
    "+62",
    "62",
    "812",
    "xxxx",
    "x",
    "2x",
    "0711",
    "580123",
    "1671",
    "0001",
    "2023",
    "1.500.000",
    ",00",
    "rp",
    "e",
    "-",
    "ktp",
    "el",
    "e-ktp",
    "terima",
    "kasih",
    "mnt",
    "30",
    "[NIK]",
    "[TELP]",
    "[EMAIL]",
    "[NOMOR]",
    "[",
    "]",
    "<",
    ">",
    "@",
    "budi@mail.id",
    "https://",
    "www.",
    ".id",
    "lapor.go.id",
    "jalan2",
    "anak-anak",
    "2",
    "maaaf",
    "tolooong",
    "bangeeet",
    "gaaak",
    "saaaat",
    "a.n.",
    "s/d",
    "dr.",
    "Dr. Andi",
    "'",
    "\u2019",
    "é",
    "\u0301",
    "ß",
    "İ",
    "ﬁ",
    "１",
    "½",
    "²",
    "\u00a0",
    " ",
    "  ",
    "\n",
    ".",
    ",",
    "/",
    "%",
    "&",
    "yg",
    "gak",
    "rs",
    "dll",
    "sdn2",
    "rt05",
    "10rb",
    "hp",
    "wa",
    "no",
    "kk",
    "0",
    "8",
    "00",
    "wkwk",
    "xxx2",
    "bpk2",
    "ibu",
    "nya",
    "tidak",
    "pln",
    "e e",
    "ktp-el",
]

fragment_text = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join)
spaced_fragment_text = st.lists(st.sampled_from(FRAGMENTS), max_size=25).map(" ".join)
any_text = st.one_of(st.text(max_size=200), fragment_text, spaced_fragment_text)


@PROPS
@given(any_text)
@example("0812 3456 7890 1234")
@example("e e ktp el")
@example("terima terima kasih")
@example("0812/xxxx/xxxx")
@example("62 8123 4567 890")
def test_normalize_is_idempotent_and_canonical(text: str) -> None:
    once = normalize(text)
    assert CANONICAL.fullmatch(once), once
    assert normalize(once) == once


@PROPS
@given(st.text(max_size=300))
def test_normalize_never_raises_on_arbitrary_unicode(text: str) -> None:
    assert isinstance(normalize(text), str)


@PROPS
@given(any_text)
def test_search_text_is_plain_ascii(text: str) -> None:
    out = search_text(text)
    assert re.fullmatch(r"[a-z0-9 ]*", out)
    assert CANONICAL.fullmatch(out), out
    assert search_text(normalize(text)) == out


@PROPS
@given(any_text)
def test_search_terms_are_the_distinct_search_text_words(text: str) -> None:
    terms = search_terms(text)
    assert len(terms) == len(set(terms))
    assert set(terms) == set(search_text(text).split())


@PROPS
@given(any_text)
def test_tokens_are_words_of_normalize(text: str) -> None:
    words = normalize(text).split()
    assert set(tokens(text)) <= set(words)


@PROPS
@given(st.from_regex(r"[a-z]{1,20}", fullmatch=True))
def test_stem_is_total_and_never_lengthens(word: str) -> None:
    root = stem(word)
    assert re.fullmatch(r"[a-z]+", root)
    assert len(root) >= min(3, len(word))
    assert len(root) <= len(word) + 1  # recoding adds at most one letter (menyapu -> sapu)
