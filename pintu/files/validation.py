"""Validation and cleaning of citizens' attachments (photos, scans, PDF letters).

The type of a file is decided by its content (magic bytes, then a real parse), never by its
name or the content type the browser sent. What comes out is safe to store:

* images (JPEG, PNG, WEBP) are decoded and re-encoded by Pillow: EXIF orientation applied,
  downscaled to UploadPolicy.max_image_side, every bit of metadata dropped (EXIF, GPS, XMP,
  ICC, comments, text chunks) and anything appended to the file (polyglots) left behind;
* PDFs are parsed with pypdf and refused when encrypted, when they carry JavaScript, launch
  actions, embedded files or XFA, or when they have too many pages. A PDF that passes is
  stored byte-for-byte as uploaded.

Whoever serves the stored files should still send the detected content type, the forced
extension, ``X-Content-Type-Options: nosniff`` and, for PDFs, ``Content-Disposition:
attachment`` (or a sandboxing CSP): a PDF is not rewritten, so it can still be a polyglot in
ways no validator can rule out.

Every failure a citizen can cause raises UploadRejected (a ValueError) with a machine code and
messages in Indonesian and English. Anything else escaping from here is a bug.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from PIL import Image, ImageFile

from .limits import (
    DEFAULT_POLICY,
    EXTENSIONS,
    IMAGE_TYPES,
    JPEG,
    MIB,
    PDF,
    PNG,
    TYPE_LABELS,
    WEBP,
    UploadPolicy,
)

logger = logging.getLogger(__name__)

UploadData = bytes | bytearray | memoryview | IO[bytes]

FALLBACK_STEM = "lampiran"
MAX_NAME_LENGTH = 120
JPEG_QUALITY = 85
WEBP_QUALITY = 85
# Ceiling on PDF objects and container entries walked when looking for active content.
MAX_PDF_NODES = 1_000_000

CODES = (
    "empty",
    "too_large",
    "too_many",
    "total_too_large",
    "type_not_allowed",
    "corrupt",
    "too_many_pixels",
    "pdf_encrypted",
    "pdf_active_content",
    "pdf_too_many_pages",
)


# --- results and errors -------------------------------------------------------------------------


@dataclass(frozen=True)
class CleanFile:
    content: bytes = field(repr=False)  # the bytes to store (re-encoded for images)
    content_type: str  # detected from the content
    extension: str  # ".jpg" / ".png" / ".webp" / ".pdf"
    original_name: str  # sanitised display name, extension forced to match content_type
    size: int
    sha256: str  # of content
    width: int | None = None  # images only, after orientation and downscaling
    height: int | None = None


class UploadRejected(ValueError):
    """A file or a set of files a citizen uploaded was refused.

    ``code`` is one of CODES; ``message_id`` / ``message_en`` are ready to show; ``name`` is the
    sanitised name of the file concerned (None for whole-submission errors); ``index`` is its
    position in the sequence given to clean_uploads (None from clean_upload); ``params`` holds
    the numbers behind the message (limits, counts). ``str(exc)`` is the Indonesian message.
    """

    def __init__(
        self,
        code: str,
        message_id: str,
        message_en: str,
        name: str | None = None,
        index: int | None = None,
        params: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message_id)
        self.code = code
        self.message_id = message_id
        self.message_en = message_en
        self.name = name
        self.index = index
        self.params = dict(params or {})

    def message(self, language: str | None = None) -> str:
        return format_rejection(self, language)

    def __reduce__(self):  # keeps the exception picklable (task queues, multiprocessing)
        return (
            self.__class__,
            (self.code, self.message_id, self.message_en, self.name, self.index, self.params),
        )

    def __repr__(self) -> str:
        return f"UploadRejected(code={self.code!r}, name={self.name!r}, index={self.index!r})"


def format_rejection(exc: UploadRejected, language: str | None = None) -> str:
    """The message for ``language`` ("id", "en", "en-us", ...); None means Django's active language.

    English for any "en*" code, Indonesian otherwise.
    """
    if language is None:
        language = _active_language()
    return exc.message_en if language.lower().startswith("en") else exc.message_id


def _active_language() -> str:
    try:
        from django.utils.translation import get_language

        return get_language() or "id"
    except Exception:  # Django missing or not configured: Indonesian is the site's default
        return "id"


# --- messages -----------------------------------------------------------------------------------


def _format_size(num_bytes: int, language: str) -> str:
    decimal = "," if language == "id" else "."
    for unit, factor in (("MB", MIB), ("KB", 1024)):
        if num_bytes >= factor:
            value = num_bytes / factor
            text = f"{value:.0f}" if value == int(value) else f"{value:.1f}".replace(".", decimal)
            return f"{text} {unit}"
    return f"{num_bytes} byte" if language == "id" else f"{num_bytes} bytes"


def _accepted_types(policy: UploadPolicy, language: str) -> str:
    images = ", ".join(TYPE_LABELS[t] for t in (JPEG, PNG, WEBP) if t in policy.allowed)
    pdf = PDF in policy.allowed
    if language == "id":
        photo = f"foto ({images})" if images else ""
        return f"{photo} atau PDF" if photo and pdf else (photo or "PDF")
    photo = f"a photo ({images})" if images else ""
    return f"{photo} or a PDF" if photo and pdf else (photo or "a PDF")


def _reject(code: str, policy: UploadPolicy, name: str | None = None, **params: Any) -> UploadRejected:
    n = name or FALLBACK_STEM
    if code == "empty":
        texts = (f"Berkas {n} kosong.", f"The file {n} is empty.")
    elif code == "too_large":
        texts = (
            f"Berkas {n} lebih dari {_format_size(policy.max_bytes, 'id')}.",
            f"The file {n} is larger than {_format_size(policy.max_bytes, 'en')}.",
        )
    elif code == "too_many":
        count = params["count"]
        texts = (
            f"Paling banyak {policy.max_files} berkas. Anda mengunggah {count} berkas.",
            f"At most {policy.max_files} files. You uploaded {count}.",
        )
    elif code == "total_too_large":
        texts = (
            f"Ukuran semua berkas lebih dari {_format_size(policy.max_total_bytes, 'id')}. "
            "Kurangi jumlah atau ukuran berkas.",
            f"The files together are larger than {_format_size(policy.max_total_bytes, 'en')}. "
            "Upload fewer or smaller files.",
        )
    elif code == "type_not_allowed":
        texts = (
            f"Berkas {n} bukan jenis yang diterima. Unggah {_accepted_types(policy, 'id')}.",
            f"The file {n} is not an accepted type. Upload {_accepted_types(policy, 'en')}.",
        )
    elif code == "corrupt":
        texts = (
            f"Berkas {n} rusak atau tidak dapat dibaca. Simpan ulang atau ambil foto lagi, lalu unggah kembali.",
            f"The file {n} is damaged or cannot be read. Save it again or take a new photo, then upload it again.",
        )
    elif code == "too_many_pixels":
        megapixels = f"{policy.max_pixels / 1_000_000:g}"
        texts = (
            f"Resolusi gambar {n} terlalu besar (lebih dari {megapixels.replace('.', ',')} megapiksel). "
            "Perkecil gambar, lalu unggah lagi.",
            f"The image {n} has too many pixels (more than {megapixels} megapixels). Resize it and upload it again.",
        )
    elif code == "pdf_encrypted":
        texts = (
            f"PDF {n} dilindungi kata sandi atau terenkripsi. Simpan ulang tanpa kata sandi, lalu unggah lagi.",
            f"The PDF {n} is password-protected or encrypted. Save it again without a password and upload it again.",
        )
    elif code == "pdf_active_content":
        texts = (
            f"PDF {n} berisi skrip, tindakan otomatis, atau berkas sisipan yang tidak diizinkan. "
            "Cetak ulang sebagai PDF (Print to PDF), lalu unggah lagi.",
            f"The PDF {n} contains scripts, automatic actions or embedded files, which are not allowed. "
            "Print it to a new PDF and upload that instead.",
        )
    elif code == "pdf_too_many_pages":
        texts = (
            f"PDF {n} lebih dari {policy.max_pdf_pages} halaman.",
            f"The PDF {n} has more than {policy.max_pdf_pages} pages.",
        )
    else:  # pragma: no cover - programming error
        raise ValueError(f"unknown rejection code {code!r}")
    return UploadRejected(code, texts[0], texts[1], name=name, params=params)


# --- file names ---------------------------------------------------------------------------------

# Path separators, including look-alikes that some systems fold into "/" or "\".
_SEPARATORS = re.compile("[/\\\\\u2215\u2044\u29f8\u29f9\uff0f\uff3c]")
# Characters Windows refuses in names; replaced so a downloaded copy keeps a usable name.
_UNSAFE = frozenset('<>:"|?*')
_EXTENSION = re.compile(r"[A-Za-z0-9]{1,5}")


def _clean_name_text(name: object) -> str:
    text = unicodedata.normalize("NFC", "" if name is None else str(name))
    text = _SEPARATORS.split(text)[-1]
    out = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch.isspace() or category in ("Zs", "Zl", "Zp"):
            out.append(" ")
        elif category[0] == "C":
            # Cc controls, Cf format characters (bidi overrides/isolates U+202A-202E and
            # U+2066-2069, zero-width characters), Cs surrogates, Co private use, Cn unassigned.
            continue
        elif ch in _UNSAFE:
            out.append("_")
        else:
            out.append(ch)
    return " ".join("".join(out).split())


def sanitize_name(name: object, extension: str | None = None) -> str:
    """Display name: no directories, control/bidi/zero-width characters or leading dots;
    whitespace collapsed; at most 120 characters; "lampiran" when nothing is left.

    With ``extension`` (".jpg"), the name's own extension is replaced by it. Without, the
    name's extension is kept (used to name a refused file in a message).
    """
    text = _clean_name_text(name)
    stem, ext = text, ""
    if "." in text:
        head, tail = text.rsplit(".", 1)
        if _EXTENSION.fullmatch(tail) and not tail.isdigit():
            stem, ext = head, "." + tail
    if extension is not None:
        ext = extension
    stem = stem.strip(" .")
    stem = stem[: MAX_NAME_LENGTH - len(ext)].rstrip(" .") or FALLBACK_STEM
    return stem + ext


# --- type sniffing ------------------------------------------------------------------------------

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


# --- reading ------------------------------------------------------------------------------------


def _read_limited(stream: IO[bytes], limit: int) -> bytes:
    buf = bytearray()
    while len(buf) < limit:
        chunk = stream.read(min(limit - len(buf), MIB))
        if not chunk:
            break
        if isinstance(chunk, str):
            raise TypeError("clean_upload needs bytes; open the file in binary mode")
        buf += chunk
    return bytes(buf)


def _read(data: UploadData, policy: UploadPolicy, name: str) -> bytes:
    """The upload's bytes, reading at most max_bytes + 1 of a file-like; too_large/empty checked."""
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
    elif hasattr(data, "read"):
        declared = getattr(data, "size", None)  # Django's UploadedFile knows its size
        if isinstance(declared, int) and not isinstance(declared, bool) and declared > policy.max_bytes:
            raise _reject("too_large", policy, name, size=declared)
        if hasattr(data, "seek"):
            try:
                data.seek(0)
            except (OSError, ValueError):  # not seekable: read from where it is
                pass
        raw = _read_limited(data, policy.max_bytes + 1)
    else:
        raise TypeError(f"clean_upload needs bytes or a binary file object, got {type(data).__name__}")
    if not raw:
        raise _reject("empty", policy, name)
    if len(raw) > policy.max_bytes:
        raise _reject("too_large", policy, name, size=len(raw))
    return raw


