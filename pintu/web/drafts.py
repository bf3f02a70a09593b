"""Draft uploads: the files of a form that was not sent yet, kept for the browser session.

Why: a form sent back with an error (a missing name, a bad phone number, one unreadable photo) used to
drop every file the citizen had chosen, because a browser never fills a file input again. Now each file
that passes pintu.files.validation is kept here at once (already cleaned), the form lists it, and the
final submission takes the kept files with any new ones. Every file error is shown at once
(`take_uploads`), not only the first.

The content is encrypted like the stored identity files (pintu.privacy.crypto): a KTP scan waiting here
is no more readable in a database dump than one filed with a request.
The files belong to a random owner token in the session (`OWNER_KEY`), never to the session key, which
changes on sign-in. The sweep "web.draft_uploads" (registered in pintu.web.apps) removes what is older
than settings.PINTU_DRAFT_UPLOAD_HOURS: forms given up, sessions that ended.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from django.conf import settings

from pintu.files.validation import DEFAULT_POLICY, CleanFile, UploadPolicy, clean_uploads_each, format_rejection
from pintu.privacy.crypto import decrypt_bytes, encrypt_bytes
from pintu.web.models import DraftUpload

OWNER_KEY = "draft_uploads_owner"
REMOVE_FIELD = "hapus_lampiran"  # checkboxes "remove this kept file" carry the DraftUpload ids


def _owner(request, *, create: bool) -> str | None:
    owner = request.session.get(OWNER_KEY)
    if owner is None and create:
        owner = secrets.token_hex(16)
        request.session[OWNER_KEY] = owner
    return owner


def kept(request, slot: str) -> list[DraftUpload]:
    """The files kept for `slot` in this session, oldest first (without their content)."""
    owner = _owner(request, create=False)
    if owner is None:
        return []
    return list(DraftUpload.objects.filter(owner=owner, slot=slot).defer("content"))


def keep(request, slot: str, files: list[CleanFile]) -> list[DraftUpload]:
    owner = _owner(request, create=True)
    rows = [
        DraftUpload(owner=owner, slot=slot, original_name=f.original_name, content_type=f.content_type,
                    extension=f.extension, size=f.size, sha256=f.sha256, width=f.width, height=f.height,
                    content=encrypt_bytes(f.content))
        for f in files
    ]  # fmt: skip
    return DraftUpload.objects.bulk_create(rows)


def remove(request, slot: str, ids=None) -> int:
    """Forget kept files of `slot` (those with the given ids, or all of them)."""
    owner = _owner(request, create=False)
    if owner is None:
        return 0
    qs = DraftUpload.objects.filter(owner=owner, slot=slot)
    if ids is not None:
        qs = qs.filter(pk__in=[int(i) for i in ids if str(i).isdigit()])
    return qs.delete()[0]


def clean_files(request, slot: str) -> list[CleanFile]:
    """The kept files of `slot` as CleanFile, ready for the service that stores the case."""
    owner = _owner(request, create=False)
    if owner is None:
        return []
    return [
        CleanFile(content=decrypt_bytes(bytes(row.content)), content_type=row.content_type, extension=row.extension,
                  original_name=row.original_name, size=row.size, sha256=row.sha256, width=row.width,
                  height=row.height)
        for row in DraftUpload.objects.filter(owner=owner, slot=slot)
    ]  # fmt: skip


def take_uploads(request, slot: str, uploads, *, language: str, policy: UploadPolicy = DEFAULT_POLICY,
                 replace: bool = False) -> list[str]:  # fmt: skip
    """Validate the uploaded files of one field, keep those that pass, return a message for EVERY one refused.

    `uploads` are Django UploadedFiles. Kept files the citizen ticked in `REMOVE_FIELD` are forgotten
    first; `replace=True` (a single-file field) forgets the kept file when a new one passes.
    """
    ticked = request.POST.getlist(REMOVE_FIELD) if request.method == "POST" else []
    if ticked:
        remove(request, slot, ticked)
    already = kept(request, slot)
    if replace:
        already = []
    passed, refused = clean_uploads_each(
        [(upload.name, upload) for upload in uploads], policy,
        kept_count=len(already), kept_bytes=sum(row.size for row in already),
    )  # fmt: skip
    if passed:
        if replace:
            remove(request, slot)
        keep(request, slot, passed)
    messages: list[str] = []
    for exc in refused:
        text = format_rejection(exc, language)
        if text not in messages:  # "at most 5 files" once, however many files were past it
            messages.append(text)
    return messages


def sweep(now: datetime) -> int:
    """Remove the draft files older than settings.PINTU_DRAFT_UPLOAD_HOURS."""
    cutoff = now - timedelta(hours=settings.PINTU_DRAFT_UPLOAD_HOURS)
    return DraftUpload.objects.filter(created_at__lt=cutoff).delete()[0]
