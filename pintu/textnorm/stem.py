"""A light, dictionary-guided Indonesian stemmer (simplified Nazief-Adriani).

``stem(word)`` works on one normalised word (``[a-z0-9]``):

1. words shorter than 4 characters, words with digits, the placeholder tokens
   (``nomortoken`` ...) and known acronyms (``pln``, ``pdam``, ``ektp`` ...) are
   returned unchanged, and so is a word that is itself in ``lexicon.ROOTS``;
2. candidates are generated the Nazief-Adriani way: inflectional suffixes
   (particles ``-lah -kah -tah -pun``, possessives ``-ku -mu -nya``), then a
   derivational suffix (``-kan -an -i``, and colloquial ``-in``), then up to three
   prefixes (``di- ke- se- me- pe- ber- ter- per-``) with the recoding rules
   (``meny+V -> s+V``, ``mem+V -> m+V | p+V``, ``men+V -> n+V | t+V``,
   ``meng+V -> V | k+V``, ``menge+C -> C``, the same for ``pe-``; ``pel+ajar``,
   ``bel+ajar``, ``be+C+er``; colloquial nasal ``ng- ny- n- m-``). The first
   candidate that is in ``ROOTS`` (directly or through ``slang.SPELLING_VARIANTS``,
   "antre" -> "antri") is the stem;
3. without a root match, a greedy rule-based removal with the default recodings
   (``mem+V -> p``, ``men+V -> t``, ``meng+V -> k``, ``meny+V -> s``) is used, where
   each step must leave at least 4 letters starting like an Indonesian syllable
   (so "menteri" does not become "teri" and "dingin" not "ngin"); ``-kan``/``-i``
   need a prefix, ``ke-``/``pe-``/``per-`` need ``-an``, ``se-`` and ``ber+V`` are
   never removed by rule (see ``_fallback``). If nothing can be removed the word
   comes back unchanged. On the 29,600 Sastrawi/KBBI root words this leaves ~96%
   unchanged; the misses are mostly loanwords and rare words.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import ACRONYMS, ROOTS, SPECIAL_TOKENS
from .slang import SPELLING_VARIANTS as STEM_ALIASES

__all__ = ["stem"]

_VOWELS = frozenset("aeiou")
_MIN_WORD = 4  # shorter words are never stemmed
_MIN_ROOT = 3  # a dictionary root may be this short ("air", "cat")
_MIN_FALLBACK = 4  # what a rule-based step must leave
_MAX_PREFIXES = 3

_PARTICLES = ("lah", "kah", "tah", "pun")
_POSSESSIVES = ("nya", "ku", "mu")
# the fallback (no root found) is stricter: "-lah" not after "l" (allah, bismillah), no "-tah", "-ku", "-mu"
_FALLBACK_PARTICLES = ("kah", "pun")
_FALLBACK_POSSESSIVES = ("nya",)
_DERIVATIONAL = ("kan", "an", "i")
_COLLOQUIAL_SUFFIXES = ("in",)
# consonant clusters that can start an Indonesian (loan)word
_CLUSTERS = frozenset("ng ny sy kh tr pr kr gr br dr bl kl pl fl gl sl".split())


def _onset_ok(word: str) -> bool:
    return len(word) >= 2 and (word[0] in _VOWELS or word[1] in _VOWELS or word[:2] in _CLUSTERS)


# How a prefix option may be used: only to find a dictionary root, by the rule-based
# fallback too, or by the fallback only when "-an" was removed (confixes ke-an, pe-an, per-an).
_ROOT_ONLY, _FALLBACK, _CONFIX = 0, 1, 2


def _prefix_options(word: str, colloquial: bool = True) -> list[tuple[str, str, int]]:
    """Ways to remove one prefix: ``(family, remainder, mode)``, in the order they are tried.

    ``family`` stops the same prefix from being removed twice; ``mode`` is one of
    ``_ROOT_ONLY``, ``_FALLBACK`` (the default recoding) and ``_CONFIX``. The colloquial
    nasal forms (ngurus, nyapu, nunggu) are only tried at the start of the whole word.
    """
    w = word
    opts: list[tuple[str, str, int]] = []

    def add(family: str, rest: str, mode: int = _ROOT_ONLY) -> None:
        if len(rest) >= _MIN_ROOT:
            opts.append((family, rest, mode))

    c2 = w[2:3]
    c3 = w[3:4]
    c4 = w[4:5]
    c5 = w[5:6]
    if w.startswith(("me", "pe")):
        family = w[:2]
        if w.startswith("ng", 2):  # meng- / peng-
            if c4 in _VOWELS:
                add(family, w[4:])
                add(family, "k" + w[4:], _FALLBACK)
                if c4 == "e" and c5 and c5 not in _VOWELS:  # menge-cat
                    add(family, w[5:])
            elif c4 in {"g", "h", "k", "q"}:
                add(family, w[4:], _FALLBACK)
        elif w.startswith("ny", 2) and c4 in _VOWELS:  # meny- / peny-
            add(family, "s" + w[4:], _FALLBACK)
            add(family, w[2:])
        elif c2 == "m":  # mem- / pem-
            if c3 in _VOWELS:
                add(family, "m" + w[3:])
                add(family, "p" + w[3:], _FALLBACK)
            elif c3 in {"b", "f", "v", "p"}:
                add(family, w[3:], _FALLBACK)
        elif c2 == "n":  # men- / pen-
            if c3 in _VOWELS:
                add(family, "n" + w[3:])
                add(family, "t" + w[3:], _FALLBACK)
            elif c3 in {"c", "d", "j", "z"}:
                add(family, w[3:], _FALLBACK)
            elif c3 in {"s", "t"}:  # loanwords: mensosialisasikan, mentransfer
                add(family, w[3:])
        elif family == "pe" and c2 == "r":  # per-
            if c3 in _VOWELS:
                add("pe", w[2:], _CONFIX)  # perawat -> rawat
                add("per", w[3:])  # perusahaan -> usaha
            else:
                add("per", w[3:], _CONFIX)
        elif family == "pe" and c2 == "l":
            add("pe", w[2:], _CONFIX)
            add("pe", w[3:])  # pelajar -> ajar
        elif family == "me" and c2 in {"l", "r", "w", "y"}:
            add("me", w[2:], _FALLBACK)
        elif family == "pe" and c2 and c2 not in _VOWELS:  # pekerja, petani, pedagang
            add("pe", w[2:], _CONFIX)
    elif w.startswith("be"):
        if c2 == "r":
            if c3 in _VOWELS:
                add("ber", w[3:])  # berasal -> asal
                add("ber", w[2:])  # berantas -> rantas
            else:
                add("ber", w[3:], _FALLBACK)
        elif c2 == "l" and w.startswith("ajar", 3):
            add("ber", w[3:])
        elif c2 and c2 not in _VOWELS and w.startswith("er", 3):  # bekerja
            add("ber", w[2:], _FALLBACK)
    elif w.startswith("ter"):
        if c3 in _VOWELS:
            add("ter", w[3:])
            add("ter", w[2:])
        else:
            add("ter", w[3:], _FALLBACK)
    elif w.startswith("di"):
        add("di", w[2:], _FALLBACK)
    elif w.startswith("ke"):
        add("ke", w[2:], _CONFIX)
    elif w.startswith("se"):
        add("se", w[2:])
    elif not colloquial:
        pass
    # colloquial nasal prefixes (root check only): ngurus, nyapu, nunggu, mukul, ngecat
    elif w.startswith("ng") and c2 in _VOWELS:
        add("ng", w[2:])
        add("ng", "k" + w[2:])
        if c2 == "e" and c3 and c3 not in _VOWELS:
            add("ng", w[3:])
    elif w.startswith("ny") and c2 in _VOWELS:
        add("ny", "s" + w[2:])
    elif w.startswith("n") and w[1:2] in _VOWELS:
        add("n", "t" + w[1:])
    elif w.startswith("m") and w[1:2] in _VOWELS:
        add("m", "p" + w[1:])
    return opts


def _as_root(word: str) -> str | None:
    """``word`` (or its standard spelling) if it is a known root, else None."""
    word = STEM_ALIASES.get(word, word)
    return word if word in ROOTS else None


def _strip_suffix(word: str, suffixes: tuple[str, ...], minimum: int) -> str | None:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= minimum:
            return word[: -len(suffix)]
    return None


def _suffix_variants(word: str) -> list[str]:
    """Suffix-stripped forms, the most stripped (derivational) first, ``word`` last."""
    inflected = word
    for group in (_PARTICLES, _POSSESSIVES):
        stripped = _strip_suffix(inflected, group, _MIN_ROOT)
        if stripped is not None:
            inflected = stripped
    variants = []
    for suffix in _DERIVATIONAL + _COLLOQUIAL_SUFFIXES:
        if inflected.endswith(suffix) and len(inflected) - len(suffix) >= _MIN_ROOT:
            variants.append(inflected[: -len(suffix)])
    variants.append(inflected)
    if inflected != word:
        variants.append(word)
    return variants


def _find_root(word: str, depth: int, used: frozenset[str]) -> str | None:
    """Depth-first prefix removal; the first remainder (or its suffix variant) in ROOTS wins."""
    if depth == 0:
        return None
    options = _prefix_options(word, colloquial=not used)
    for family, rest, _ in options:
        root = _as_root(rest) if family not in used else None
        if root:
            return root
    for family, rest, _ in options:
        if family in used:
            continue
        found = _find_root(rest, depth - 1, used | {family})
        if found:
            return found
    return None


def _strip_prefixes(word: str, confix: bool) -> tuple[str, int]:
    """Greedy prefix removal with the default recodings; returns (rest, prefixes removed)."""
    w = word
    used: set[str] = set()
    for _ in range(_MAX_PREFIXES):
        for family, rest, mode in _prefix_options(w, colloquial=False):
            allowed = mode == _FALLBACK or (mode == _CONFIX and confix)
            if allowed and family not in used and len(rest) >= _MIN_FALLBACK and _onset_ok(rest):
                used.add(family)
                w = rest
                break
        else:
            break
    return w, len(used)


def _fallback(word: str) -> str:
    """Greedy rule-based removal, used when no candidate is a known root.

    Conservative on purpose: ``-kan`` / ``-i`` are only removed together with a
    prefix (dibersihkan, diatasi), a bare ``-an`` only when 5+ letters remain,
    ``ke-`` / ``pe-`` / ``per-`` only as confixes with ``-an`` (kesehatan, pedesaan),
    and ``se-``, ``ber+V``, ``ter+V`` only through the root list.
    """
    w = word
    if w.endswith("lah") and not w.endswith("llah") and len(w) - 3 > _MIN_FALLBACK:
        w = w[:-3]
    stripped = _strip_suffix(w, _FALLBACK_PARTICLES, _MIN_FALLBACK + 1)
    if stripped is not None:
        w = stripped
    stripped = _strip_suffix(w, _FALLBACK_POSSESSIVES, _MIN_FALLBACK)
    if stripped is not None:
        w = stripped
    for suffix in _DERIVATIONAL:
        if not w.endswith(suffix) or len(w) - len(suffix) < _MIN_FALLBACK:
            continue
        if suffix == "i" and w[-2] in _VOWELS | {"s"}:  # sampai, sungai, informasi, polisi
            continue
        base = w[: -len(suffix)]
        rest, removed = _strip_prefixes(base, confix=suffix == "an")
        if removed or (suffix == "an" and len(base) > _MIN_FALLBACK):
            return rest
        break
    return _strip_prefixes(w, confix=False)[0]


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """Return the root of one normalised Indonesian word.

    >>> [stem(w) for w in ("perbaikan", "pelayanan", "mengirimkan", "sekolah", "pln")]
    ['baik', 'layan', 'kirim', 'sekolah', 'pln']
    """
    if len(word) < _MIN_WORD or not word.isalpha() or not word.isascii():
        return word
    if word in SPECIAL_TOKENS or word in ACRONYMS:
        return word
    variants = [word, *_suffix_variants(word)]
    for variant in variants:
        root = _as_root(variant)
        if root:
            return root
    for variant in variants[1:]:
        found = _find_root(variant, _MAX_PREFIXES, frozenset())
        if found:
            return found
    result = _fallback(word)
    if len(result) < _MIN_ROOT:
        return word
    return STEM_ALIASES.get(result, result)
