"""The demo year's official letters, made through the real letters use cases (issue #21 item 1).

The generated year (build.py) writes its requests and objections as rows, decided on past days. This pass
gives them their letters the way the PPID would have: the decision's content is checked by the request's
own rules (pintu.ppid.requests.decisions.clean_decision), the letter is built by the same builders
(notice_letters, answer_letters), drafted (pintu.letters.services.draft_letter) and approved and signed by
the kind's signatory with the demo-CA certificate (approve_and_sign, dated on the day of the decision:
`at`), then recorded on the case (decisions.record_notice, the requester's PDF copy) as signing does.

Which letters. Rendering and signing cost about a second per letter (docs/demo.md has the numbers), and
`make run` must stay under two minutes, so by default the demo signs a representative set: every decision
of the last RECENT_DAYS days before the reference day, every decision not yet delivered or closed, the latest
decision of each kind, the latest extension, the request behind each dispute, every extension of a request
still being processed, and every answer of the Atasan PPID to an objection (with the extension letters of
the requests chosen). The older, closed decisions keep their decision without a letter and without a letter
number (no number is invented); `load_demo --all-letters` signs every one.
It runs once, with the year (build.load_year). Where the letters cannot be signed (no signatory with an
account and a certificate, as in the tests' small demo fixture), the first letter's savepoint is rolled
back, nothing is drafted and the pass says why.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from pintu.accounts.models import RoleAssignment, User
from pintu.accounts.roles import Role
from pintu.letters import services as letters
from pintu.letters.authority import expected_authority
from pintu.letters.signing import SigningError
from pintu.ppid.objections import answer_letters
from pintu.ppid.objections import services as objections
from pintu.ppid.objections.models import Dispute, Objection
from pintu.ppid.objections.workflow import Decision as Answer
from pintu.ppid.registers.models import DikItem, DikStatus
from pintu.ppid.requests import decisions, notice_letters
from pintu.ppid.requests.identity import identity_of
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.workflow import Status

RECENT_DAYS = 30
STILL_OPEN = frozenset({Status.DIPUTUSKAN, Status.DIALIHKAN})
PROVIDE_WITHIN = {
    "email": "Bersamaan dengan pemberitahuan ini, lewat e-mail",
    "post": "Dikirim lewat pos dalam 3 (tiga) hari kerja setelah biaya dibayar",
}
PICK_UP = "Dapat diambil di loket PPID pada hari dan jam kerja"
BLACKED_OUT = "Data pribadi (nama, NIK, alamat, nomor telepon) dihitamkan."
FEE_NOTE = "Penggandaan salinan cetak dan ongkos kirim pos"
PAYMENT_METHOD = "Transfer ke rekening Kas Daerah atau tunai di loket PPID"
ORDERS = "PPID memberikan informasi yang dimohon dalam 7 (tujuh) hari kerja sejak tanggapan ini diterima."


@dataclass
class LetterCounts:
    decisions: int = 0
    extensions: int = 0
    answers: int = 0
    unsigned: int = 0  # decided requests left without a letter (older than the representative set)
    skipped: str = ""  # why nothing was signed, if so
    seconds: float = 0.0

    @property
    def signed(self) -> int:
        return self.decisions + self.extensions + self.answers


def demo_requests(key_prefix: str):
    return InformationRequest.objects.filter(idempotency_key__startswith=f"{key_prefix}req:")


def choose(decided: list[InformationRequest], until: datetime) -> list[InformationRequest]:
    """The representative set (see the module's docstring), in the order of the decisions."""
    since = until - timedelta(days=RECENT_DAYS)
    chosen = {r.pk for r in decided if r.decided_at >= since}
    latest: dict[str, InformationRequest] = {}
    for request in decided:  # ordered by decided_at: the last one of each kind wins
        latest[request.decision] = request
        if request.extended:
            latest["extended"] = request
    chosen |= {r.pk for r in latest.values()}
    chosen |= {r.pk for r in decided if r.status in STILL_OPEN}  # decided, not yet delivered or closed
    disputed = Dispute.objects.filter(objection__request__in=[r.pk for r in decided])
    chosen |= set(disputed.values_list("objection__request_id", flat=True))
    return [r for r in decided if r.pk in chosen]


def sign_year_letters(key_prefix: str, until: datetime, *, every: bool = False) -> LetterCounts:
    counts = LetterCounts()
    started = time.perf_counter()
    decided = list(
        demo_requests(key_prefix)
        .filter(decided_at__isnull=False, notice_letter__isnull=True)
        .exclude(decision="")
        .select_related("assigned_agency")
        .order_by("decided_at", "pk")
    )
    chosen = decided if every else choose(decided, until)
    counts.unsigned = len(decided) - len(chosen)
    answered = Objection.objects.filter(
        request__in=demo_requests(key_prefix), decided_at__isnull=False, answer_letter__isnull=True
    ).select_related("request", "agency")
    extended_now = demo_requests(key_prefix).filter(decided_at__isnull=True, extended=True, extended_at__isnull=False)
    steps: list[tuple[datetime, int, str, object]] = []
    for request in [*chosen, *extended_now.select_related("assigned_agency")]:
        if request.extended and request.extended_at:
            steps.append((request.extended_at, request.pk, "extension", request))
        if request.decided_at:
            steps.append((request.decided_at, request.pk, "decision", request))
    steps += [(o.decided_at, o.pk, "answer", o) for o in answered]
    steps.sort(key=lambda step: (step[0], step[2], step[1]))  # numbers are taken in the order of the days
    try:
        for at, _pk, what, case in steps:
            with transaction.atomic():  # a letter that cannot be signed leaves no draft behind
                if what == "extension":
                    _extension(case, at)
                    counts.extensions += 1
                elif what == "decision":
                    _decision(case, at)
                    counts.decisions += 1
                else:
                    _answer(case, at)
                    counts.answers += 1
    except (SigningError, _CannotSign, ValidationError) as error:  # reported by load_demo; the year stays
        counts.skipped = "; ".join(getattr(error, "messages", None) or [str(error)])
    counts.seconds = round(time.perf_counter() - started, 1)
    return counts


class _CannotSign(Exception):
    """No signatory with an account for this kind and unit: the demo's letters cannot be signed here."""


def _sign(spec: notice_letters.LetterDraft, *, unit, drafter, case, at: datetime):
    authority = expected_authority(spec.kind, unit)
    if authority is None or authority.signatory.user is None or not authority.signatory.certificate:
        raise _CannotSign(f"{spec.kind}: tidak ada penanda tangan dengan akun dan sertifikat")
    draft = letters.draft_letter(spec.kind, data=spec.data, addressee=spec.addressee, attachments=spec.attachments,
                                 agency=unit, drafter=drafter, case=case, case_reference=case.number,
                                 at=at)  # fmt: skip
    return letters.approve_and_sign(draft, user=authority.signatory.user, at=at)


def _drafter(request: InformationRequest) -> User:
    if request.decided_by_id:
        return User.objects.get(pk=request.decided_by_id)
    return RoleAssignment.objects.filter(role=Role.PPID_UTAMA, active=True).select_related("user").first().user


def _exemption(request: InformationRequest) -> DikItem | None:
    """The DIK entry in force a refusal cites: the agency's own, else the first of the Pemkab's; one determined
    by the day of the decision (a DIK entry determined later cannot be cited)."""
    today, decided_on = timezone.localdate(), timezone.localdate(request.decided_at)
    in_force = DikItem.objects.filter(status=DikStatus.IN_FORCE, exempt_until__gte=today, decided_at__lte=decided_on)
    in_force = in_force.order_by("pk")
    return in_force.filter(agency_id=request.assigned_agency_id).first() or in_force.first()


def _values(request: InformationRequest) -> dict:
    """What the PPID would have typed in the decision form, for decisions.clean_decision."""
    delivery = request.delivery_method
    values = {
        "holder_name": request.holder_name,
        "held_form": "hard" if request.obtain_method == "hard" else "soft",
        "provide_within": PROVIDE_WITHIN.get(delivery, PICK_UP),
        "fee": request.fee,
    }
    if request.fee:
        values.update(fee_note=FEE_NOTE, payment_method=PAYMENT_METHOD)
    if request.decision in decisions.EXEMPTING:
        values.update(refusal_dik=_exemption(request), blacked_out_note=BLACKED_OUT)
    return values


def _decision(request: InformationRequest, at: datetime) -> None:
    cleaned = decisions.clean_decision(request, request.decision, _values(request))
    spec = notice_letters.decision_letter(request, request.decision, cleaned, identity_of(request))
    letter = _sign(spec, unit=decisions.unit_for(request, spec.kind), drafter=_drafter(request), case=request, at=at)
    decisions.record_notice(request, letter, cleaned)
    request.save(update_fields=[*cleaned, "refusal_article", "consequence_test", "notice_number", "notice_letter"])
    decisions.store_notice_copy(request, letter, letter.signed_by)


def _extension(request: InformationRequest, at: datetime) -> None:
    spec = notice_letters.extension_letter(request, reason=request.extension_reason, days=request.extension_days,
                                           new_due=request.extended_due, identity=identity_of(request))  # fmt: skip
    letter = _sign(spec, unit=decisions.unit_for(request, spec.kind), drafter=_drafter(request), case=request, at=at)
    decisions.store_extension_copy(request, letter, letter.signed_by)


def _answer(objection: Objection, at: datetime) -> None:
    orders = "" if objection.decision == Answer.REFUSED else ORDERS
    spec = answer_letters.answer_letter(objection, decision=objection.decision,
                                        considerations=objection.decision_text, orders=orders)  # fmt: skip
    drafter = User.objects.get(pk=objection.decided_by_id)
    letter = _sign(spec, unit=objections.answer_unit(objection), drafter=drafter, case=objection, at=at)
    Objection.objects.filter(pk=objection.pk).update(answer_letter=letter)
