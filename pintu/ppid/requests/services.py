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
  note of what it pays for and the method of payment, and only when information is delivered;
- the decision and the extension are letters: decisions.py drafts them and they take effect when signed.
"""

import datetime
import hashlib

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
from pintu.ppid.permissions import require_utama
from pintu.ppid.requests import clocks, notify
from pintu.ppid.requests.lifecycle import locked, move
from pintu.ppid.requests.models import InformationRequest, RequestDocument
from pintu.ppid.requests.permissions import actor_for
from pintu.ppid.requests.workflow import AWAITING_NOTICE, DELIVERING, Action, Actor, Status

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


# --- the decision and the extension: pintu.ppid.requests.decisions (drafted letters, in force when signed) ---


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
