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
import logging
from collections.abc import Sequence
from typing import IO

from .errors import CODES, FALLBACK_STEM, CleanFile, UploadRejected, format_rejection, reject
from .images import clean_image
from .limits import DEFAULT_POLICY, EXTENSIONS, IMAGE_TYPES, MIB, UploadPolicy
from .names import MAX_NAME_LENGTH, sanitize_name
from .pdf import check_pdf
from .quota import check_case_quota
from .sniff import sniff_type

logger = logging.getLogger(__name__)

UploadData = bytes | bytearray | memoryview | IO[bytes]

#: The public API (callers import these from here; the work is split over the modules named above).
__all__ = [
    "CODES",
    "DEFAULT_POLICY",
    "FALLBACK_STEM",
    "MAX_NAME_LENGTH",
    "CleanFile",
    "UploadData",
    "UploadPolicy",
    "UploadRejected",
    "check_case_quota",
    "clean_upload",
    "clean_uploads",
    "clean_uploads_each",
    "format_rejection",
    "sanitize_name",
    "sniff_type",
]


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
            raise reject("too_large", policy, name, size=declared)
        if hasattr(data, "seek"):
            try:
                data.seek(0)
            except (OSError, ValueError):  # not seekable: read from where it is
                pass
        raw = _read_limited(data, policy.max_bytes + 1)
    else:
        raise TypeError(f"clean_upload needs bytes or a binary file object, got {type(data).__name__}")
    if not raw:
        raise reject("empty", policy, name)
    if len(raw) > policy.max_bytes:
        raise reject("too_large", policy, name, size=len(raw))
    return raw


# --- public entry points ------------------------------------------------------------------------


def clean_upload(name: str, data: UploadData, policy: UploadPolicy = DEFAULT_POLICY) -> CleanFile:
    """Validate and clean one upload, or raise UploadRejected."""
    shown = sanitize_name(name)
    raw = _read(data, policy, shown)
    return _clean_bytes(name, shown, raw, policy)


def clean_field_upload(files, field: str, policy: UploadPolicy = DEFAULT_POLICY) -> CleanFile | None:
    """The one file sent in `field` of a request's or a form's `files`, cleaned; None when none was sent.
    Raises UploadRejected (each face puts the refusal on the field its own way)."""
    upload = files.get(field) if files else None
    return None if upload is None else clean_upload(upload.name, upload, policy)


def clean_uploads(files: Sequence[tuple[str, UploadData]], policy: UploadPolicy = DEFAULT_POLICY) -> list[CleanFile]:
    """Validate and clean a submission's files: all of them, or raise UploadRejected for the first
    problem (file count first, then each file's size, then the total, then each file's content).

    The total is of the bytes as uploaded, which is what the citizen can see and act on.
    """
    files = list(files)
    if len(files) > policy.max_files:
        raise reject("too_many", policy, count=len(files))
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
        raise reject("total_too_large", policy, total=total)
    cleaned = []
    for index, (name, shown, raw) in enumerate(loaded):
        try:
            cleaned.append(_clean_bytes(name, shown, raw, policy))
        except UploadRejected as exc:
            exc.index = index
            raise
    return cleaned


def clean_uploads_each(
    files: Sequence[tuple[str, UploadData]],
    policy: UploadPolicy = DEFAULT_POLICY,
    *,
    kept_count: int = 0,
    kept_bytes: int = 0,
) -> tuple[list[CleanFile], list[UploadRejected]]:
    """Validate each file on its own and report EVERY problem: (the files that passed, the rejections).

    For forms that keep the files that passed while the citizen fixes the rest (pintu.web.drafts):
    `kept_count` / `kept_bytes` are the files already kept for the same field, which count against
    the number and total limits. A file past the number or total limit is refused with that reason;
    the files before it are kept. Each rejection's `index` is the file's position in `files`.
    """
    cleaned: list[CleanFile] = []
    rejected: list[UploadRejected] = []
    count, total = kept_count, kept_bytes
    for index, (name, data) in enumerate(files):
        shown = sanitize_name(name)
        try:
            raw = _read(data, policy, shown)
            if count + 1 > policy.max_files:
                raise reject("too_many", policy, shown, count=kept_count + len(files))
            if total + len(raw) > policy.max_total_bytes:
                raise reject("total_too_large", policy, shown, total=total + len(raw))
            clean = _clean_bytes(name, shown, raw, policy)
        except UploadRejected as exc:
            exc.index = index
            rejected.append(exc)
            continue
        cleaned.append(clean)
        count, total = count + 1, total + len(raw)
    return cleaned, rejected


def _clean_bytes(name: str, shown: str, raw: bytes, policy: UploadPolicy) -> CleanFile:
    content_type = sniff_type(raw[:1024])
    if content_type is None or content_type not in policy.allowed:
        logger.info("upload %r refused: content looks like %s", shown, content_type or "unknown")
        raise reject("type_not_allowed", policy, shown, detected=content_type)
    width = height = None
    if content_type in IMAGE_TYPES:
        content, width, height = clean_image(raw, content_type, shown, policy)
    else:
        check_pdf(raw, shown, policy)
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