# --- public entry points ------------------------------------------------------------------------


def clean_upload(name: str, data: UploadData, policy: UploadPolicy = DEFAULT_POLICY) -> CleanFile:
    """Validate and clean one upload, or raise UploadRejected."""
    shown = sanitize_name(name)
    raw = _read(data, policy, shown)
    return _clean_bytes(name, shown, raw, policy)


def clean_uploads(files: Sequence[tuple[str, UploadData]], policy: UploadPolicy = DEFAULT_POLICY) -> list[CleanFile]:
    """Validate and clean a submission's files: all of them, or raise UploadRejected for the first
    problem (file count first, then each file's size, then the total, then each file's content).

    The total is of the bytes as uploaded, which is what the citizen can see and act on.
    """
    files = list(files)
    if len(files) > policy.max_files:
        raise _reject("too_many", policy, count=len(files))
    loaded: list[tuple[str, str, bytes]] = []
    total = 0
    for index, (name, data) in enumerate(files):
        shown = sanitize_name(name)
        try:
            raw = _read(data, policy, shown)
        except UploadRejected as exc:
            exc.index = index
            raise
        loaded.append((name, shown, raw))
        total += len(raw)
    if total > policy.max_total_bytes:
        raise _reject("total_too_large", policy, total=total)
    cleaned = []
    for index, (name, shown, raw) in enumerate(loaded):
        try:
            cleaned.append(_clean_bytes(name, shown, raw, policy))
        except UploadRejected as exc:
            exc.index = index
            raise
    return cleaned


