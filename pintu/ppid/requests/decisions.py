"""A request's decision and its extension go out as official letters (issue #17 item 3).

The PPID Pembantu (or the PPID Utama) decides or extends: `decide` / `extend` check the statute, draft
the matching letter (pintu.letters.services.draft_letter) and keep what the decision will change on the
request as `pending_values`. Nothing reaches the requester: the status, the tracking page, the
notification, the notice PDF and the objection window all wait. The signatory of that letter kind (the
PPID Utama by default; a region may delegate to the PPID Pembantu: pintu.letters.authority) approves
and signs (`sign`): in the same transaction the letter is numbered, rendered and PAdES-signed, the
decision takes effect, the request moves, the signed PDF becomes the requester's notice and the
requester is told. `discard` drops a wrong draft so it can be redone. One draft at a time.

Where the issue is silent: the notice date (and the start of the expected receipt) is the day of
signing; the decision is recorded as the drafter's (`decided_by`), the signing is the signatory's
(the letter's audit and the case's `letter_signed` event).
"""

import datetime
import hashlib
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _

from pintu.agencies.models import Agency
from pintu.letters import services as letters
from pintu.letters.authority import expected_authority
from pintu.letters.kinds.requests import FREE_TEXT_REFUSAL
from pintu.letters.models import Letter
from pintu.ppid.domain import REQUEST_EXTENSION_DAYS
from pintu.ppid.letter_drafts import approve_and_sign, draft_waiting_error, waiting_letter
from pintu.ppid.registers.models import DikItem, DikStatus
from pintu.ppid.requests import clocks, delivery, identity, notify
from pintu.ppid.requests.intake import COPY_COSTS, POSTAGE_COSTS
from pintu.ppid.requests.lifecycle import check, locked, move
from pintu.ppid.requests.models import DeliveryMethod, HeldForm, InformationRequest, RequestDocument
from pintu.ppid.requests.notice_letters import LetterDraft, decision_letter, extension_letter
from pintu.ppid.requests.permissions import actor_for, actor_or_none
from pintu.ppid.requests.workflow import DELIVERING, NAMES_HOLDER, Action, Decision, target_for_decision
from pintu.workdays.calendar import get_calendar

DECIDE, EXTEND = "decide", "extend"
EXEMPTING = frozenset({Decision.REFUSED, Decision.GRANTED_PART})
TEXT_FIELDS = ("material", "holder_name", "fee_note", "blacked_out_note", "provide_within", "payment_method")


# --- the decision's content, checked against the statute -------------------------------------------------


def _decimal(value) -> Decimal | None:
    if value in (None, ""):
        return Decimal(0)
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


def _date(value) -> datetime.date | None:
    if value in (None, "") or isinstance(value, datetime.date):
        return value or None
    return parse_date(str(value))


def _exemption(values: dict, errors: dict) -> DikItem | None:
    """An art. 17 refusal cites a DIK entry in force (with its consequence test); free text is refused."""
    dik = values.get("refusal_dik")
    if dik is None:
        errors["refusal_dik"] = FREE_TEXT_REFUSAL
        return None
    if dik.status != DikStatus.IN_FORCE or dik.exempt_until < timezone.localdate():
        errors["refusal_dik"] = _("Entri DIK itu tidak berlaku; pilih entri DIK yang berlaku.")
        return None
    return dik


def _fee(request: InformationRequest, decision: Decision, text: dict, value, errors: dict) -> Decimal:
    fee = _decimal(value)
    if fee is None or fee < 0:
        errors["fee"] = _("Tuliskan biaya dalam rupiah, 0 bila tanpa biaya.")
        return Decimal(0)
    if fee > 0:
        costs = request.obtain_method in COPY_COSTS or request.delivery_method in POSTAGE_COSTS
        if decision not in DELIVERING:
            errors["fee"] = _("Biaya hanya dapat dikenakan bila informasi diberikan.")
        elif request.delivery_method == DeliveryMethod.EMAIL or not costs:
            errors["fee"] = _("Salinan elektronik tidak dipungut biaya; biaya hanya untuk penggandaan salinan "
                              "cetak dan ongkos kirim yang nyata.")  # fmt: skip
        elif not text["fee_note"]:
            errors["fee_note"] = _("Rincikan biaya: penggandaan dan/atau ongkos kirim.")
        elif not text["payment_method"]:
            errors["payment_method"] = _("Sebutkan cara pembayaran biaya (Pasal 22 ayat (7) huruf g).")
    return fee


