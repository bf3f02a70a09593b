"""Multipart files through the project's content validation (pintu.files), errors on the field."""

from rest_framework import exceptions

from pintu.files.validation import (
    DEFAULT_POLICY,
    CleanFile,
    UploadPolicy,
    UploadRejected,
    clean_uploads,
    format_rejection,
)


def cleaned_files(request, field: str = "files", policy: UploadPolicy = DEFAULT_POLICY) -> list[CleanFile]:
    uploads = [(f.name, f) for f in request.FILES.getlist(field)] if request.FILES else []
    try:
        return clean_uploads(uploads, policy)
    except UploadRejected as exc:
        raise exceptions.ValidationError({field: [format_rejection(exc)]}) from None