def _clean_bytes(name: str, shown: str, raw: bytes, policy: UploadPolicy) -> CleanFile:
    content_type = sniff_type(raw[:1024])
    if content_type is None or content_type not in policy.allowed:
        logger.info("upload %r refused: content looks like %s", shown, content_type or "unknown")
        raise _reject("type_not_allowed", policy, shown, detected=content_type)
    width = height = None
    if content_type in IMAGE_TYPES:
        content, width, height = _clean_image(raw, content_type, shown, policy)
    else:
        _check_pdf(raw, shown, policy)
        content = raw
    extension = EXTENSIONS[content_type]
    return CleanFile(
        content=content,
        content_type=content_type,
        extension=extension,
        original_name=sanitize_name(name, extension),
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        width=width,
        height=height,
    )


# --- images -------------------------------------------------------------------------------------

_PILLOW_FORMAT = {JPEG: "JPEG", PNG: "PNG", WEBP: "WEBP"}

# EXIF orientation -> the transpose that displays the image upright (as ImageOps.exif_transpose).
_ORIENTATION = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

_BOMB_ERRORS = (Image.DecompressionBombError, Image.DecompressionBombWarning)


def _clean_image(raw: bytes, content_type: str, shown: str, policy: UploadPolicy) -> tuple[bytes, int, int]:
    try:
        # Only the decoder for the sniffed type may look at the bytes.
        im = Image.open(io.BytesIO(raw), formats=[_PILLOW_FORMAT[content_type]])
    except _BOMB_ERRORS:
        raise _reject("too_many_pixels", policy, shown)
    except Exception as exc:
        logger.info("upload %r refused: Pillow cannot open it (%s)", shown, exc)
        raise _reject("corrupt", policy, shown)
    with im:
        width, height = im.size
        # Pillow's own bomb limit counts too, so its warning range never gets decoded either.
        limit = min(policy.max_pixels, Image.MAX_IMAGE_PIXELS or policy.max_pixels)
        if width < 1 or height < 1:
            raise _reject("corrupt", policy, shown)
        if width * height > limit:  # from the header, before a single pixel is decoded
            logger.info("upload %r refused: %dx%d pixels", shown, width, height)
            raise _reject("too_many_pixels", policy, shown, width=width, height=height)
        try:
            return _reencode(im, content_type, policy)
        except _BOMB_ERRORS:
            raise _reject("too_many_pixels", policy, shown)
        except Exception as exc:  # truncated data, bad chunks, decoder errors, MemoryError ...
            logger.info("upload %r refused: cannot decode (%s)", shown, exc)
            raise _reject("corrupt", policy, shown)


