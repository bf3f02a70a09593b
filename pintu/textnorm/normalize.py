"""``normalize``: canonical lowercase ASCII form of a messy complaint text.

The result contains only ``[a-z0-9]`` words separated by single spaces, and
``normalize(normalize(x)) == normalize(x)`` for every string. Steps, in order:

1. apostrophes inside words are dropped ("Jum'at" -> "jumat");
2. Unicode NFKC; "dr." / "drg." before a capitalised name -> "dokter" / "dokter gigi"
   (otherwise "dr" is the chat abbreviation of "dari");
3. lowercase, accents stripped ("café" -> "cafe"), a few letters transliterated
   ("ß" -> "ss"); any other non-ASCII character becomes a word break;
4. masked-data markers ``[NIK]`` ``[NOMOR]`` ``[KK]`` -> ``nomortoken``, ``[TELP]``
   ``[HP]`` -> ``telptoken``, ``[EMAIL]`` -> ``emailtoken``, ``[URL]`` -> ``urltoken``;
   e-mail addresses -> ``emailtoken``; URLs and bare domains (``lapor.go.id``) -> ``urltoken``;
5. "a.n." / "a/n" -> "atas nama", "s.d." / "s/d" -> "sampai dengan"; thousands
   separators joined ("1.500.000" -> "1500000"); "e-KTP" -> "ektp"; "%" -> "persen",
   "&" -> "dan"; every other punctuation mark (hyphens included, so "anak-anak"
   -> "anak anak") becomes a word break;
6. per word: letters repeated 3+ times collapsed ("tolooong" -> "tolong",
   "maaaf" -> "maaf", see ``_collapse``); "jalan2" / "anak2nya" -> "jalan jalan" /
   "anak anaknya"; "rt05" -> "rt 05", "10rb" -> "10 ribu", "2x" -> "2 kali";
7. numbers: mobile numbers (08.., +62 8..; digits may be grouped or masked with
   x) and area-code landlines -> ``telptoken``; digit runs of 6+ (NIK, KK, account
   numbers, amounts) and 16-digit numbers written in four groups -> ``nomortoken``;
8. slang / abbreviations / regional words replaced per whole word (``slang.SLANG``);
   a unit after a number is read as a unit ("30 mnt" -> "30 menit", not "minta");
9. "e ktp" / "ktp el" -> "ektp", "terima kasih" -> "terimakasih" (one token, so
   that "terima" in "belum terima bantuan" keeps its meaning).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

from .lexicon import ACRONYMS, DOUBLE_LETTER_WORDS, E_PREFIXED, ROOTS, STOPWORDS
from .slang import SLANG

__all__ = [
    "EMAIL_TOKEN",
    "NUMBER_TOKEN",
    "PHONE_TOKEN",
    "URL_TOKEN",
    "normalize",
]

# placeholders, not secrets
URL_TOKEN = "urltoken"  # noqa: S105
EMAIL_TOKEN = "emailtoken"  # noqa: S105
PHONE_TOKEN = "telptoken"  # noqa: S105
NUMBER_TOKEN = "nomortoken"  # noqa: S105

# --- string-level patterns ----------------------------------------------------

_APOSTROPHE = re.compile(r"(?<=\w)['`\u00b4\u02b9\u02bb\u02bc\u2018\u2019](?=\w)")
_DR_TITLE = re.compile(r"\b([Dd][Rr])([Gg]?)\.\s*(?=[A-Z])")
_TRANSLIT = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ł": "l", "ı": "i"}
)

_MARKER = re.compile(
    r"[\[<{]\s*("
    r"nik|no[\s._-]*kk|kk|nomor|no[\s._-]*rek(?:ening)?|rekening"
    r"|telp|telepon|tlp|hp|no[\s._-]*hp|no[\s._-]*telp|phone"
    r"|email|e[\s._-]*mail"
    r"|url|link"
    r")\s*[\]>}]"
)
_EMAIL = re.compile(r"(?<![a-z0-9._%+-])[a-z0-9._%+-]++@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")
_TLDS = r"(?:com|net|org|id|info|io|ly|me|gov|edu|xyz|site|app|link|tv)"
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']*")
_DOMAIN = re.compile(r"(?<![\w@.-])(?:[a-z0-9-]+\.)+" + _TLDS + r"(?![\w-])(?:[/?#][^\s<>\"']*)?")
_DOMAIN_HINT = re.compile(r"\." + _TLDS + r"(?![\w-])")
_ATAS_NAMA = re.compile(r"(?<![a-z0-9])a[./]n\b\.?")
_SAMPAI_DENGAN = re.compile(r"(?<![a-z0-9])s[./]d\b\.?")
_NUMBER_CHUNK = re.compile(r"\d[\d.,]*")
_THOUSANDS = re.compile(r"(\d{1,3}(?:\.\d{3})+)(?:,0+)?")
_E_PREFIX = re.compile(r"e(?<![a-z0-9]e)\s*[-\u2010-\u2015]\s*(?=[a-z])")
_DASHES = ("-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015")
_APOSTROPHES = ("'", "`", "\u00b4", "\u02b9", "\u02bb", "\u02bc", "\u2018", "\u2019")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ASCII_TO_SPACE = str.maketrans({chr(i): " " for i in range(128) if not chr(i).isalnum() or chr(i).isupper()})

_MARKER_TOKENS = {"email": EMAIL_TOKEN, "url": URL_TOKEN, "link": URL_TOKEN}


def _marker_token(match: re.Match[str]) -> str:
    name = re.sub(r"[\s._-]", "", match.group(1))
    if name in _MARKER_TOKENS:
        token = _MARKER_TOKENS[name]
    elif name in {"telp", "telepon", "tlp", "hp", "nohp", "notelp", "phone"}:
        token = PHONE_TOKEN
    else:
        token = NUMBER_TOKEN
    return f" {token} "


def _dr_title(match: re.Match[str]) -> str:
    return "dokter gigi " if match.group(2) else "dokter "


def _thousands(match: re.Match[str]) -> str:
    """Join "1.500.000" / "1.500.000,00" into "1500000"; any other number chunk is left alone."""
    chunk = match.group(0)
    body = chunk.rstrip(".,")
    if _THOUSANDS.fullmatch(body):
        return body.split(",")[0].replace(".", "") + chunk[len(body) :]
    return chunk


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_TRANSLIT)


# --- per-word shaping -----------------------------------------------------------

_REPEAT3 = re.compile(r"([a-z])\1{2,}")
_RUN2 = re.compile(r"([a-z])\1+")
_MASKLIKE = re.compile(r"[0-9x]+")
_REDUP = re.compile(r"([a-z]{3,})2(nya|an|kan|i|in|lah|ku|mu)?")
_WORD_NUM = re.compile(r"([a-z]+)([0-9]+)")
_NUM_WORD = re.compile(r"([0-9]+)([a-z]+)")

# letters glued before a number that are split off ("rt05" -> "rt 05")
_NUM_PREFIXES = frozenset(
    "rt rw no nomor nmr hp wa telp tlp nik kk rp km jl jln gg blok lt kav ke tahun thn th tgl jam pukul "
    "kelas sd sdn smp smpn sma sman smk smkn mi mts ma man paud tk dusun dsn lorong lr kamar unit kode".split()
)
# units glued after a number ("10rb" -> "10 rb", "2x" -> "2 x")
_NUM_SUFFIXES = frozenset(
    "x kali kg gr km m cm mm meter rb ribu jt juta an jam hari hr bln bulan th thn tahun mgg minggu menit mnt "
    "unit org orang kk kwh watt ha hektar liter ltr l persen pcs buah rumah lembar lbr ekor wib wita wit".split()
)
# abbreviations read as units when they follow a number
_AFTER_NUMBER = {
    "mnt": "menit",
    "m": "meter",
    "x": "kali",
    "rb": "ribu",
    "jt": "juta",
    "hr": "hari",
    "bln": "bulan",
    "th": "tahun",
    "thn": "tahun",
    "mgg": "minggu",
    "org": "orang",
    "ltr": "liter",
    "lbr": "lembar",
}

_SLANG_SPLIT: dict[str, tuple[str, ...]] = {key: tuple(value.split()) for key, value in SLANG.items()}
_KNOWN: frozenset[str] = (
    DOUBLE_LETTER_WORDS
    | ROOTS
    | STOPWORDS
    | ACRONYMS
    | frozenset(SLANG)
    | frozenset(word for value in SLANG.values() for word in value.split())
)
_MAX_COLLAPSE_RUNS = 4


def _collapse(word: str) -> str:
    """Collapse letters repeated 3+ times.

    Default: every run of 3+ identical letters becomes one letter ("bangeeet" ->
    "banget"). If that is not a known word, the alternatives where such a run
    keeps two letters (and, in an elongated word, an existing double letter
    becomes single) are tried in a fixed order, and the first known word wins
    ("maaaf" -> "maaf", "saaaat" -> "saat", "bangeettt" -> "banget").
    """
    default = _REPEAT3.sub(r"\1", word)
    if default in _KNOWN:
        return default
    runs = list(_RUN2.finditer(word))
    if len(runs) > _MAX_COLLAPSE_RUNS:
        return default
    options = [(1, 2) if len(run.group(0)) >= 3 else (2, 1) for run in runs]
    for combo in product(*options):
        parts: list[str] = []
        last = 0
        for run, keep in zip(runs, combo, strict=True):
            parts.append(word[last : run.start()])
            parts.append(run.group(1) * keep)
            last = run.end()
        parts.append(word[last:])
        candidate = "".join(parts)
        if candidate in _KNOWN:
            return candidate
    return default


@lru_cache(maxsize=65536)
def _shape(word: str) -> tuple[str, ...]:
    """Step 6 for one word: collapse elongation, expand "xxx2", split number+unit."""
    if _REPEAT3.search(word) and word not in _KNOWN and not _MASKLIKE.fullmatch(word):
        word = _collapse(word)
    match = _REDUP.fullmatch(word)
    if match and match.group(1) not in ACRONYMS:
        base = match.group(1)
        return (base, base + (match.group(2) or ""))
    match = _WORD_NUM.fullmatch(word)
    if match and match.group(1) in _NUM_PREFIXES:
        return (match.group(1), match.group(2))
    match = _NUM_WORD.fullmatch(word)
    if match and match.group(2) in _NUM_SUFFIXES:
        return (match.group(1), match.group(2))
    return (word,)


# --- numbers --------------------------------------------------------------------

_NUMLIKE = re.compile(r"[0-9x]*[0-9][0-9x]*")
_PHONE_GROUP = re.compile(r"[0-9x]{2,5}")
_QUAD = re.compile(r"[0-9x]{4}")
_AREA_CODE = re.compile(r"0[2-79][0-9]{1,2}")
_LANDLINE_REST = re.compile(r"[0-9x]{5,8}")
_MOBILE_MIN, _MOBILE_MAX = 10, 13


def _phone_end(words: list[str], i: int) -> int:
    """Index after a phone number starting at ``words[i]``, or 0 if there is none."""
    word = words[i]
    n = len(words)
    if word == "62" and i + 1 < n and words[i + 1].startswith("8") and _MASKLIKE.fullmatch(words[i + 1]):
        length, k = 1 + len(words[i + 1]), i + 2
    elif len(word) >= 4 and word.startswith("08"):
        length, k = len(word), i + 1
    elif len(word) >= 5 and word.startswith("628"):
        length, k = len(word) - 1, i + 1
    elif _AREA_CODE.fullmatch(word) and i + 1 < n and _LANDLINE_REST.fullmatch(words[i + 1]):
        return i + 2
    else:
        return 0
    best = k if _MOBILE_MIN <= length <= _MOBILE_MAX else 0
    while k < n and _PHONE_GROUP.fullmatch(words[k]) and length + len(words[k]) <= _MOBILE_MAX:
        length += len(words[k])
        k += 1
        if length >= _MOBILE_MIN:
            best = k
    return best


def _is_quad_number(words: list[str], i: int) -> bool:
    """Four 4-digit groups (NIK / KK / card numbers), unless they all look like years."""
    group = words[i : i + 4]
    if len(group) < 4 or not all(_QUAD.fullmatch(w) for w in group):
        return False
    return not all(w[:2] in {"19", "20"} and w.isdigit() for w in group)


def _is_long_number(word: str) -> bool:
    if len(word) < 6:
        return False
    if word.isdigit():
        return True
    masked = word.count("x")
    return masked >= 3 and len(word) - masked >= 2


def _replace_numbers(words: list[str]) -> list[str]:
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        if word.isalpha() or not _NUMLIKE.fullmatch(word):
            out.append(word)
            i += 1
            continue
        end = _phone_end(words, i)
        if end:
            out.append(PHONE_TOKEN)
            i = end
        elif _is_quad_number(words, i):
            out.append(NUMBER_TOKEN)
            i += 4
        else:
            out.append(NUMBER_TOKEN if _is_long_number(word) else word)
            i += 1
    return out


# --- slang and joins ------------------------------------------------------------


def _replace_slang(words: list[str]) -> list[str]:
    out: list[str] = []
    append, extend, slang = out.append, out.extend, _SLANG_SPLIT
    previous_is_number = False
    for word in words:
        if previous_is_number and word in _AFTER_NUMBER:
            append(_AFTER_NUMBER[word])
        else:
            replacement = slang.get(word)
            if replacement is None:
                append(word)
            else:
                extend(replacement)
        previous_is_number = word.isdigit()
    return out


_JOINS = {("ktp", "el"): "ektp", ("terima", "kasih"): "terimakasih"}
_JOIN_FIRST = frozenset({"e"} | {first for first, _ in _JOINS})


def _join(words: list[str]) -> list[str]:
    if not _JOIN_FIRST.intersection(words):
        return words
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        if word in _JOIN_FIRST and i + 1 < n:
            following = words[i + 1]
            if word == "e" and following in E_PREFIXED:
                out.append("e" + following)
                i += 2
                continue
            joined = _JOINS.get((word, following))
            if joined:
                out.append(joined)
                i += 2
                continue
        out.append(word)
        i += 1
    return out


# --- public ---------------------------------------------------------------------


def _clean(text: str) -> str:
    """Steps 1-5: one string of ``[a-z0-9 ]`` (the ``in`` checks only skip work)."""
    if any(ch in text for ch in _APOSTROPHES):
        text = _APOSTROPHE.sub("", text)
    text = unicodedata.normalize("NFKC", text)
    if "r." in text or "R." in text or "g." in text or "G." in text:
        text = _DR_TITLE.sub(_dr_title, text)
    text = text.lower()
    if not text.isascii():
        text = _strip_accents(text)
    if "[" in text or "<" in text or "{" in text:
        text = _MARKER.sub(_marker_token, text)
    if "@" in text:
        text = _EMAIL.sub(f" {EMAIL_TOKEN} ", text)
    if "." in text or "/" in text:
        if "://" in text or "www." in text:
            text = _URL.sub(f" {URL_TOKEN} ", text)
        if _DOMAIN_HINT.search(text):
            text = _DOMAIN.sub(f" {URL_TOKEN} ", text)
        if "a.n" in text or "a/n" in text:
            text = _ATAS_NAMA.sub(" atas nama ", text)
        if "s.d" in text or "s/d" in text:
            text = _SAMPAI_DENGAN.sub(" sampai dengan ", text)
        text = _NUMBER_CHUNK.sub(_thousands, text)
    if any(dash in text for dash in _DASHES):
        text = _E_PREFIX.sub("e", text)
    text = text.replace("%", " persen ").replace("&", " dan ")
    if text.isascii():
        return text.translate(_ASCII_TO_SPACE)
    return _NON_ALNUM.sub(" ", text)


def normalize(text: str) -> str:
    """Return the canonical form of ``text``: lowercase ASCII words joined by single spaces.

    Idempotent, total (never raises for a ``str``) and deterministic; see the module
    docstring for the steps. Example::

        >>> normalize("Jln2 di RT05 rusak bangeeet, tlg hub 0812-3456-7890!!")
        'jalan jalan di rt 05 rusak sangat tolong hubungi telptoken'
    """
    words: list[str] = []
    extend = words.extend
    for word in _clean(text).split():
        extend(_shape(word))
    if not all(word.isalpha() for word in words):
        words = _replace_numbers(words)
    words = _replace_slang(words)
    words = _join(words)
    return " ".join(words)
