"""The type a file's leading bytes announce (magic numbers), whatever its name says."""

from __future__ import annotations

from .limits import JPEG, PDF, PNG, WEBP

_WS = b" \t\r\n\x0c\x00"


def sniff_type(head: bytes) -> str | None:
    """The content type the leading bytes announce, or None when unknown.

    Recognises what we accept (JPEG, PNG, WEBP, PDF with "%PDF-" at offset 0) and, so that they
    can be refused by name in logs, common things people upload by mistake or on purpose:
    GIF, TIFF, HEIC/AVIF, SVG/XML/HTML, ZIP/Office, old Office (OLE2), ELF, Windows executables
    and scripts with "#!". Knowing a type does not mean it is allowed.
    """
    head = bytes(head[:1024])
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(b"%PDF-"):
        return PDF
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"):
        return "image/heic"
    if head[4:8] == b"ftyp" and head[8:12] in (b"avif", b"avis"):
        return "image/avif"
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return "application/zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "application/x-ole-storage"
    if head.startswith(b"\x7fELF"):
        return "application/x-elf"
    if head.startswith(b"MZ"):
        return "application/x-msdownload"
    if head.startswith(b"#!"):
        return "text/x-shellscript"
    return _sniff_markup(head)


def _sniff_markup(head: bytes) -> str | None:
    """SVG / XML / HTML: optional BOM, optional whitespace, then "<"."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = head[2:].decode("utf-16-le" if head[:1] == b"\xff" else "utf-16-be", "ignore").encode("utf-8", "ignore")
    else:
        text = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    text = text.lstrip(_WS)
    if not text.startswith(b"<"):
        return None
    lower = text.lower()
    if b"<svg" in lower:
        return "image/svg+xml"
    if lower.startswith(b"<?xml") and b"<html" not in lower:
        return "application/xml"
    return "text/html"
