"""What a refused upload looks like: CleanFile (the result), UploadRejected (the error) and the
wording citizens see, in Indonesian and English, for each rejection code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .limits import JPEG, MIB, PDF, PNG, TYPE_LABELS, WEBP, UploadPolicy

FALLBACK_STEM = "lampiran"

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
    "case_too_many",
    "case_total_too_large",
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


#: What each rejection code says, (Indonesian, English): str.format templates over `_values` and the
#: numbers the caller passed (count, existing, ...).
MESSAGES = {
    "empty": ("Berkas {n} kosong.", "The file {n} is empty."),
    "too_large": ("Berkas {n} lebih dari {max_bytes}.", "The file {n} is larger than {max_bytes}."),
    "too_many": (
        "Paling banyak {max_files} berkas. Anda mengunggah {count} berkas.",
        "At most {max_files} files. You uploaded {count}.",
    ),
    "total_too_large": (
        "Ukuran semua berkas lebih dari {max_total_bytes}. Kurangi jumlah atau ukuran berkas.",
        "The files together are larger than {max_total_bytes}. Upload fewer or smaller files.",
    ),
    "type_not_allowed": (
        "Berkas {n} bukan jenis yang diterima. Unggah {accepted}.",
        "The file {n} is not an accepted type. Upload {accepted}.",
    ),
    "corrupt": (
        "Berkas {n} rusak atau tidak dapat dibaca. Simpan ulang atau ambil foto lagi, lalu unggah kembali.",
        "The file {n} is damaged or cannot be read. Save it again or take a new photo, then upload it again.",
    ),
    "too_many_pixels": (
        "Resolusi gambar {n} terlalu besar (lebih dari {megapixels} megapiksel). Perkecil gambar, lalu unggah lagi.",
        "The image {n} has too many pixels (more than {megapixels} megapixels). Resize it and upload it again.",
    ),
    "pdf_encrypted": (
        "PDF {n} dilindungi kata sandi atau terenkripsi. Simpan ulang tanpa kata sandi, lalu unggah lagi.",
        "The PDF {n} is password-protected or encrypted. Save it again without a password and upload it again.",
    ),
    "pdf_active_content": (
        "PDF {n} berisi skrip, tindakan otomatis, atau berkas sisipan yang tidak diizinkan. "
        "Cetak ulang sebagai PDF (Print to PDF), lalu unggah lagi.",
        "The PDF {n} contains scripts, automatic actions or embedded files, which are not allowed. "
        "Print it to a new PDF and upload that instead.",
    ),
    "pdf_too_many_pages": (
        "PDF {n} lebih dari {max_pdf_pages} halaman.",
        "The PDF {n} has more than {max_pdf_pages} pages.",
    ),
    "case_too_many": (
        "Laporan ini sudah memiliki {existing} berkas; paling banyak {max_case_files} berkas untuk satu laporan. "
        "Kirim tanpa lampiran atau hubungi petugas.",
        "This case already has {existing} files; at most {max_case_files} files per case. "
        "Send without attachments or contact the officer.",
    ),
    "case_total_too_large": (
        "Ukuran semua berkas laporan ini akan melebihi {max_case_bytes}. "
        "Kirim berkas yang lebih kecil atau tanpa lampiran.",
        "The files of this case would exceed {max_case_bytes} together. Send smaller files or none.",
    ),
}


def _values(policy: UploadPolicy, name: str, language: str) -> dict[str, Any]:
    """The policy's limits as the messages print them in `language` ("id" or "en")."""
    megapixels = f"{policy.max_pixels / 1_000_000:g}"
    return {
        "n": name,
        "max_files": policy.max_files,
        "max_pdf_pages": policy.max_pdf_pages,
        "max_case_files": policy.max_case_files,
        "max_bytes": _format_size(policy.max_bytes, language),
        "max_total_bytes": _format_size(policy.max_total_bytes, language),
        "max_case_bytes": _format_size(policy.max_case_bytes, language),
        "accepted": _accepted_types(policy, language),
        "megapixels": megapixels.replace(".", ",") if language == "id" else megapixels,
    }


def reject(code: str, policy: UploadPolicy, name: str | None = None, **params: Any) -> UploadRejected:
    if code not in MESSAGES:  # pragma: no cover - programming error
        raise ValueError(f"unknown rejection code {code!r}")
    n = name or FALLBACK_STEM
    text_id, text_en = (
        template.format_map({**params, **_values(policy, n, language)})
        for template, language in zip(MESSAGES[code], ("id", "en"), strict=True)
    )
    return UploadRejected(code, text_id, text_en, name=name, params=params)
