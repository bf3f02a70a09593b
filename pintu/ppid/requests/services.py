"""Use cases of information requests, one function each. Views, commands and tests call these.

Each validates (ValidationError with Indonesian messages, a dict keyed by field where it can), writes in
ONE transaction, moves the status only through `_apply` (the transition table), appends the history
event and queues the e-mail in the same transaction.

Decisions where DOMAIN.md is silent:
- online (web) requests by an individual must attach an identity document (KTP scan); the NIK itself
  is optional (the scan proves identity; the number is validated when given). A badan hukum gives its
  deed number (and, online, a scan of the deed); a group (kelompok), online, a proxy letter. Staff
  registering oral, walk-in, letter or e-mail requests have seen the documents: files are optional;
- a request counts as complete on receipt; the PPID Utama may mark it incomplete (clock not started
  when PpidSettings.request_clock_waits_for_complete) and complete it, which starts the clock afresh;
- only the PPID Utama registers staff requests and assigns; the assigned PPID Pembantu extends,
  decides, delivers and closes as well;
- fees: electronic copies are free; a fee is allowed only for hard copies or postage/courier, with a
  note of what it pays for, and only when information is delivered.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pintu.agencies.models import Agency
from pintu.files.validation import CleanFile
from pintu.history.models import Event, Visibility
from pintu.history.services import record_event
from pintu.ppid.domain import REQUEST_EXTENSION_DAYS
from pintu.ppid.exemptions import Article17
from pintu.ppid.models import DikItem, DikStatus
from pintu.ppid.models_requests import (
    DeliveryMethod,
    InformationRequest,
    ObtainMethod,
    RequestChannel,
    RequestDocument,
    RequesterIdentity,
    RequesterKind,
)
from pintu.ppid.requests import clocks, identity, notify
from pintu.ppid.requests.numbering import next_number
from pintu.ppid.requests.permissions import actor_for, require_utama
from pintu.ppid.requests.workflow import (
    DELIVERING,
    NAMES_HOLDER,
    Action,
    Actor,
    Decision,
    Status,
    TransitionError,
    reason_required,
    target_for_decision,
    transition,
)
from pintu.privacy.contact import InvalidEmail, InvalidPhone, normalize_phone, validate_email_address
from pintu.privacy.crypto import blind_index
from pintu.privacy.nik import InvalidNik, validate_nik
from pintu.workdays.calendar import get_calendar

# Reuse the complaint service's tracking secret: same alphabet, same hashing, same check.
from pintu.complaints.services.base import hash_secret, new_secret, secret_matches  # noqa: E402, F401  isort: skip

INFORMATION_MIN, TEXT_MAX = 10, 10_000
STAFF_CHANNELS = frozenset({RequestChannel.WALK_IN, RequestChannel.ORAL, RequestChannel.LETTER, RequestChannel.EMAIL})
#: Ways of obtaining that produce a copy someone must make (the only ones that may cost money).
COPY_COSTS = frozenset({ObtainMethod.HARD, ObtainMethod.BOTH})
POSTAGE_COSTS = frozenset({DeliveryMethod.POST, DeliveryMethod.COURIER})


# --- intake --------------------------------------------------------------------------------------


@dataclass
class RequestDraft:
    information: str
    purpose: str
    obtain_method: str
    delivery_method: str = ""
    requester_kind: str = RequesterKind.PERORANGAN
    name: str = ""
    address: str = ""
    occupation: str = ""
    phone: str = ""
    email: str = ""
    id_number: str = ""
    consent: bool = False
    identity_file: CleanFile | None = None
    proxy_file: CleanFile | None = None
    channel: str = RequestChannel.WEB
    idempotency_key: str = ""
    requester_user: object | None = None
    created_by: object | None = None
    language: str = ""
    received_at: datetime.datetime | None = None  # staff: when a letter arrived; default now
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Submitted:
    request: InformationRequest
    secret: str | None  # None when a retried submission returned the existing request
    created: bool


def _bilingual(exc) -> str:
    return exc.message_en if (get_language() or "id").startswith("en") else exc.message_id


def validate_draft(draft: RequestDraft) -> None:
    """Normalise the draft in place; raise ValidationError({field: message}) listing every problem."""
    errors: dict[str, str] = {}
    online = draft.channel == RequestChannel.WEB
    user = draft.requester_user
    draft.information = (draft.information or "").strip()
    draft.purpose = (draft.purpose or "").strip()
    draft.name = " ".join((draft.name or "").split())[:150] or (user.get_full_name() if user else "")
    draft.address = (draft.address or "").strip()
    draft.occupation = " ".join((draft.occupation or "").split())[:100]
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
        try:
            draft.email = validate_email_address(draft.email or user.email)
        except InvalidEmail as exc:
            errors["email"] = _bilingual(exc)
    if draft.phone:
        try:
            draft.phone = normalize_phone(draft.phone)
        except InvalidPhone as exc:
            errors["phone"] = _bilingual(exc)
    if not draft.email and not draft.phone and "email" not in errors and "phone" not in errors:
        if online or not draft.address:
            errors["email"] = _("Isi e-mail atau nomor telepon agar kami dapat mengirim pemberitahuan.")
    if draft.delivery_method == DeliveryMethod.EMAIL and not draft.email and "email" not in errors:
        errors["email"] = _("Salinan dikirim lewat e-mail: isi alamat e-mail Anda.")
    if draft.delivery_method in POSTAGE_COSTS and not draft.address:
        errors["address"] = _("Salinan dikirim lewat pos atau kurir: isi alamat Anda.")
    if draft.requester_kind == RequesterKind.BADAN_HUKUM:
        if not draft.id_number:
            errors["id_number"] = _("Tuliskan nomor akta pendirian atau pengesahan badan hukum.")
        elif len(draft.id_number) > 60:
            errors["id_number"] = _("Paling banyak %(n)s karakter.") % {"n": 60}
    elif draft.id_number:
        try:
            draft.id_number = validate_nik(draft.id_number).nik
        except InvalidNik as exc:
            errors["id_number"] = _bilingual(exc)
    if online and draft.identity_file is None:
        if draft.requester_kind == RequesterKind.BADAN_HUKUM:
            errors["identity_file"] = _("Unggah salinan akta pendirian atau pengesahan badan hukum.")
        elif draft.requester_kind == RequesterKind.PERORANGAN:
            errors["identity_file"] = _("Unggah foto atau pindaian KTP (atau identitas lain) Anda.")
    if online and draft.requester_kind == RequesterKind.KELOMPOK and draft.proxy_file is None:
        errors["proxy_file"] = _("Unggah surat kuasa dari kelompok yang Anda wakili.")
    if not draft.consent:
        errors["consent"] = _("Centang persetujuan agar permohonan dapat kami proses.")
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
    draft.created_by = user
    return _submit(draft)


def _submit(draft: RequestDraft) -> Submitted:
    if existing := existing_for_key(draft.idempotency_key):
        return Submitted(existing, None, False)
    validate_draft(draft)
    secret = new_secret()
    try:
        with transaction.atomic():
            request = _create(draft, secret)
    except IntegrityError:
        if existing := existing_for_key(draft.idempotency_key):  # a concurrent twin won the race
            return Submitted(existing, None, False)
        raise
    return Submitted(request, secret, True)


def _create(draft: RequestDraft, secret: str) -> InformationRequest:
    now = timezone.now()
    received = draft.received_at or now
    request = InformationRequest(
        number=next_number(timezone.localdate(received).year),
        secret_hash=hash_secret(secret),
        idempotency_key=draft.idempotency_key or None,
        channel=draft.channel,
        requester_kind=draft.requester_kind,
        information=draft.information,
        purpose=draft.purpose,
        obtain_method=draft.obtain_method,
        delivery_method=draft.delivery_method,
        language=draft.language or (get_language() or "id")[:2],
        status=Status.DITERIMA,
        status_changed_at=now,
        received_at=received,
        complete_at=received,
        requester_user=draft.requester_user,
        created_by=draft.created_by,
    )
    clocks.store_due_dates(request, get_calendar())
    request.save()
    row = RequesterIdentity(
        request=request,
        name=draft.name,
        address=draft.address,
        occupation=draft.occupation,
        phone=draft.phone,
        email=draft.email,
        id_number=draft.id_number,
        id_number_index=blind_index(draft.id_number) if draft.id_number else "",
        consent_at=now,
    )
    if draft.identity_file:
        identity.store_file(row, "identity", draft.identity_file)
    if draft.proxy_file:
        identity.store_file(row, "proxy", draft.proxy_file)
    row.save()
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


# --- moving along the table ----------------------------------------------------------------------


def _locked(request: InformationRequest) -> InformationRequest:
    return InformationRequest.objects.select_for_update().select_related("assigned_agency").get(pk=request.pk)


def _apply(
    request: InformationRequest,
    action: str,
    *,
    actor: Actor,
    user,
    reason: str = "",
    payload=None,
    visibility: str = Visibility.REPORTER,
    at=None,
) -> Event:
    """Move `request` along the transition table, recompute its due dates, append the event, save."""
    reason = (reason or "").strip()
    if reason_required(action) and not reason:
        raise ValidationError({"reason": _("Tuliskan alasannya.")})
    try:
        target = transition(request.status, action, actor)
    except TransitionError:
        raise ValidationError(
            _("Tindakan ini tidak dapat dilakukan pada permohonan berstatus %(status)s.")
            % {"status": request.status_label}
        ) from None
    now = at or timezone.now()
    before = request.status
    request.status, request.status_changed_at = target, now
    clocks.store_due_dates(request, get_calendar())
    request.save()
    return record_event(
        request,
        action,
        actor=user,
        actor_role=actor,
        agency=request.assigned_agency,
        visibility=visibility,
        status_from=before,
        status_to=target,
        reason=reason,
        payload=payload or {},
        at=now,
    )


@transaction.atomic
def mark_incomplete(user, request: InformationRequest, reason: str) -> InformationRequest:
    """The request lacks something (identity, a clear description): the requester is told what; the clock
    does not run until it is complete (when PpidSettings says so)."""
    require_utama(user)
    request = _locked(request)
    request.complete_at = None
    _apply(request, Action.MARK_INCOMPLETE, actor=Actor.UTAMA, user=user, reason=reason)
    notify.to_requester(request, "ppid_request_update", reason=reason.strip())
    return request


@transaction.atomic
def complete_request(user, request: InformationRequest, note: str = "", at: datetime.datetime | None = None):
    """The requester completed the request: the clock starts (day 1 = the next working day)."""
    require_utama(user)
    request = _locked(request)
    now = timezone.now()
    if at and at > now:
        raise ValidationError({"at": _("Waktu tidak boleh di masa depan.")})
    request.complete_at = at or now
    _apply(request, Action.COMPLETE, actor=Actor.UTAMA, user=user, reason=note)
    notify.to_requester(request, "ppid_request_update", reason=note.strip())
    return request


@transaction.atomic
def assign_request(user, request: InformationRequest, agency: Agency, note: str = "") -> InformationRequest:
    """PPID Utama sends the request to the PPID Pembantu of the agency holding the information."""
    require_utama(user, _("Hanya PPID Utama yang menugaskan permohonan."))
    if agency is None or not agency.active or agency.is_outside:
        raise ValidationError(
            {
                "agency": _(
                    "Pilih instansi pemerintah daerah yang menguasai informasi. Bila "
                    "informasi dikuasai badan publik lain, terbitkan pemberitahuan "
                    "pengalihan."
                )
            }
        )
    request = _locked(request)
    if request.assigned_agency_id == agency.pk:
        raise ValidationError({"agency": _("Permohonan sudah ditugaskan kepada instansi ini.")})
    previous = request.assigned_agency
    request.assigned_agency = agency
    payload = {"agency": agency.code, "from": previous.code if previous else None}
    _apply(
        request,
        Action.ASSIGN,
        actor=Actor.UTAMA,
        user=user,
        reason=note,
        payload=payload,
        visibility=Visibility.INTERNAL,
    )
    notify.assigned(request)
    return request


@transaction.atomic
def extend_request(
    user,
    request: InformationRequest,
    reason: str,
    days: int = REQUEST_EXTENSION_DAYS,
    now: datetime.datetime | None = None,
) -> InformationRequest:
    """The one extension (art. 22(8)): at most 7 hari kerja, with a written reason, given before the first
    deadline ends."""
    request = _locked(request)
    actor = actor_for(user, request)
    now = now or timezone.now()
    if request.extended:
        raise ValidationError(_("Perpanjangan hanya dapat diberikan satu kali."))
    reason = (reason or "").strip()
    errors = {}
    if not reason:
        errors["reason"] = _("Tuliskan alasan perpanjangan secara tertulis.")
    try:
        days = int(days)
    except (TypeError, ValueError):
        days = 0
    if not 1 <= days <= REQUEST_EXTENSION_DAYS:
        errors["days"] = _("Perpanjangan paling lama %(n)s hari kerja.") % {"n": REQUEST_EXTENSION_DAYS}
    if errors:
        raise ValidationError(errors)
    if request.due_date is None:
        raise ValidationError(_("Permohonan belum lengkap: belum ada batas waktu yang dapat diperpanjang."))
    if timezone.localdate(now) > request.due_date:
        raise ValidationError(_("Perpanjangan harus diberitahukan sebelum batas waktu pertama berakhir."))
    request.extended, request.extension_reason, request.extension_days = True, reason, days
    request.extended_at = now
    _apply(request, Action.EXTEND, actor=actor, user=user, reason=reason, at=now, payload={"days": days})
    notify.to_requester(request, "ppid_request_extended")
    return request


# --- the notice ----------------------------------------------------------------------------------


def _decimal(value) -> Decimal | None:
    if value in (None, ""):
        return Decimal(0)
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


def clean_notice(request: InformationRequest, decision: str, values: dict) -> dict:
    """Check a notice's content against the statute; returns the cleaned fields."""
    errors: dict[str, str] = {}
    text = {
        k: (values.get(k) or "").strip()
        for k in (
            "material",
            "consequence_test",
            "holder_name",
            "fee_note",
            "blacked_out_note",
            "provide_within",
            "refusal_article",
        )
    }
    dik: DikItem | None = values.get("refusal_dik")
    holder_agency: Agency | None = values.get("holder_agency")
    if decision not in Decision.__members__.values():
        raise ValidationError({"decision": _("Pilih keputusan.")})
    decision = Decision(decision)
    if decision in (Decision.REFUSED, Decision.GRANTED_PART):
        if dik is not None:
            if dik.status != DikStatus.IN_FORCE:
                errors["refusal_dik"] = _("Pengecualian DIK itu tidak berlaku.")
            else:
                text["refusal_article"] = text["refusal_article"] or dik.legal_basis
                text["consequence_test"] = text["consequence_test"] or (
                    f"{dik.consequence}\n{dik.public_interest}".strip()
                )
        if text["refusal_article"] not in Article17.values:
            errors["refusal_article"] = _("Pilih dasar pengecualian pada Pasal 17 UU 14/2008.")
        if not text["consequence_test"]:
            errors["consequence_test"] = _(
                "Uraikan uji konsekuensi: akibat bila informasi dibuka dan pertimbangan kepentingan publik."
            )
    else:
        text["refusal_article"], text["consequence_test"], dik = "", "", None
    if decision == Decision.GRANTED_PART and not text["blacked_out_note"]:
        errors["blacked_out_note"] = _("Sebutkan bagian yang dihitamkan dan alasannya.")
    if decision in NAMES_HOLDER:
        if not text["holder_name"] and holder_agency is not None:
            text["holder_name"] = holder_agency.name
        if not text["holder_name"]:
            errors["holder_name"] = _("Sebutkan badan publik yang menguasai informasi.")
    else:
        text["holder_name"], holder_agency = "", None
    fee = _decimal(values.get("fee"))
    if fee is None or fee < 0:
        errors["fee"] = _("Tuliskan biaya dalam rupiah, 0 bila tanpa biaya.")
    elif fee > 0:
        costs = request.obtain_method in COPY_COSTS or request.delivery_method in POSTAGE_COSTS
        if decision not in DELIVERING:
            errors["fee"] = _("Biaya hanya dapat dikenakan bila informasi diberikan.")
        elif request.delivery_method == DeliveryMethod.EMAIL or not costs:
            errors["fee"] = _(
                "Salinan elektronik tidak dipungut biaya; biaya hanya untuk penggandaan salinan "
                "cetak dan ongkos kirim yang nyata."
            )
        elif not text["fee_note"]:
            errors["fee_note"] = _("Rincikan biaya: penggandaan dan/atau ongkos kirim.")
    if decision in DELIVERING:
        text["material"] = text["material"] or request.information
        if not text["provide_within"]:
            errors["provide_within"] = _("Tuliskan kapan informasi diberikan.")
    for name, limit in (("holder_name", 255), ("fee_note", 255), ("provide_within", 150)):
        if len(text[name]) > limit:
            errors[name] = _("Paling banyak %(n)s karakter.") % {"n": limit}
    if errors:
        raise ValidationError(errors)
    return {**text, "refusal_dik": dik, "holder_agency": holder_agency, "fee": fee or Decimal(0)}