def clean_decision(request: InformationRequest, decision: str, values: dict) -> dict:
    """Check a decision against the statute; returns the cleaned fields (objects resolved)."""
    if decision not in Decision.__members__.values():
        raise ValidationError({"decision": _("Pilih keputusan.")})
    decision = Decision(decision)
    errors: dict[str, str] = {}
    text = {name: (values.get(name) or "").strip() for name in TEXT_FIELDS}
    dik = _exemption(values, errors) if decision in EXEMPTING else None
    if decision == Decision.GRANTED_PART and not text["blacked_out_note"]:
        errors["blacked_out_note"] = _("Sebutkan bagian yang dihitamkan dan alasannya.")
    holder_agency: Agency | None = values.get("holder_agency") if decision in NAMES_HOLDER else None
    if decision in NAMES_HOLDER:
        text["holder_name"] = text["holder_name"] or (holder_agency.name if holder_agency else "")
        if not text["holder_name"] and decision == Decision.FORWARDED:
            errors["holder_name"] = _("Sebutkan badan publik yang menguasai informasi.")
    else:
        text["holder_name"] = ""
    documented_by = _date(values.get("documented_by")) if decision == Decision.NOT_DOCUMENTED else None
    if decision == Decision.NOT_DOCUMENTED and (documented_by is None or documented_by <= timezone.localdate()):
        errors["documented_by"] = _("Sebutkan tanggal (sesudah hari ini) informasi akan didokumentasikan.")
    held_form = values.get("held_form") or ""
    if decision in DELIVERING:
        text["material"] = text["material"] or request.information
        if not text["provide_within"]:
            errors["provide_within"] = _("Tuliskan kapan informasi diberikan.")
        if held_form not in HeldForm.values:
            errors["held_form"] = _("Pilih bentuk informasi yang dikuasai (softcopy, hardcopy, atau keduanya).")
    else:
        held_form = ""
    fee = _fee(request, decision, text, values.get("fee"), errors)
    for name, limit in (("holder_name", 255), ("fee_note", 255), ("provide_within", 150), ("payment_method", 200)):
        if len(text[name]) > limit:
            errors[name] = _("Paling banyak %(n)s karakter.") % {"n": limit}
    if errors:
        raise ValidationError(errors)
    if not fee:
        text["payment_method"] = ""
    return {**text, "refusal_dik": dik, "holder_agency": holder_agency, "fee": fee, "held_form": held_form,
            "documented_by": documented_by}  # fmt: skip


def _stored(cleaned: dict) -> dict:
    """The cleaned values as JSON (objects as keys), to apply when the letter is signed."""
    return {**cleaned, "refusal_dik": cleaned["refusal_dik"].pk if cleaned["refusal_dik"] else None,
            "holder_agency": cleaned["holder_agency"].pk if cleaned["holder_agency"] else None,
            "fee": str(cleaned["fee"]),
            "documented_by": cleaned["documented_by"].isoformat() if cleaned["documented_by"] else None}  # fmt: skip


def _applied(stored: dict) -> dict:
    dik, agency = stored.get("refusal_dik"), stored.get("holder_agency")
    return {**stored, "refusal_dik": DikItem.objects.get(pk=dik) if dik else None,
            "holder_agency": Agency.objects.get(pk=agency) if agency else None, "fee": Decimal(stored["fee"]),
            "documented_by": _date(stored.get("documented_by"))}  # fmt: skip


# --- drafting ---------------------------------------------------------------------------------------------


