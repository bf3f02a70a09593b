"""tokens / search_text / search_terms, and the shape of the word lists."""

from __future__ import annotations

import doctest
import importlib
import re
import subprocess
import sys

import pytest

from pintu.textnorm import (
    ACRONYMS,
    ROOTS,
    SLANG,
    STOPWORDS,
    normalize,
    search_terms,
    search_text,
    tokens,
)
from pintu.textnorm.lexicon import DOUBLE_LETTER_WORDS, E_PREFIXED

PARAGRAPH = (
    "Assalamualaikum wr wb. Yth Bapak Bupati Ogan Ilir, sy mau lapor jln di Desa Tanjung Seteko RT.05/RW.02 "
    "rusak parah bgt, banyak lobang2 besar, kalo hujan jadi kayak kolam!!! Udh 2thn gak diperbaiki padahal "
    "sdh lapor ke kades & camat. Lampu PJU di depan SDN 2 Indralaya jg mati udah seminggu, gelaaap bgt, rawan "
    "begal. Air PDAM ga ngalir sdh 3 hari tp tagihan tetap dtg Rp 250.000. Pengurusan e-KTP di dukcapil lama "
    "nian, blm jadi. Petugas minta uang 50rb utk surat pengantar. Mohon segera ditindaklanjuti. Hub sy di "
    "0812-7788-9900 atau budi.santoso@gmail.com, foto di https://bit.ly/jalanrusak. Terima kasih wkwk."
)


# --- tokens -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tolong pak, air PDAM tidak mengalir sdh 3 hari", ["air", "pdam", "tidak", "mengalir", "3", "hari"]),
        ("mohon bapak ibu yang terhormat", []),
        ("air gak ngalir", ["air", "tidak", "ngalir"]),
        ("jalan rusak wkwkwk hahaha hehe", ["jalan", "rusak"]),
        ("vitamin c 2 kali", ["vitamin", "2", "kali"]),
        ("hp saya 0812-3456-7890", ["hp", "telptoken"]),
        ("bukan saya", ["bukan"]),
        ("terima kasih banyak", ["banyak"]),
    ],
)
def test_tokens(text: str, want: list[str]) -> None:
    assert tokens(text) == want


def test_tokens_keep_negation() -> None:
    assert "tidak" not in STOPWORDS
    assert "bukan" not in STOPWORDS
    assert tokens("air tidak mengalir") != tokens("air mengalir")


# --- search_text / search_terms ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Perbaikan jalanan yg berlubang blm ditindaklanjuti", "baik jalan lubang tindak lanjut"),
        ("ditindak lanjuti", "tindak lanjut"),
        ("tindak lanjut", "tindak lanjut"),
        ("e-KTP saya hilang", "ektp ktp hilang"),
        ("pemadaman listrik", "padam listrik"),
        ("Petugas puskesmas minta uang 50rb", "tugas puskesmas minta uang 50 ribu"),
        ("Sampahnya numpuk di pasar", "sampah tumpuk pasar"),
        ("NIK [NIK] hp 081234567890", "nik nomortoken hp telptoken"),
        ("informasi tidak diberikan", "informasi tidak beri"),
        ("pengadaan barang", "pengadaan barang"),
        ("menyampaikan keluhan", "sampai keluh"),  # a stem that is also a stopword is kept
        ("provinsi sumatera selatan", "provinsi sumatera selatan"),
        ("pelanggaran pemilu", "langgar pemilu"),
        ("bpjs ketenagakerjaan", "bpjs tenaga kerja"),
        ("", ""),
    ],
)
def test_search_text(text: str, want: str) -> None:
    assert search_text(text) == want


@pytest.mark.parametrize(
    ("variants"),
    [
        ["e-ktp", "e ktp", "ektp", "E-KTP", "KTP-el"],
        ["jalan berlubang", "jln berlubang", "JALAN BERLUBANG!!!", "jalan berlobang"],
        ["tindak lanjut", "ditindaklanjuti", "ditindak lanjuti", "menindaklanjuti"],
        ["tanda tangan", "ditandatangani", "penandatanganan", "tandatangan"],
        ["salah guna", "penyalahgunaan", "disalahgunakan"],
        ["perbaikan jalan", "memperbaiki jalan", "diperbaiki jln", "perbaiki jalanan"],
        ["air tidak mengalir", "air gak ngalir", "air ga mengalir", "aer ora ngalir", "air dak ngalir"],
        ["pungutan liar", "dipungut liar", "memungut liar"],
        ["mengantri lama", "ngantri lama", "antre lama", "antriannya lama", "mengantre lama"],
    ],
)
def test_variants_index_the_same(variants: list[str]) -> None:
    assert len({search_text(v) for v in variants}) == 1, {v: search_text(v) for v in variants}


