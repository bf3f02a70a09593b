"""Table-driven tests for pintu.textnorm.stem."""

from __future__ import annotations

import pytest

from pintu.textnorm import ACRONYMS, ROOTS, SPECIAL_TOKENS, stem

BRIEF_EXAMPLES = [
    ("perbaikan", "baik"),
    ("jalanan", "jalan"),
    ("pelayanan", "layan"),
    ("pembangunan", "bangun"),
    ("dipungut", "pungut"),
    ("pengurusan", "urus"),
    ("berlubang", "lubang"),
    ("mengirimkan", "kirim"),
    ("ditindaklanjuti", "tindaklanjut"),
    ("rusaknya", "rusak"),
    ("sampahnya", "sampah"),
    ("menyapu", "sapu"),
    ("pemadaman", "padam"),
    ("kebersihan", "bersih"),
    ("sekolah", "sekolah"),
    ("pelajar", "ajar"),
    ("pelabuhan", "labuh"),
    ("mengantri", "antri"),
]


@pytest.mark.parametrize(("word", "want"), BRIEF_EXAMPLES)
def test_brief_examples(word: str, want: str) -> None:
    assert stem(word) == want


@pytest.mark.parametrize(
    ("word", "want"),
    [
        # recoding rules
        ("menulis", "tulis"),  # men+V -> t+V
        ("memukul", "pukul"),  # mem+V -> p+V
        ("mengirim", "kirim"),  # meng+V -> k+V
        ("mengurus", "urus"),  # meng+V -> V
        ("menyampaikan", "sampai"),  # meny+V -> s+V
        ("penyakit", "sakit"),  # peny -> s
        ("pemakaian", "pakai"),  # pem -> p
        ("memakan", "makan"),  # mem+V -> m+V when that is the root
        ("penulis", "tulis"),  # pen -> t
        ("pengaduan", "adu"),
        ("mengecat", "cat"),  # menge + monosyllable
        ("mencari", "cari"),
        ("mendaftar", "daftar"),
        ("menjual", "jual"),
        ("membangun", "bangun"),
        ("melaporkan", "lapor"),
        ("merawat", "rawat"),
        # prefix stacks and confixes
        ("memperbaiki", "baik"),
        ("diperbaiki", "baik"),
        ("keberadaan", "ada"),
        ("kesehatan", "sehat"),
        ("kerusakan", "rusak"),
        ("pendidikan", "didik"),
        ("perusahaan", "usaha"),
        ("peraturan", "atur"),
        ("pertanian", "tani"),
        ("bertani", "tani"),
        ("bekerja", "kerja"),
        ("pekerja", "kerja"),
        ("belajar", "ajar"),
        ("terlambat", "lambat"),
        ("tergenang", "genang"),
        ("diatasi", "atas"),
        ("dilayani", "layan"),
        ("layanan", "layan"),
        ("laporan", "lapor"),
        ("pelapor", "lapor"),
        ("bantuan", "bantu"),
        ("tagihan", "tagih"),
        ("pungutan", "pungut"),
        ("aliran", "alir"),
        ("pemberitahuan", "beritahu"),
        ("kependudukan", "penduduk"),
        # particles and possessives
        ("listriknya", "listrik"),
        ("lampunya", "lampu"),
        ("tolonglah", "tolong"),
        ("rumahku", "rumah"),
        # colloquial forms
        ("ngurus", "urus"),
        ("nunggu", "tunggu"),
        ("nyapu", "sapu"),
        ("ngantri", "antri"),
        ("ngalir", "alir"),
        ("tolongin", "tolong"),
        # spelling aliases
        ("antre", "antri"),
        ("mengantre", "antri"),
        ("antrean", "antri"),
    ],
)
def test_rules(word: str, want: str) -> None:
    assert stem(word) == want


@pytest.mark.parametrize(
    "word",
    [
        # words that only look derived
        "sekolah",
        "sekarang",
        "sedang",
        "selesai",
        "sesuai",
        "segera",
        "sepeda",
        "seragam",
        "selokan",
        "kemarin",
        "kembali",
        "keluarga",
        "kepala",
        "kelas",
        "kebun",
        "kerja",
        "kecil",
        "pegawai",
        "peserta",
        "perempuan",
        "pertama",
        "penting",
        "penuh",
        "pesantren",
        "dingin",
        "dinas",
        "disiplin",
        "menteri",
        "terminal",
        "berita",
        "besar",
        "benar",
        "beras",
        "berkas",
        "sampai",
        "sungai",
        "informasi",
        "polisi",
        "tinggi",
        "ganti",
        "bupati",
        "masalah",
        "langkah",
        "jembatan",
        "bulan",
        "taman",
        "hutan",
        "makan",
        "ikan",
        "jalan",
        "lubang",
        "minta",
        "mati",
    ],
)
def test_protected_words(word: str) -> None:
    assert stem(word) == word


FIXED = ["pln", "pdam", "ktp", "ektp", "bpjs", "dukcapil", "puskesmas"]


@pytest.mark.parametrize("word", sorted(SPECIAL_TOKENS) + FIXED)
def test_special_tokens_and_acronyms_unchanged(word: str) -> None:
    assert stem(word) == word


@pytest.mark.parametrize("word", ["air", "di", "ke", "rs", "a", "", "abc", "2023", "rt05", "covid19", "café"])
def test_short_and_non_alpha_words_unchanged(word: str) -> None:
    assert stem(word) == word


def test_roots_are_fixed_points() -> None:
    moved = {root: stem(root) for root in ROOTS if stem(root) not in {root, "antri"}}
    assert not moved


def test_acronyms_are_fixed_points() -> None:
    assert all(stem(word) == word for word in ACRONYMS)


@pytest.mark.parametrize(
    ("word", "want"),
    [
        # not in the root list: rule-based removal with the default recodings
        ("dibentangkan", "bentang"),
        ("pengeboran", "bor"),
        ("keterlambatan", "lambat"),
        ("pedesaan", "desa"),
        ("penerbitan", "terbit"),
        # conservative where the rules would hurt
        ("hotelku", "hotelku"),  # -ku/-mu only through the root list
        ("menantu", "tantu"),  # men+V -> t+V (a known limitation of the fallback)
        ("selisih", "selisih"),  # se- only through the root list
        ("kalibrasi", "kalibrasi"),  # -i after s is part of the word
        ("dengan", "dengan"),  # bare -an needs 5 letters left
        ("bismillah", "bismillah"),  # -lah after l is part of the word
    ],
)
def test_fallback(word: str, want: str) -> None:
    assert stem(word) == want


def test_stem_is_deterministic_and_cached() -> None:
    assert stem("perbaikan") == stem("perbaikan") == "baik"
    assert stem.cache_info().hits >= 1
