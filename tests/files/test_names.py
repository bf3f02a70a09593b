"""Display names: no paths, no control or bidi tricks, extension matches the content."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pintu.files import clean_upload, sanitize_name

from .builders import image_bytes, pdf_bytes

BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


@pytest.mark.parametrize(
    ("name", "extension", "expected"),
    [
        ("../../etc/passwd.jpg", ".jpg", "passwd.jpg"),
        ("../../etc/passwd", ".jpg", "passwd.jpg"),
        ("..\\..\\Windows\\system32\\foto.jpg", ".jpg", "foto.jpg"),
        ("C:\\Users\\Budi\\Pictures\\Jalan Rusak.JPG", ".jpg", "Jalan Rusak.jpg"),
        ("/var/www/../foto.jpeg", ".jpg", "foto.jpg"),
        ("foto\uff0fpalsu.jpg", ".jpg", "palsu.jpg"),  # fullwidth solidus counts as a separator
        ("gambar\u202egpj.exe", ".jpg", "gambargpj.jpg"),
        ("\u2066laporan\u2069\u202a.pdf\u202c", ".pdf", "laporan.pdf"),
        ("foto\x00\x07\x1b.jpg", ".jpg", "foto.jpg"),
        ("foto\njalan\tberlubang\r.jpg", ".jpg", "foto jalan berlubang.jpg"),
        ("fo\u200bto\ufeff.jpg", ".jpg", "foto.jpg"),  # zero-width characters
        ("   spasi    banyak   .jpg", ".jpg", "spasi banyak.jpg"),
        (".htaccess", ".png", "htaccess.png"),
        ("...foto.jpg", ".jpg", "foto.jpg"),
        (".jpg", ".jpg", "lampiran.jpg"),
        ("", ".jpg", "lampiran.jpg"),
        (None, ".pdf", "lampiran.pdf"),
        ("../", ".jpg", "lampiran.jpg"),
        ("\u202e\u200b\x00", ".webp", "lampiran.webp"),
        ("surat.pdf", ".jpg", "surat.jpg"),
        ("foto.PNG", ".png", "foto.png"),
        ("laporan.tar.gz", ".pdf", "laporan.tar.pdf"),
        ("Surat No. 12.2025", ".pdf", "Surat No. 12.2025.pdf"),  # a number is not an extension
        ('a:b*c?d|e<f>g"h.jpg', ".jpg", "a_b_c_d_e_f_g_h.jpg"),
        ("Cafe\u0301 Indralaya.jpg", ".jpg", "Caf\u00e9 Indralaya.jpg"),  # NFC
        ("Jalan – Ogan Ilir ñ 日本 😀.png", ".jpg", "Jalan – Ogan Ilir ñ 日本 😀.jpg"),
        ("foto. .jpg", ".jpg", "foto.jpg"),
        ("foto.svg", None, "foto.svg"),  # no forced extension: as named (for messages)
        ("Foto.SVG", None, "Foto.SVG"),
        ("", None, "lampiran"),
    ],
)
def test_sanitize_name(name, extension, expected):
    assert sanitize_name(name, extension) == expected


def test_long_names_are_cut_to_120_keeping_the_extension():
    out = sanitize_name("a" * 300 + ".jpeg", ".jpg")
    assert len(out) == 120 and out.endswith("aaa.jpg")
    assert len(sanitize_name("é" * 500, ".webp")) == 120
    assert sanitize_name("a" * 115 + " .....b.jpg", ".jpg") == "a" * 115 + ".jpg"  # no trailing " ." left


def test_names_through_clean_upload():
    assert clean_upload("../../etc/passwd.jpg", image_bytes("JPEG")).original_name == "passwd.jpg"
    assert clean_upload("gambar\u202egpj.exe", image_bytes("PNG")).original_name == "gambargpj.png"
    assert clean_upload("surat\x00.exe", pdf_bytes()).original_name == "surat.pdf"


@settings(max_examples=300, deadline=None, database=None)
@given(name=st.text(max_size=400), extension=st.sampled_from([".jpg", ".png", ".webp", ".pdf"]))
def test_sanitize_name_properties(name, extension):
    out = sanitize_name(name, extension)
    assert out.endswith(extension)
    stem = out[: -len(extension)]
    assert stem and stem == stem.strip(" .")
    assert len(out) <= 120
    assert "/" not in out and "\\" not in out
    assert not any(unicodedata.category(ch)[0] == "C" for ch in out)
    assert not BIDI & set(out)
    assert "  " not in out
    assert sanitize_name(out, extension) == out  # idempotent
