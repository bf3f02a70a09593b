"""Citizens' attachments: content-based type detection, limits and cleaning.

A plain package (not a Django app). Use clean_upload / clean_uploads and store CleanFile.content
under a name of your own choosing plus CleanFile.extension; show CleanFile.original_name.
"""

from .limits import DEFAULT_POLICY, SUPPORTED_TYPES, UploadPolicy
from .validation import (
    CODES,
    CleanFile,
    UploadRejected,
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
    "clean_upload",
    "clean_uploads",
    "format_rejection",
    "sanitize_name",
    "sniff_type",
]