def _no_pending(request: InformationRequest) -> None:
    if request.pending_letter_id is not None:
        raise draft_waiting_error()


def _draft(user, request: InformationRequest, letter: LetterDraft, pending: dict) -> Letter:
    draft = letters.draft_letter(letter.kind, data=letter.data, addressee=letter.addressee,
                                 attachments=letter.attachments, agency=unit_for(request, letter.kind),
                                 drafter=user, case=request, case_reference=request.number)  # fmt: skip
    request.pending_letter, request.pending_values = draft, pending
    request.save(update_fields=["pending_letter", "pending_values"])
    return draft


def unit_for(request: InformationRequest, kind: str) -> Agency:
    """The unit a letter is issued under: the assigned agency; for a request the PPID Utama decides before
    assigning it, the unit of the letter's signatory."""
    if request.assigned_agency_id:
        return request.assigned_agency
    authority = expected_authority(kind, None)
    if authority is None:
        raise ValidationError(_("Penanda tangan surat ini belum diatur (Admin > Penanda tangan)."))
    return authority.principal.agency


@transaction.atomic
def decide(user, request: InformationRequest, decision: str, **values) -> Letter:
    """Decide the request: the draft letter of the decision, waiting for the signatory."""
    request = locked(request)
    actor = actor_for(user, request)
    _no_pending(request)
    cleaned = clean_decision(request, decision, values)
    check(request, target_for_decision(decision), actor)  # the table allows it now (and again when signed)
    letter = decision_letter(request, decision, cleaned, identity.identity_of(request))
    return _draft(user, request, letter, {"action": DECIDE, "decision": decision, "values": _stored(cleaned)})


@transaction.atomic
def extend(user, request: InformationRequest, reason: str, days: int = REQUEST_EXTENSION_DAYS,
           now: datetime.datetime | None = None) -> Letter:  # fmt: skip
    """The one extension (art. 22(8)): at most 7 hari kerja, a written reason, before the first deadline;
    drafted as the extension notice, in force when signed."""
    request = locked(request)
    actor = actor_for(user, request)
    now = now or timezone.now()
    if request.extended:
        raise ValidationError(_("Perpanjangan hanya dapat diberikan satu kali."))
    _no_pending(request)
    reason = (reason or "").strip()
    try:
        days = int(days)
    except (TypeError, ValueError):
        days = 0
    errors = {}
    if not reason:
        errors["reason"] = _("Tuliskan alasan perpanjangan secara tertulis.")
    if not 1 <= days <= REQUEST_EXTENSION_DAYS:
        errors["days"] = _("Perpanjangan paling lama %(n)s hari kerja.") % {"n": REQUEST_EXTENSION_DAYS}
    if errors:
        raise ValidationError(errors)
    _check_before_due(request, now)
    check(request, Action.EXTEND, actor)
    new_due = clocks.request_calendar(get_calendar()).extend(request.due_date, days)  # what store_due_dates gives
    letter = extension_letter(request, reason=reason, days=days, new_due=new_due,
                              identity=identity.identity_of(request))  # fmt: skip
    return _draft(user, request, letter, {"action": EXTEND, "reason": reason, "days": days})


def _check_before_due(request: InformationRequest, now: datetime.datetime) -> None:
    if request.due_date is None:
        raise ValidationError(_("Permohonan belum lengkap: belum ada batas waktu yang dapat diperpanjang."))
    if timezone.localdate(now) > request.due_date:
        raise ValidationError(_("Perpanjangan harus diberitahukan sebelum batas waktu pertama berakhir."))


# --- approving and signing: the decision takes effect -----------------------------------------------------


def store_copy(request: InformationRequest, letter: Letter, name: str, user, *, is_notice: bool) -> RequestDocument:
    """The signed PDF, byte for byte, as the requester's document (its hash is the letter's)."""
    content = letters.signed_pdf(letter)
    document = RequestDocument(request=request, original_name=name[:150], content_type="application/pdf",
                               size=len(content), sha256=hashlib.sha256(content).hexdigest(), is_notice=is_notice,
                               uploaded_by=user)  # fmt: skip
    document.file.save(f"{letter.sha256[:16]}-{name[-60:]}", ContentFile(content), save=False)
    document.save()
    return document


