"""The redactor of personal data in free text (pintu.textnorm.redaction, issue #15 item 2)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pintu.textnorm.redaction import EMAIL_MARK, NAME_MARK, NIK_MARK, PHONE_MARK, redact

WORDS = st.sampled_from(
    ["jalan", "rusak", "di", "desa", "sejak", "bulan", "lalu", "RT 05/03", "tahun 2026", "Rp 1.500.000", "lampu"]
)
FILLER = st.lists(WORDS, max_size=8).map(" ".join)
SEPARATORS = st.sampled_from(["", " ", ".", "-"])


@st.composite
def niks(draw):
    digits = draw(st.text("0123456789", min_size=16, max_size=16))
    sep = draw(SEPARATORS)
    return sep.join([digits[0:6], digits[6:12], digits[12:16]]) if sep else digits


@st.composite
def phones(draw):
    prefix = draw(st.sampled_from(["08", "+628", "628", "+62 8", "0062 8"]))
    rest = draw(st.text("0123456789", min_size=8, max_size=10))
    sep = draw(SEPARATORS)
    return prefix + rest[0:2] + sep + rest[2:6] + sep + rest[6:]


EMAILS = st.from_regex(r"[a-z][a-z0-9._]{0,10}@[a-z]{2,8}\.(go\.id|com|co\.id)", fullmatch=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NIK saya 3201011234560001.", f"NIK saya {NIK_MARK}."),
        ("NIK 3201 0112 3456 0001 ya", f"NIK {NIK_MARK} ya"),
        ("NIK 3201.0112.3456.0001", f"NIK {NIK_MARK}"),
        ("hubungi 0812-3456-7890", f"hubungi {PHONE_MARK}"),
        ("wa +62 812 3456 7890!", f"wa {PHONE_MARK}!"),
        ("wa 6281234567890", f"wa {PHONE_MARK}"),
        ("kantor (0711) 123456", f"kantor {PHONE_MARK}"),
        ("surel budi.s@contoh.go.id.", f"surel {EMAIL_MARK}."),
        ("Rp 1.250.000.000 untuk 120 rumah pada 2026", "Rp 1.250.000.000 untuk 120 rumah pada 2026"),
    ],
)
def test_known_shapes(text, expected):
    assert redact(text) == expected


def test_the_reporters_name_whole_and_by_word_in_any_case():
    text = "Saya BUDI  santoso, anak Pak Santoso. Budiman tetangga saya."
    assert redact(text, names=["Budi Santoso"]) == f"Saya {NAME_MARK}, anak Pak {NAME_MARK}. Budiman tetangga saya."
    assert redact("Al datang", names=["Al"]) == "Al datang"  # a two-letter word alone is no name


@settings(max_examples=150, deadline=None)
@given(before=FILLER, after=FILLER, nik=niks(), phone=phones(), email=EMAILS)
def test_no_identifier_survives(before, after, nik, phone, email):
    text = f"{before} {nik} {after} hp {phone}, surel {email} {after}"
    public = redact(text)
    assert nik not in public and phone not in public and email not in public
    assert not re.search(r"\d(?:[.\-]?\d){9,}", public.replace("1.500.000", ""))
    assert {NIK_MARK, EMAIL_MARK} <= set(re.findall(r"\[[^\]]+\]", public))
    assert PHONE_MARK in public


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=200), name=st.text(max_size=30))
def test_idempotent_and_harmless(text, name):
    once = redact(text, names=[name])
    assert redact(once, names=[name]) == once


@settings(max_examples=100, deadline=None)
@given(text=FILLER)
def test_text_without_personal_data_is_unchanged(text):
    assert redact(text) == text