def _fit(width: int, height: int, max_side: int) -> tuple[int, int]:
    longest = max(width, height)
    if longest <= max_side:
        return width, height
    scale = max_side / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _orientation(im: Image.Image) -> int:
    try:
        value = int(im.getexif().get(0x0112) or 1)  # EXIF, or XMP tiff:Orientation via Pillow
    except Exception:  # broken metadata must not cost the citizen their photo
        return 1
    return value if value in _ORIENTATION else 1


def _reencode(im: ImageFile.ImageFile, content_type: str, policy: UploadPolicy) -> tuple[bytes, int, int]:
    target = _fit(*im.size, policy.max_image_side)
    if target != im.size and content_type == JPEG:
        im.draft(None, target)  # let libjpeg decode at 1/2, 1/4 or 1/8 scale (never below target)
    im.load()  # first frame only: animations (APNG, animated WEBP) become a still
    orientation = _orientation(im)
    out: Image.Image = _normalise_mode(im, content_type, resizing=im.size != target)
    if out.size != target:
        out = out.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if orientation in _ORIENTATION:
        out = out.transpose(_ORIENTATION[orientation])
    # Nothing from the original travels on: Pillow's savers fall back to info for ICC
    # profiles, PNG transparency and JPEG comments, so empty it.
    out.info = {}
    buf = io.BytesIO()
    if content_type == JPEG:
        out.save(buf, "JPEG", quality=JPEG_QUALITY, optimize=True)
    elif content_type == PNG:
        out.save(buf, "PNG", optimize=True)
    else:
        out.save(buf, "WEBP", quality=WEBP_QUALITY)
    return buf.getvalue(), out.width, out.height


