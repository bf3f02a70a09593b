"""What the router and the duplicate finder see of a complaint text (plain Python, no Django).

Every text goes through ``pintu.textnorm`` once (``prepare``): the normalised text (slang, abbreviations,
repeated letters, masked numbers resolved) feeds character n-grams, which survive typos and words the
stemmer does not know; its stems (``search_text``, the same terms the full-text index stores) feed word
uni- and bi-grams. Both are deterministic: the same text always gives the same features.
"""

from __future__ import annotations

from dataclasses import dataclass

from pintu.textnorm import normalize, search_text

__all__ = ["Prepared", "char_ngrams", "prepare", "prepare_many", "stem_ngrams", "stems_of"]


@dataclass(frozen=True)
class Prepared:
    """A text after normalisation: ``normalized`` (words of ``[a-z0-9]``) and its ``stems``."""

    normalized: str
    stems: str  # space-separated stems, as stored in Report.search_text

    @property
    def words(self) -> list[str]:
        return self.stems.split()


def prepare(text: str) -> Prepared:
    """Normalise once; ``search_text`` of an already normalised text is the text's own search text."""
    normalized = normalize(text or "")
    return Prepared(normalized, search_text(normalized))


def prepare_many(texts) -> list[Prepared]:
    return [prepare(text) for text in texts]


def stems_of(prepared_or_stems) -> list[str]:
    if isinstance(prepared_or_stems, Prepared):
        return prepared_or_stems.words
    return str(prepared_or_stems).split()


def stem_ngrams(stems: str) -> list[str]:
    """Word unigrams and bigrams of a space-separated stem string ("jalan lubang" -> jalan, lubang, jalan_lubang).

    A module-level function (not a lambda) so that fitted vectorisers pickle.
    """
    words = stems.split()
    return words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]


def char_ngrams(normalized: str, low: int = 2, high: int = 5) -> list[str]:
    """Character n-grams inside word boundaries (like scikit-learn's ``char_wb``), for tests and tools."""
    out: list[str] = []
    for word in normalized.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            if n > len(padded):
                break
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return out