def test_query_matches_index() -> None:
    index = set(search_text(PARAGRAPH).split())
    for query in ["jalan berlubang", "lampu pju mati", "pdam tidak mengalir", "ktp", "e-ktp", "pungli minta uang"]:
        terms = search_terms(query)
        missing = [t for t in terms if t not in index and t != "pungli"]
        assert not missing, (query, missing)


def test_search_terms_deduplicates_in_order() -> None:
    assert search_terms("jalan rusak, jalanan rusaknya parah, jalan!") == ["jalan", "rusak", "parah"]
    assert search_terms("tolong pak") == []


def test_search_text_of_paragraph() -> None:
    out = search_text(PARAGRAPH)
    assert re.fullmatch(r"[a-z0-9]+(?: [a-z0-9]+)*", out)
    for term in [
        "bupati",
        "jalan",
        "rusak",
        "lubang",
        "pju",
        "pdam",
        "alir",
        "tagih",
        "ektp",
        "ktp",
        "telptoken",
        "emailtoken",
        "urltoken",
        "nomortoken",
        "tindak",
        "lanjut",
    ]:
        assert term in out.split(), term
    for noise in ["yang", "saya", "tolong", "wkwk", "terimakasih", "assalamualaikum"]:
        assert noise not in out.split(), noise


def test_repeated_calls_on_a_paragraph() -> None:
    """Runs search_text 2,000 times (a smoke test for caches; timing is in bench/textnorm_speed.py)."""
    first = search_text(PARAGRAPH)
    results = {search_text(PARAGRAPH) for _ in range(2000)}
    assert results == {first}


# --- the word lists -------------------------------------------------------------


def test_slang_table_size_and_shape() -> None:
    assert len(SLANG) >= 150
    for key, value in SLANG.items():
        assert re.fullmatch(r"[a-z0-9]+", key), key
        assert value and re.fullmatch(r"[a-z]+(?: [a-z]+)*", value), (key, value)


def test_slang_values_are_not_keys() -> None:
    """Applying the table twice changes nothing."""
    clashes = {key: value for key, value in SLANG.items() if any(word in SLANG for word in value.split())}
    assert not clashes


def test_slang_values_are_normal_form() -> None:
    for value in set(SLANG.values()):
        assert normalize(value) == value, value


def test_stopwords() -> None:
    assert 100 <= len(STOPWORDS) <= 250
    assert {"yang", "dan", "di", "ke", "dari", "saya", "tolong", "mohon", "bapak", "sudah", "belum"} <= STOPWORDS
    assert not STOPWORDS & {"tidak", "air", "jalan", "rusak", "listrik", "sampah", "minta", "dapat"}
    assert all(re.fullmatch(r"[a-z]+", w) for w in STOPWORDS)


def test_roots_and_acronyms() -> None:
    assert len(ROOTS) >= 300
    assert all(re.fullmatch(r"[a-z]{3,}", w) for w in ROOTS)
    assert {"pln", "pdam", "ktp", "kk", "bpjs", "dukcapil", "puskesmas", "rsud", "dishub", "pupr"} <= ACRONYMS


def test_joined_words_cannot_create_new_matches() -> None:
    assert all(not w.startswith("e") for w in E_PREFIXED)
    assert all(not re.search(r"([a-z])\1\1", w) for w in DOUBLE_LETTER_WORDS | ROOTS | set(SLANG.values()))


@pytest.mark.parametrize("module", ["normalize", "stem", "pipeline"])
def test_docstring_examples(module: str) -> None:
    importlib.import_module("pintu.textnorm")
    result = doctest.testmod(sys.modules[f"pintu.textnorm.{module}"])
    assert result.attempted and not result.failed


def test_importable_without_django() -> None:
    code = "import sys, pintu.textnorm; assert not [m for m in sys.modules if m.startswith('django')]"
    subprocess.run([sys.executable, "-c", code], check=True)
