"""Tokenising and the search pipeline built on ``normalize`` and ``stem``.

The same function turns a complaint into its index text and a user query into
its search terms, so both sides always agree.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import COMPOUND_SPLITS, SEARCH_EXPANSIONS, STOPWORDS
from .normalize import normalize
from .stem import stem

__all__ = ["search_terms", "search_text", "tokens"]

# "wkwkwk", "hahaha", "hehe", "hihihi", "xixixi": laughter carries nothing
_LAUGHTER = re.compile(r"(?:wk)+w?|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:xi){2,}|(?:ak){3,}")


@lru_cache(maxsize=100_000)
def _is_noise(word: str) -> bool:
    if word in STOPWORDS:
        return True
    if len(word) == 1:
        return not word.isdigit()
    return _LAUGHTER.fullmatch(word) is not None


def tokens(text: str) -> list[str]:
    """Normalise ``text`` and split it into words, dropping stopwords and noise.

    Dropped: ``lexicon.STOPWORDS``, single letters, laughter ("wkwk", "hahaha").
    Kept: ``tidak`` / ``bukan`` (negation matters), numbers and placeholder tokens.

    >>> tokens("Tolong pak, air PDAM tidak mengalir sdh 3 hari")
    ['air', 'pdam', 'tidak', 'mengalir', '3', 'hari']
    """
    return [word for word in normalize(text).split() if not _is_noise(word)]


@lru_cache(maxsize=100_000)
def _index_terms(word: str) -> tuple[str, ...]:
    root = stem(word)
    if root in COMPOUND_SPLITS:
        parts = [part for part in COMPOUND_SPLITS[root] if part not in STOPWORDS]
    else:
        parts = [root]
    out: list[str] = []
    for part in parts:
        out.extend(SEARCH_EXPANSIONS.get(part, (part,)))
    return tuple(out)


def _terms(text: str) -> list[str]:
    out: list[str] = []
    for word in tokens(text):
        out.extend(_index_terms(word))
    return out


def search_text(text: str) -> str:
    """The text to index: stems of ``tokens(text)`` joined by single spaces (only ``[a-z0-9 ]``).

    Compound roots are split ("ditindaklanjuti" -> "tindak lanjut") and "ektp" is
    indexed as "ektp ktp", so a search for "ktp" finds e-KTP complaints.

    >>> search_text("Perbaikan jalanan yg berlubang blm ditindaklanjuti")
    'baik jalan lubang tindak lanjut'
    """
    return " ".join(_terms(text))


def search_terms(query: str) -> list[str]:
    """The terms of a user query: ``search_text`` words, deduplicated, first occurrence kept."""
    return list(dict.fromkeys(_terms(query)))