@transaction.atomic
def issue_notice(
    user, request: InformationRequest, decision: str, *, now: datetime.datetime | None = None, **values
) -> RequestDocument:
    """Decide and issue the pemberitahuan tertulis: the PDF letter is stored as the request's notice
    document and sent to the requester. Forwarding (the information is held by another public body)
    is a notice too, ending in `dialihkan`."""
    from pintu.ppid.requests.notice_pdf import active_template, render_notice

    request = _locked(request)
    actor = actor_for(user, request)
    cleaned = clean_notice(request, decision, values)
    action = target_for_decision(decision)
    transition_check = request.status  # the table decides; checked again in _apply
    try:
        transition(transition_check, action, actor)
    except TransitionError:
        raise ValidationError(
            _("Tindakan ini tidak dapat dilakukan pada permohonan berstatus %(status)s.")
            % {"status": request.status_label}
        ) from None
    now = now or timezone.now()
    for name, value in cleaned.items():
        setattr(request, name, value)
    request.decision, request.decided_at, request.decided_by = decision, now, user
    request.notice_number = f"{request.number}/PT"
    template = active_template()
    pdf = render_notice(request, identity.identity_of(request), template)
    _apply(
        request,
        action,
        actor=actor,
        user=user,
        at=now,
        reason=cleaned["holder_name"],
        payload={"decision": decision, "notice_number": request.notice_number, "fee": str(request.fee)},
    )
    document = _store_document(
        request, pdf, f"pemberitahuan-{request.slug}.pdf", "application/pdf", user, is_notice=True
    )
    notify.to_requester(request, "ppid_request_notice")
    return document


