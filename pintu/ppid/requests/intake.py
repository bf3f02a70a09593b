"""Registering information requests: the online form (guest or account) and staff entry (oral, walk-in,
letter, e-mail). The decisions recorded in pintu.ppid.requests.services' docstring apply.
"""

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.cases.drafts import ContactDraft
from pintu.cases.intake import bilingual, check_email, check_notify_channels, check_phone, new_case_fields, submit_once
from pintu.files.validation import CleanFile
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.ppid.permissions import require_utama
from pintu.ppid.requests import identity, notify, phone_consent
from pintu.ppid.requests.lifecycle import refresh
from pintu.ppid.requests.models import (
    DeliveryMethod,
    InformationRequest,
    ObtainMethod,
    RequestChannel,
    RequesterIdentity,
    RequesterKind,
)
from pintu.ppid.requests.numbering import next_number
from pintu.ppid.requests.workflow import Status
from pintu.privacy.crypto import blind_index
from pintu.privacy.nik import InvalidNik, validate_nik
from pintu.textnorm.untrusted import clean_text
from pintu.workdays.bounds import in_range, out_of_range_message

INFORMATION_MIN, TEXT_MAX = 10, 10_000
STAFF_CHANNELS = frozenset({RequestChannel.WALK_IN, RequestChannel.ORAL, RequestChannel.LETTER, RequestChannel.EMAIL})
#: Ways of obtaining that produce a copy someone must make (the only ones that may cost money).
COPY_COSTS = frozenset({ObtainMethod.HARD, ObtainMethod.BOTH})
POSTAGE_COSTS = frozenset({DeliveryMethod.POST, DeliveryMethod.COURIER})


# --- intake --------------------------------------------------------------------------------------


@dataclass
class RequestDraft(ContactDraft):
    information: str
    purpose: str
    obtain_method: str
    delivery_method: str = ""
    requester_kind: str = RequesterKind.PERORANGAN
    address: str = ""
    occupation: str = ""
    id_number: str = ""
    identity_file: CleanFile | None = None
    proxy_file: CleanFile | None = None
    channel: str = RequestChannel.WEB
    requester_user: object | None = None
    received_at: datetime.datetime | None = None  # staff: when a letter arrived; default now
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Submitted:
    request: InformationRequest
    secret: str | None  # None when a retried submission returned the existing request
    created: bool


def validate_draft(draft: RequestDraft) -> None:
    """Normalise the draft in place; raise ValidationError({field: message}) listing every problem."""
    errors: dict[str, str] = {}
    online = draft.channel == RequestChannel.WEB
    user = draft.requester_user
    draft.information = clean_text(draft.information, multiline=True).strip()  # no control/bidi characters
    draft.purpose = clean_text(draft.purpose, multiline=True).strip()
    draft.name = " ".join(clean_text(draft.name).split())[:150] or (user.get_full_name() if user else "")
    draft.address = clean_text(draft.address, multiline=True).strip()
    draft.occupation = " ".join(clean_text(draft.occupation).split())[:100]
    draft.id_number = "".join((draft.id_number or "").split())
    if draft.channel not in RequestChannel.values:
        errors["channel"] = _("Saluran tidak dikenal.")
    if draft.requester_kind not in RequesterKind.values:
        errors["requester_kind"] = _("Pilih jenis pemohon.")
    if not draft.name:
        errors["name"] = _("Tuliskan nama pemohon.")
    if len(draft.information) < INFORMATION_MIN:
        errors["information"] = _("Jelaskan informasi yang Anda butuhkan, paling sedikit %(n)s karakter.") % {
            "n": INFORMATION_MIN
        }
    elif len(draft.information) > TEXT_MAX:
        errors["information"] = _("Paling banyak %(n)s karakter.") % {"n": TEXT_MAX}
    if not draft.purpose:
        errors["purpose"] = _("Tuliskan tujuan penggunaan informasi.")
    elif len(draft.purpose) > TEXT_MAX:
        errors["purpose"] = _("Paling banyak %(n)s karakter.") % {"n": TEXT_MAX}
    if draft.obtain_method not in ObtainMethod.values:
        errors["obtain_method"] = _("Pilih cara memperoleh informasi.")
    if draft.delivery_method and draft.delivery_method not in DeliveryMethod.values:
        errors["delivery_method"] = _("Pilih cara mendapatkan salinan.")
    elif draft.obtain_method in (ObtainMethod.SOFT, ObtainMethod.HARD, ObtainMethod.BOTH) and not draft.delivery_method:
        errors["delivery_method"] = _("Pilih cara mendapatkan salinan informasi.")
    if draft.email or (user and not draft.email and getattr(user, "email", "")):
        check_email(draft, errors, draft.email or user.email)
    check_phone(draft, errors)
    if not draft.email and not draft.phone and "email" not in errors and "phone" not in errors:
        if online or not draft.address:
            errors["email"] = _("Isi e-mail atau nomor telepon agar kami dapat mengirim pemberitahuan.")
    if draft.delivery_method == DeliveryMethod.EMAIL and not draft.email and "email" not in errors:
        errors["email"] = _("Salinan dikirim lewat e-mail: isi alamat e-mail Anda.")
    if draft.delivery_method in POSTAGE_COSTS and not draft.address:
        errors["address"] = _("Salinan dikirim lewat pos atau kurir: isi alamat Anda.")
    if draft.requester_kind == RequesterKind.BADAN_HUKUM:
        if not draft.id_number:
            errors["id_number"] = _(
                "Tuliskan nomor SK pengesahan badan hukum dari Kementerian Hukum dan HAM (Kemenkumham)."
            )
        elif len(draft.id_number) > 60:
            errors["id_number"] = _("Paling banyak %(n)s karakter.") % {"n": 60}
    elif draft.id_number:
        try:
            draft.id_number = validate_nik(draft.id_number).nik
        except InvalidNik as exc:
            errors["id_number"] = bilingual(exc)
    if online and draft.identity_file is None:
        if draft.requester_kind == RequesterKind.BADAN_HUKUM:
            errors["identity_file"] = _("Unggah salinan SK pengesahan badan hukum dari Kemenkumham.")
        elif draft.requester_kind == RequesterKind.PERORANGAN:
            errors["identity_file"] = _("Unggah foto atau pindaian KTP (atau identitas lain) Anda.")
    if online and draft.requester_kind == RequesterKind.KELOMPOK and draft.proxy_file is None:
        errors["proxy_file"] = _("Unggah surat kuasa dari kelompok yang Anda wakili.")
    check_notify_channels(draft, errors)
    if errors:
        raise ValidationError(errors)


