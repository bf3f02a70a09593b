"""Use cases of information requests, one function each. Views, commands and tests call these.

Each validates (ValidationError with Indonesian messages, a dict keyed by field where it can), writes in
ONE transaction, moves the status only through `lifecycle.move` (the transition table, through
pintu.cases.transitions.apply_transition), appends the history event and queues the e-mail in the same
transaction.

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
import hashlib
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.agencies.models import Agency
from pintu.files.validation import CleanFile
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.ppid.config import PpidSettings
from pintu.ppid.domain import REQUEST_EXTENSION_DAYS
from pintu.ppid.exemptions import Article17
from pintu.ppid.permissions import require_utama
from pintu.ppid.registers.models import DikItem, DikStatus
from pintu.ppid.requests import clocks, identity, notify
from pintu.ppid.requests.lifecycle import check, locked, move
from pintu.ppid.requests.models import DeliveryMethod, InformationRequest, RequestDocument
from pintu.ppid.requests.notice_pdf import active_template, render_notice
from pintu.ppid.requests.permissions import actor_for
from pintu.ppid.requests.workflow import (
    AWAITING_NOTICE,
    DELIVERING,
    NAMES_HOLDER,
    Action,
    Actor,
    Decision,
    Status,
    target_for_decision,
)

# The tracking secret of every case type (pintu.cases.tracking): re-exported for PPID's callers.
from pintu.cases.tracking import hash_secret, new_secret, secret_matches  # noqa: E402, F401  isort: skip
from pintu.ppid.requests.intake import (  # noqa: E402, F401 (re-exported: callers use services.*)
    COPY_COSTS,
    POSTAGE_COSTS,
    STAFF_CHANNELS,
    RequestDraft,
    Submitted,
    existing_for_key,
    register_request,
    submit_request,
    validate_draft,
)


@transaction.atomic
def mark_incomplete(user, request: InformationRequest, reason: str) -> InformationRequest:
    """The request lacks something (identity, a clear description): the requester is told what; the clock
    does not run until it is complete (when PpidSettings says so)."""
    require_utama(user)
    request = locked(request)
    request.complete_at = None
    move(request, Action.MARK_INCOMPLETE, actor=Actor.UTAMA, user=user, reason=reason)
    notify.to_requester(request, "ppid_request_update", reason=reason.strip())
    return request


@transaction.atomic
def complete_request(user, request: InformationRequest, note: str = "", at: datetime.datetime | None = None):
    """The requester completed the request: the clock starts (day 1 = the next working day)."""
    require_utama(user)
    request = locked(request)
    now = timezone.now()
    if at and at > now:
        raise ValidationError({"at": _("Waktu tidak boleh di masa depan.")})
    request.complete_at = at or now
    move(request, Action.COMPLETE, actor=Actor.UTAMA, user=user, reason=note)
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
    request = locked(request)
    if request.assigned_agency_id == agency.pk:
        raise ValidationError({"agency": _("Permohonan sudah ditugaskan kepada instansi ini.")})
    previous = request.assigned_agency
    request.assigned_agency = agency
    payload = {"agency": agency.code, "from": previous.code if previous else None}
    move(
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
    request = locked(request)
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
    move(request, Action.EXTEND, actor=actor, user=user, reason=reason, at=now, payload={"days": days})
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
    request = locked(request)
    actor = actor_for(user, request)
    cleaned = clean_notice(request, decision, values)
    action = target_for_decision(decision)
    check(request, action, actor)  # before the PDF is rendered; the table decides again in move
    now = now or timezone.now()
    for name, value in cleaned.items():
        setattr(request, name, value)
    request.decision, request.decided_at, request.decided_by = decision, now, user
    request.notice_number = f"{request.number}/PT"
    template = active_template()
    pdf = render_notice(request, identity.identity_of(request), template)
    move(
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
    request = locked(request)
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
    move(
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
    request = locked(request)
    actor = actor_for(user, request)
    request.closed_at = timezone.now()
    request.close_reason = (reason or "").strip()
    move(request, Action.CLOSE, actor=actor, user=user, reason=reason)
    notify.to_requester(request, "ppid_request_update", reason=request.close_reason)
    return request


@transaction.atomic
def record_payment(user, request: InformationRequest) -> InformationRequest:
    """The requester paid the fee (a column of the request register)."""
    request = locked(request)
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
