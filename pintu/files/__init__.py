"""Citizens' attachments: content-based type detection, limits and cleaning.

A plain package (not a Django app). Use clean_upload / clean_uploads and store CleanFile.content
under a name of your own choosing plus CleanFile.extension; show CleanFile.original_name; call
check_case_quota before adding files to an existing case.

Modules: validation.py (the entry points, reading with a size cap), sniff.py (type from magic
bytes), images.py (Pillow re-encoding, pixel limit), pdf.py (active-content checks), names.py
(display names), errors.py (UploadRejected and its messages), quota.py (per-case limits),
limits.py (UploadPolicy, no Pillow/pypdf import).
"""

from .limits import DEFAULT_POLICY, SUPPORTED_TYPES, UploadPolicy
from .validation import (
    CODES,
    CleanFile,
    UploadRejected,
    check_case_quota,
    clean_upload,
    clean_uploads,
    format_rejection,
    sanitize_name,
    sniff_type,
)

__all__ = [
    "CODES",
    "DEFAULT_POLICY",
    "SUPPORTED_TYPES",
    "CleanFile",
    "UploadPolicy",
    "UploadRejected",
    "check_case_quota",
    "clean_upload",
    "clean_uploads",
    "format_rejection",
    "sanitize_name",
    "sniff_type",
]
