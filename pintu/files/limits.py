"""Upload limits and the file types this package knows how to clean.

Kept apart from validation.py so settings, forms and templates can show the limits
("paling banyak 5 berkas, masing-masing 5 MB") without importing Pillow or pypdf.
"""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024

JPEG = "image/jpeg"
PNG = "image/png"
WEBP = "image/webp"
PDF = "application/pdf"

IMAGE_TYPES: frozenset[str] = frozenset({JPEG, PNG, WEBP})
#: Types clean_upload can clean. UploadPolicy.allowed must be a subset of these.
SUPPORTED_TYPES: frozenset[str] = IMAGE_TYPES | {PDF}

#: Extension given to a stored file of each type (also forced onto the display name).
EXTENSIONS: dict[str, str] = {JPEG: ".jpg", PNG: ".png", WEBP: ".webp", PDF: ".pdf"}

#: Short labels for messages, in display order.
TYPE_LABELS: dict[str, str] = {JPEG: "JPG", PNG: "PNG", WEBP: "WEBP", PDF: "PDF"}


@dataclass(frozen=True)
class UploadPolicy:
    max_bytes: int = 5 * MIB  # per file, as uploaded
    max_files: int = 5  # per submission
    max_total_bytes: int = 20 * MIB  # per submission, as uploaded
    max_pixels: int = 40_000_000  # decompression-bomb guard, width * height from the header
    max_image_side: int = 2560  # longer side after re-encode (downscaled if larger)
    allowed: frozenset[str] = frozenset({JPEG, PNG, WEBP, PDF})
    max_pdf_pages: int = 50
    max_case_files: int = 30  # per case, over its whole life (replies add files too)
    max_case_bytes: int = 100 * MIB  # per case, as stored

    def __post_init__(self) -> None:
        numbers = ("max_bytes", "max_files", "max_total_bytes", "max_pixels", "max_image_side", "max_pdf_pages",
                   "max_case_files", "max_case_bytes")  # fmt: skip
        for field_name in numbers:
            value = getattr(self, field_name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(f"UploadPolicy.{field_name} must be a positive int, got {value!r}")
        allowed = frozenset(self.allowed)
        unknown = allowed - SUPPORTED_TYPES
        if unknown:
            raise ValueError(f"UploadPolicy.allowed has types this package cannot clean: {sorted(unknown)}")
        if not allowed:
            raise ValueError("UploadPolicy.allowed is empty")
        object.__setattr__(self, "allowed", allowed)


DEFAULT_POLICY = UploadPolicy()