def forward_request(user, request: InformationRequest, holder_name: str = "", holder_agency=None, **values):
    """No body in the Pemkab holds the information: the notice names the body that does (art. 22(7)(b))."""
    return issue_notice(
        user, request, Decision.FORWARDED, holder_name=holder_name, holder_agency=holder_agency, **values
    )


def _store_document(request, content: bytes, name: str, content_type: str, user, *, is_notice=False):
    import hashlib

    sha = hashlib.sha256(content).hexdigest()
    document = RequestDocument(
        request=request,
        original_name=name[:150],
        content_type=content_type,
        size=len(content),
        sha256=sha,
        is_notice=is_notice,
        uploaded_by=user,
    )
    document.file.save(f"{sha[:16]}-{name[-60:]}", ContentFile(content), save=False)
    document.save()
    return document


# --- after the notice ----------------------------------------------------------------------------


@transaction.atomic
def deliver_information(user, request: InformationRequest, files: list[CleanFile], note: str = ""):
    """Give the requester the information (files on the private page; or a note of a hand-over)."""
    request = _locked(request)
    actor = actor_for(user, request)
    if request.decision not in DELIVERING:
        raise ValidationError(_("Informasi hanya diserahkan bila permohonan diterima seluruhnya atau sebagian."))
    note = (note or "").strip()
    if not files and not note:
        raise ValidationError({"files": _("Unggah berkas informasi, atau catat bagaimana informasi diserahkan.")})
    documents = [_store_document(request, f.content, f.original_name, f.content_type, user) for f in files]
    now = timezone.now()
    request.delivered_at = request.delivered_at or now
    request.closed_at = request.closed_at or now
    _apply(
        request,
        Action.DELIVER,
        actor=actor,
        user=user,
        reason=note,
        at=now,
        payload={"documents": [d.pk for d in documents]},
    )
    notify.to_requester(request, "ppid_request_delivered", count=len(documents), note=note)
    return documents


