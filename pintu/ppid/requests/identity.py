"""The requester's personal data: the only module that reads RequesterIdentity for display and its files.

- identity number (NIK or deed number): encrypted column + blind index; shown masked, always;
- identity document and proxy letter: stored ENCRYPTED (encrypt_bytes) under private/ in the media
  storage, which no URL serves; they are decrypted only by `open_identity_file`, for the requester
  (proved by number + secret or own account) and for the PPID staff handling the request, and every
  open is an internal history event "identity_document_opened".
"""

import secrets
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext as _

from pintu.audit.services import audit
from pintu.files.validation import CleanFile
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity
from pintu.ppid.requests.selectors import identity_files_openable_by, requests_handled_by
from pintu.privacy.contact import mask_email, mask_phone
from pintu.privacy.crypto import decrypt_bytes, encrypt_bytes
from pintu.privacy.nik import mask_nik

FILE_KINDS = ("identity", "proxy")


@dataclass(frozen=True)
class IdentityView:
    name: str = ""
    address: str = ""
    occupation: str = ""
    phone: str = ""
    email: str = ""
    id_number_masked: str = ""
    has_identity_file: bool = False
    has_proxy_file: bool = False


def _mask_id(value: str) -> str:
    if not value:
        return ""
    if value.isdigit() and len(value) == 16:
        return mask_nik(value)
    return value[:3] + "•" * max(len(value) - 5, 1) + value[-2:] if len(value) > 5 else "•" * len(value)


def identity_of(request: InformationRequest) -> RequesterIdentity | None:
    return RequesterIdentity.objects.filter(request=request).first()


def identity_for_staff(user, request: InformationRequest) -> IdentityView | None:
    """Name, address, occupation and contact for the PPID handling the request (id number masked)."""
    if not requests_handled_by(user).filter(pk=request.pk).exists():
        return None
    row = identity_of(request)
    if row is None:
        return None
    return IdentityView(
        row.name,
        row.address,
        row.occupation,
        row.phone,
        row.email,
        _mask_id(row.id_number),
        bool(row.identity_file),
        bool(row.proxy_file),
    )


def identity_for_requester(request: InformationRequest) -> IdentityView | None:
    """What the requester sees of their own data on the tracking page (masked: the page may be shared)."""
    return masked_for_requester(identity_of(request))


def masked_for_requester(row: RequesterIdentity | None) -> IdentityView | None:
    """`identity_for_requester` of an identity row already read (`identity_of`, once per page: the phone
    consent comes from the same row through `phone_consent.consent_in`)."""
    if row is None:
        return None
    return IdentityView(
        row.name,
        "",
        row.occupation,
        mask_phone(row.phone) if row.phone else "",
        mask_email(row.email) if row.email else "",
        _mask_id(row.id_number),
        bool(row.identity_file),
        bool(row.proxy_file),
    )


def store_file(identity: RequesterIdentity, kind: str, clean: CleanFile) -> None:
    """Encrypt `clean` and keep it on `identity` (saved by the caller)."""
    if kind not in FILE_KINDS:
        raise ValueError(kind)
    name = f"{secrets.token_hex(16)}.bin"  # nothing about the person or the content in the name
    getattr(identity, f"{kind}_file").save(name, ContentFile(encrypt_bytes(clean.content)), save=False)
    setattr(identity, f"{kind}_file_name", clean.original_name)
    setattr(identity, f"{kind}_file_type", clean.content_type)


@dataclass(frozen=True)
class OpenedFile:
    content: bytes
    content_type: str
    name: str


def open_identity_file(
    request: InformationRequest, kind: str, *, user=None, as_requester: bool = False, http_request=None
) -> OpenedFile:
    """Decrypt an identity file for its requester (`as_requester`, proved by the view) or the PPID staff
    handling the request; records the internal event "identity_document_opened" every time."""
    if kind not in FILE_KINDS:
        raise PermissionDenied
    if not as_requester and not identity_files_openable_by(user).filter(pk=request.pk).exists():
        raise PermissionDenied(
            _("Dokumen identitas hanya dapat dibuka pemohon, PPID yang menangani, dan Atasan PPID selama ada "
              "keberatan yang menunggu tanggapannya.")
        )  # fmt: skip
    row = identity_of(request)
    stored = getattr(row, f"{kind}_file", None) if row else None
    if not stored:
        raise FileNotFoundError(kind)
    with stored.open("rb") as handle:
        content = decrypt_bytes(handle.read())
    with transaction.atomic():  # the history event and its audit entry exist together or not at all
        event = record_event(
            request,
            "identity_document_opened",
            actor=user,
            actor_role="requester" if as_requester else "staff",
            visibility=Visibility.INTERNAL,
            payload={"file": kind},
        )
        details = {"file": kind, "event": event.pk}
        audit("identity_file.open", actor=user, target=request, details=details, request=http_request)
    return OpenedFile(content, getattr(row, f"{kind}_file_type"), getattr(row, f"{kind}_file_name"))
