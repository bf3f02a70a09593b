"""PDFs: parsed with pypdf and refused when encrypted, carrying scripts, launch actions, embedded
files or XFA, glued to another format (polyglots), or too long. A PDF that passes is stored as sent."""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from .errors import reject
from .limits import UploadPolicy
from .sniff import _WS, sniff_type

logger = logging.getLogger("pintu.files.validation")

# Ceiling on PDF objects and container entries walked when looking for active content.
MAX_PDF_NODES = 1_000_000


# Dictionary keys that mean scripts, forms with scripts, or files riding along.
_PDF_ACTIVE_KEYS = frozenset({"/JavaScript", "/JS", "/EmbeddedFiles", "/EmbeddedFile", "/EF", "/RichMedia", "/XFA"})
# Name values (action types, object types) with the same meaning.
_PDF_ACTIVE_NAMES = frozenset(
    {"/JavaScript", "/Launch", "/ImportData", "/GoToE", "/RichMediaExecute", "/EmbeddedFile", "/RichMedia"}
)
# The same, as raw name tokens, for the byte-level scan.
_PDF_ACTIVE_RAW = frozenset(n.encode()[1:] for n in _PDF_ACTIVE_KEYS | _PDF_ACTIVE_NAMES)
_PDF_NAME_TOKEN = re.compile(rb"/([^\x00\t\n\x0c\r \[\]()<>{}/%]*)")
_PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_PDF_STREAM_START = re.compile(rb"(?<![A-Za-z])stream(?:\r\n|\n|\r)")
_FOREIGN_TRAILERS = (b"pk\x03\x04", b"pk\x05\x06", b"<html", b"<script", b"<svg", b"<!doctype", b"<?xml")


class _PdfActive(Exception):
    pass


def check_pdf(raw: bytes, shown: str, policy: UploadPolicy) -> None:
    from pypdf import PdfReader  # imported here: image-only callers do not pay for it

    if _has_foreign_trailer(raw):
        logger.info("upload %r refused: data after the PDF's last %%%%EOF", shown)
        raise reject("corrupt", policy, shown)
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        encrypted = reader.is_encrypted
    except Exception as exc:
        logger.info("upload %r refused: pypdf cannot read it (%s)", shown, exc)
        raise reject("corrupt", policy, shown)
    if encrypted:
        raise reject("pdf_encrypted", policy, shown)
    try:
        _scan_pdf_objects(reader)
        active = _raw_pdf_has_active_names(raw)
        pages = len(reader.pages)
    except _PdfActive:
        active = True
    except Exception as exc:
        logger.info("upload %r refused: broken PDF structure (%s)", shown, exc)
        raise reject("corrupt", policy, shown)
    if active:
        logger.info("upload %r refused: PDF has active content", shown)
        raise reject("pdf_active_content", policy, shown)
    if pages < 1:
        raise reject("corrupt", policy, shown)
    if pages > policy.max_pdf_pages:
        raise reject("pdf_too_many_pages", policy, shown, pages=pages)


def _has_foreign_trailer(raw: bytes) -> bool:
    """Another format glued after the last %%EOF (PDF+ZIP or PDF+HTML polyglots)."""
    end = raw.rfind(b"%%EOF")
    if end == -1:
        return False
    tail = raw[end + 5 :].strip(_WS).lower()
    return bool(tail) and (sniff_type(tail) is not None or any(sig in tail for sig in _FOREIGN_TRAILERS))


def _scan_pdf_objects(reader: Any) -> None:
    """Walk every object reachable from the trailer (catalog, names tree, OpenAction, pages,
    annotations and their /AA, AcroForm ...) and raise _PdfActive at the first sign of scripts,
    launch actions or embedded files. Stream contents are not decoded; object streams are
    resolved by pypdf like any other object."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

    seen: set[tuple[int, int]] = set()
    stack: list[Any] = [reader.trailer]
    budget = MAX_PDF_NODES
    while stack:
        obj = stack.pop()
        budget -= 1
        if budget < 0:
            raise ValueError("too many PDF objects to inspect")
        if isinstance(obj, IndirectObject):
            ref = (obj.idnum, obj.generation)
            if ref in seen:
                continue
            seen.add(ref)
            stack.append(obj.get_object())
        elif isinstance(obj, DictionaryObject):  # includes stream dictionaries
            budget -= len(obj)
            for key, value in obj.items():
                if key in _PDF_ACTIVE_KEYS:
                    raise _PdfActive(key)
                if isinstance(value, NameObject):
                    if value in _PDF_ACTIVE_NAMES:
                        raise _PdfActive(value)
                elif isinstance(value, (IndirectObject, DictionaryObject, ArrayObject)):
                    stack.append(value)
        elif isinstance(obj, ArrayObject):
            budget -= len(obj)
            for value in obj:
                if isinstance(value, NameObject):
                    if value in _PDF_ACTIVE_NAMES:
                        raise _PdfActive(value)
                elif isinstance(value, (IndirectObject, DictionaryObject, ArrayObject)):
                    stack.append(value)


def _raw_pdf_has_active_names(raw: bytes) -> bool:
    """Byte-level second opinion: active-content names anywhere outside stream bodies, with
    #xx escapes decoded. Catches objects pypdf never reached (unreferenced, lost in a broken
    xref a viewer would rebuild differently). Stream bodies are skipped: compressed data can
    spell "/JS " by chance."""
    pos = 0
    parts = []
    while True:
        start = _PDF_STREAM_START.search(raw, pos)
        if start is None:
            parts.append(raw[pos:])
            break
        parts.append(raw[pos : start.start()])
        end = raw.find(b"endstream", start.end())
        if end == -1:
            break
        pos = end + len(b"endstream")
    for token in _PDF_NAME_TOKEN.findall(b" ".join(parts)):
        if b"#" in token:
            token = _PDF_NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), token)
        if token in _PDF_ACTIVE_RAW:
            return True
    return False