@transaction.atomic
def close_request(user, request: InformationRequest, reason: str) -> InformationRequest:
    request = _locked(request)
    actor = actor_for(user, request)
    request.closed_at = timezone.now()
    request.close_reason = (reason or "").strip()
    _apply(request, Action.CLOSE, actor=actor, user=user, reason=reason)
    notify.to_requester(request, "ppid_request_update", reason=request.close_reason)
    return request


@transaction.atomic
def record_payment(user, request: InformationRequest) -> InformationRequest:
    """The requester paid the fee (a column of the request register)."""
    request = _locked(request)
    actor = actor_for(user, request)
    if request.fee <= 0 or request.fee_paid:
        raise ValidationError(_("Tidak ada biaya yang belum dibayar."))
    request.fee_paid = True
    request.save(update_fields=["fee_paid"])
    record_event(
        request,
        "fee_paid",
        actor=user,
        actor_role=actor,
        visibility=Visibility.REPORTER,
        payload={"fee": str(request.fee)},
    )
    return request


def recompute_due_dates(calendar) -> int:
    """Recomputer for pintu.workdays.recompute: the stored due dates of requests still awaiting a notice."""
    from pintu.ppid.models import PpidSettings
    from pintu.ppid.requests.workflow import AWAITING_NOTICE

    waits = PpidSettings.load().request_clock_waits_for_complete
    changed = 0
    open_requests = InformationRequest.objects.filter(status__in=[*AWAITING_NOTICE, Status.PERLU_DILENGKAPI])
    for request in open_requests.only(
        "pk", "received_at", "complete_at", "due_date", "extended", "extension_days", "extended_due", "status"
    ):
        if clocks.store_due_dates(request, calendar, waits):
            InformationRequest.objects.filter(pk=request.pk).update(
                due_date=request.due_date, extended_due=request.extended_due
            )
            changed += 1
    return changed