@transaction.atomic
def sign(user, request: InformationRequest, *, passphrase: str | None = None,
         now: datetime.datetime | None = None) -> Letter:  # fmt: skip
    """Approve and sign the waiting draft; the decision (or extension) takes effect for the requester."""
    request = locked(request)
    letter = waiting_letter(request)
    pending = request.pending_values or {}
    drafter = letter.drafted_by
    actor = actor_or_none(user, request) or actor_for(drafter, request)
    now = now or timezone.now()
    if pending.get("action") == EXTEND:
        _check_before_due(request, now)
        check(request, Action.EXTEND, actor)
    else:
        check(request, target_for_decision(pending.get("decision", "")), actor)
    letter = approve_and_sign(letter, user=user, passphrase=passphrase)
    request.pending_letter, request.pending_values = None, {}
    if pending.get("action") == EXTEND:
        _apply_extension(user, request, letter, pending, actor=actor, now=now)
    else:
        _apply_decision(user, request, letter, pending, actor=actor, now=now)
    return letter


def _apply_extension(user, request, letter, pending: dict, *, actor, now) -> None:
    request.extended, request.extension_reason, request.extension_days = True, pending["reason"], pending["days"]
    request.extended_at = now
    move(request, Action.EXTEND, actor=actor, user=user, reason=pending["reason"], at=now,
         payload={"days": pending["days"], "letter": letter.pk, "number": letter.number})  # fmt: skip
    store_extension_copy(request, letter, user)
    notify.to_requester(request, "ppid_request_extended")


def store_extension_copy(request: InformationRequest, letter: Letter, user) -> RequestDocument:
    return store_copy(request, letter, f"pemberitahuan-perpanjangan-{request.slug}.pdf", user, is_notice=False)


def store_notice_copy(request: InformationRequest, letter: Letter, user) -> RequestDocument:
    return store_copy(request, letter, f"pemberitahuan-{request.slug}.pdf", user, is_notice=True)


def record_notice(request: InformationRequest, letter: Letter, values: dict) -> None:
    """The signed decision letter's content on the request (not saved): the cleaned values, the article and
    consequence test of the DIK entry it cites, the letter and its number."""
    for name, value in values.items():
        setattr(request, name, value)
    dik = request.refusal_dik
    request.refusal_article = dik.legal_basis if dik else ""
    request.consequence_test = f"{dik.consequence}\n{dik.public_interest}".strip() if dik else ""
    request.notice_number, request.notice_letter = letter.number, letter


def _apply_decision(user, request, letter, pending: dict, *, actor, now) -> None:
    decision = pending["decision"]
    record_notice(request, letter, _applied(pending["values"]))
    request.decision, request.decided_at, request.decided_by = decision, now, letter.drafted_by
    delivery.expect_receipt(request, now)  # the objection window counts from the requester's receipt
    move(request, target_for_decision(decision), actor=actor, user=user, at=now, reason=request.holder_name,
         payload={"decision": decision, "notice_number": letter.number, "fee": str(request.fee),
                  "letter": letter.pk})  # fmt: skip
    store_notice_copy(request, letter, user)
    notify.to_requester(request, "ppid_request_notice")


@transaction.atomic
def discard(user, request: InformationRequest) -> None:
    """Drop the waiting draft (the drafter redoes it, or the signatory sends it back)."""
    request = locked(request)
    letter = waiting_letter(request)
    if actor_or_none(user, request) is None and not letters.may_approve(letter, user):
        actor_for(user, request)  # PermissionDenied, in the request's words
    request.pending_letter, request.pending_values = None, {}
    request.save(update_fields=["pending_letter", "pending_values"])
    letters.discard_draft(letter, user=user)