def _has_alpha(im: Image.Image) -> bool:
    return im.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in im.info


def _normalise_mode(im: Image.Image, content_type: str, resizing: bool) -> Image.Image:
    """Modes the encoder takes and resampling handles: JPEG L/RGB; PNG/WEBP keep alpha as RGBA."""
    if im.mode.startswith("I;16") or im.mode in ("I", "F"):
        im = im.convert("I").point(lambda v: v * (1 / 257)).convert("L")  # 16-bit grey to 8-bit
    if content_type == JPEG:
        if im.mode in ("L", "RGB"):
            return im
        return im.convert("L" if im.mode == "1" else "RGB")  # CMYK, YCbCr, P ...
    if _has_alpha(im):
        return im if im.mode == "RGBA" else im.convert("RGBA")
    if content_type == PNG:
        if im.mode in ("L", "RGB"):
            return im
        if im.mode in ("1", "P") and not resizing:
            return im  # small bilevel/palette PNGs (scans, screenshots) stay small
        return im.convert("L" if im.mode == "1" else "RGB")
    return im if im.mode == "RGB" else im.convert("RGB")  # WEBP encodes RGB or RGBA only


# --- PDF ----------------------------------------------------------------------------------------

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


def _check_pdf(raw: bytes, shown: str, policy: UploadPolicy) -> None:
    from pypdf import PdfReader  # imported here: image-only callers do not pay for it

    if _has_foreign_trailer(raw):
        logger.info("upload %r refused: data after the PDF's last %%%%EOF", shown)
        raise _reject("corrupt", policy, shown)
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        encrypted = reader.is_encrypted
    except Exception as exc:
        logger.info("upload %r refused: pypdf cannot read it (%s)", shown, exc)
        raise _reject("corrupt", policy, shown)
    if encrypted:
        raise _reject("pdf_encrypted", policy, shown)
    try:
        _scan_pdf_objects(reader)
        active = _raw_pdf_has_active_names(raw)
        pages = len(reader.pages)
    except _PdfActive:
        active = True
    except Exception as exc:
        logger.info("upload %r refused: broken PDF structure (%s)", shown, exc)
        raise _reject("corrupt", policy, shown)
    if active:
        logger.info("upload %r refused: PDF has active content", shown)
        raise _reject("pdf_active_content", policy, shown)
    if pages < 1:
        raise _reject("corrupt", policy, shown)
    if pages > policy.max_pdf_pages:
        raise _reject("pdf_too_many_pages", policy, shown, pages=pages)


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