def existing_for_key(key: str) -> InformationRequest | None:
    return InformationRequest.objects.filter(idempotency_key=key).first() if key else None


def submit_request(draft: RequestDraft) -> Submitted:
    """A request from the public form (guest or account). A retry with the same idempotency key
    returns the first request, never a twin."""
    draft.channel = RequestChannel.WEB
    draft.created_by = None
    return _submit(draft)


def register_request(user, draft: RequestDraft) -> Submitted:
    """A request received orally, at the desk, by letter or e-mail, typed in by the PPID Utama."""
    require_utama(user, _("Hanya PPID Utama yang mencatat permohonan dari loket, lisan, surat, atau e-mail."))
    if draft.channel not in STAFF_CHANNELS:
        raise ValidationError({"channel": _("Pilih saluran: datang langsung, lisan, surat, atau e-mail.")})
    if draft.received_at and draft.received_at > timezone.now():
        raise ValidationError({"received_at": _("Waktu diterima tidak boleh di masa depan.")})
    if draft.received_at and not in_range(draft.received_at):  # year 1 + the clock's days overflowed (a 500)
        raise ValidationError({"received_at": out_of_range_message()})
    draft.created_by = user
    return _submit(draft)


def _submit(draft: RequestDraft) -> Submitted:
    """A retry with the same key returns the first request; the same key with other content raises
    IdempotencyConflict (a ValidationError)."""
    return Submitted(*submit_once(draft, existing_for_key, validate_draft, _create))


def _create(draft: RequestDraft, secret: str, fingerprint: str = "") -> InformationRequest:
    now = timezone.now()
    received = draft.received_at or now
    request = InformationRequest(
        number=next_number(timezone.localdate(received).year),
        **new_case_fields(draft, secret, fingerprint),
        requester_kind=draft.requester_kind,
        information=draft.information,
        purpose=draft.purpose,
        obtain_method=draft.obtain_method,
        delivery_method=draft.delivery_method,
        status=Status.DITERIMA,
        status_changed_at=now,
        received_at=received,
        complete_at=received,
        requester_user=draft.requester_user,
    )
    refresh(request)  # due dates, save, statistics (as after every change)
    row = RequesterIdentity(
        request=request,
        name=draft.name,
        address=draft.address,
        occupation=draft.occupation,
        phone=draft.phone,
        email=draft.email,
        id_number=draft.id_number,
        id_number_index=blind_index(draft.id_number) if draft.id_number else "",
        consent_at=now,  # since issue #18: when the privacy notice was given (no consent is asked)
    )
    phone_consent.record_consent(row, draft.notify_channels)
    if draft.identity_file:
        identity.store_file(row, "identity", draft.identity_file)
    if draft.proxy_file:
        identity.store_file(row, "proxy", draft.proxy_file)
    row.save()
    phone_consent.audit_consent(row, via=draft.channel, actor=draft.created_by or draft.requester_user)
    by_staff = draft.created_by is not None
    record_event(
        request,
        "submitted",
        actor=draft.created_by or draft.requester_user,
        actor_role="staff" if by_staff else "requester",
        visibility=Visibility.REPORTER,
        status_to=Status.DITERIMA,
        payload={"channel": draft.channel},
        at=now,
    )
    notify.registered(request, secret)
    return request
