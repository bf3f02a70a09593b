"""Objection and dispute use cases, one function each. Every status change goes through the tables
in workflow.py (pintu.cases.transitions.apply_transition); every change appends a history event (case
type "objection", never public; a dispute's stages are told in its objection's history).

Who may do what (pintu.ppid.permissions: the one meaning of PPID Utama and Atasan PPID):
- the requester files an objection on their request and answers the Atasan PPID's decision: proved
  by their own account or by the request's tracking secret (`prove_requester`);
- the PPID Utama registers objections filed on paper, records a requester's response given on paper,
  the dispute at the Komisi Informasi and each of its stages;
- the Atasan PPID decides objections.
"""

from dataclasses import dataclass
from datetime import date, datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pintu.accounts.models import RoleAssignment
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency, AgencyKind
from pintu.cases.hooks import CASE_CHANGED
from pintu.cases.tracking import secret_matches
from pintu.cases.transitions import Lifecycle, apply_transition
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.letters import services as letters
from pintu.letters.authority import expected_authority
from pintu.letters.models import Letter
from pintu.ppid.counters import take_next
from pintu.ppid.domain import DISPUTE_FILING_DAYS, OBJECTION_FILING_DAYS
from pintu.ppid.letter_drafts import approve_and_sign, draft_waiting_error, waiting_letter
from pintu.ppid.objections import answer_letters, clocks, filing, notify
from pintu.ppid.objections import workflow as wf
from pintu.ppid.objections.models import Dispute, DisputeStep, Objection, ObjectionCounter
from pintu.ppid.permissions import require_atasan, require_utama
from pintu.ppid.requests.identity import identity_of
from pintu.ppid.requests.models import InformationRequest
from pintu.textnorm.untrusted import clean_text
from pintu.workdays.calendar import get_calendar

NUMBER_PREFIX = "KEB"
#: The Komisi Informasi a dispute goes to when none is named (KI Provinsi Sumatera Selatan in the demo).
DEFAULT_COMMISSION_CODE = "KI_SUMSEL"


# --- who acts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequesterProof:
    """The requester of `request_id` (or the account `user` for an objection without request)."""

    request_id: int | None
    user: object | None = None


def prove_requester(info_request: InformationRequest | None, *, user=None, secret: str = "",
                    session_proven: bool = False) -> RequesterProof:  # fmt: skip
    """The requester is the request's account owner, knows its tracking secret, or proved it earlier in
    this browser session (`session_proven`, set only by the view that checked the secret)."""
    account = user if user is not None and getattr(user, "is_authenticated", False) else None
    if info_request is None:
        if account is None:
            raise PermissionDenied(_("Masuk dengan akun Anda untuk mengajukan keberatan tanpa nomor permohonan."))
        return RequesterProof(None, account)
    owner = account is not None and info_request.requester_user_id == account.pk
    if owner or session_proven or secret_matches(info_request, secret):
        return RequesterProof(info_request.pk, account if owner else None)
    raise PermissionDenied(_("Nomor pendaftaran atau kode rahasia permohonan salah."))


#: The sentence a refused officer reads when a paper record is the PPID Utama's.
UTAMA_RECORDS = gettext_lazy("Hanya PPID Utama yang dapat mencatat ini.")


def proof_covers(proof: RequesterProof, objection: Objection) -> bool:
    if objection.request_id is not None:
        return proof.request_id == objection.request_id
    return proof.user is not None and objection.filer_id == proof.user.pk


# --- numbering -----------------------------------------------------------------------------------


def next_number(year: int) -> tuple[str, int]:
    """KEB/YYYY/NNNNNN from the year's counter row, locked until the transaction ends."""
    sequence = take_next(ObjectionCounter, year)
    return f"{NUMBER_PREFIX}/{year}/{sequence:06d}", sequence


# --- filing --------------------------------------------------------------------------------------


def _clean_grounds(grounds, info_request) -> str:
    try:
        letters = wf.normalize_grounds(grounds)
    except ValueError:
        raise ValidationError({"grounds": _("Pilih alasan keberatan dari daftar Pasal 35 ayat (1).")})
    if not letters:
        raise ValidationError({"grounds": _("Pilih sedikitnya satu alasan keberatan.")})
    if info_request is None and letters != wf.GROUND_WITHOUT_REQUEST:
        raise ValidationError({"grounds": _("Tanpa nomor permohonan, keberatan hanya dapat diajukan dengan alasan "
                                            "b (informasi berkala tidak disediakan).")})  # fmt: skip
    return letters


def _check_grounds_arisen(letters: str, info_request, filed_on: date) -> None:
    """Each cited ground must have arisen on the filing day (objections.filing: (c) only after the deadline)."""
    if info_request is None:
        return
    refusal = filing.refusal_for(letters, info_request, filed_on)
    if refusal:
        raise ValidationError({"grounds": refusal})


def _ground_arose_on(letters: str, info_request, given: date | None, filed_on: date) -> date:
    if given is not None:
        arose = given
    elif letters == wf.GROUND_WITHOUT_REQUEST:
        arose = filed_on  # berkala information not published: a continuing failure, dated by the filing
    else:
        arose = clocks.default_ground_arose_on(letters, info_request)
        if arose is None:
            raise ValidationError({"grounds": _("Alasan keberatan ini belum muncul: permohonan belum diberi "
                                                "pemberitahuan tertulis.")})  # fmt: skip
    if arose > filed_on:
        raise ValidationError({"ground_arose_on": _("Alasan keberatan belum muncul: tanggalnya %(date)s.")
                               % {"date": date_format(arose, "j F Y")}})  # fmt: skip
    return arose


def _check_window(calendar, arose: date, filed_at: datetime) -> None:
    if not clocks.filed_in_time(calendar, arose, filed_at):
        deadline = clocks.filing_deadline(calendar, arose)
        raise ValidationError(
            _("Keberatan diajukan lewat dari %(days)s hari kerja sejak alasan keberatan muncul pada %(arose)s "
              "(batas pengajuan %(deadline)s), sehingga tidak dapat diterima (Pasal 36 ayat (1) UU 14/2008).")
            % {"days": OBJECTION_FILING_DAYS, "arose": date_format(arose, "j F Y"),
               "deadline": date_format(deadline, "j F Y")}
        )  # fmt: skip


def _create(*, info_request, dip_item, information, agency, filer, registered_by, channel, requester_name,
            is_proxy, proxy_name, contact, grounds, description, ground_arose_on, filed_at) -> Objection:  # fmt: skip
    letters = _clean_grounds(grounds, info_request)
    description = clean_text(description, multiline=True).strip()  # no control or bidi-override characters
    if not description:
        raise ValidationError({"description": _("Uraikan kasus posisi keberatan Anda.")})
    requester_name = (requester_name or "").strip()
    if not requester_name:
        raise ValidationError({"requester_name": _("Tuliskan nama pemohon.")})
    if is_proxy and not (proxy_name or "").strip():
        raise ValidationError({"proxy_name": _("Tuliskan nama kuasa pemohon.")})
    if info_request is None and dip_item is None and not (information or "").strip():
        raise ValidationError({"information": _("Sebutkan informasi berkala yang tidak disediakan.")})
    calendar = get_calendar()
    filed_on = clocks.local_date(filed_at)
    _check_grounds_arisen(letters, info_request, filed_on)
    arose = _ground_arose_on(letters, info_request, ground_arose_on, filed_on)
    _check_window(calendar, arose, filed_at)
    if agency is None:
        agency = info_request.assigned_agency if info_request is not None else getattr(dip_item, "agency", None)
    with transaction.atomic():
        number, sequence = next_number(filed_on.year)
        objection = Objection.objects.create(
            number=number, year=filed_on.year, sequence=sequence, request=info_request, dip_item=dip_item,
            information=(information or "").strip(), agency=agency, filer=filer, registered_by=registered_by,
            channel=channel, requester_name=requester_name, is_proxy=bool(is_proxy),
            proxy_name=(proxy_name or "").strip() if is_proxy else "", contact=(contact or "").strip(),
            grounds=letters, description=description, ground_arose_on=arose, filed_at=filed_at,
            answer_due=clocks.answer_due(calendar, filed_at), status=wf.Status.REGISTERED,
        )  # fmt: skip
        payload = {"grounds": letters, "channel": channel, "answer_due": objection.answer_due.isoformat()}
        record_event(objection, "filed", actor=registered_by or filer, agency=agency,
                     actor_role=wf.Actor.UTAMA if registered_by else wf.Actor.REQUESTER,
                     visibility=Visibility.REPORTER, status_to=objection.status, payload=payload)  # fmt: skip
        notify.objection_filed(objection)
    return objection


def _requester_defaults(info_request) -> tuple[str, str]:
    identity = identity_of(info_request) if info_request is not None else None
    return (identity.name, identity.email) if identity else ("", "")


def file_objection(proof: RequesterProof, info_request: InformationRequest | None, *, grounds, description: str,
                   requester_name: str = "", is_proxy: bool = False, proxy_name: str = "", contact: str = "",
                   dip_item=None, information: str = "", now: datetime | None = None) -> Objection:  # fmt: skip
    """The requester files an objection online (ground b may come without a request, from an account)."""
    if info_request is not None and proof.request_id != info_request.pk:
        raise PermissionDenied(_("Anda bukan pemohon permohonan ini."))
    if info_request is None and proof.user is None:
        raise PermissionDenied(_("Masuk dengan akun Anda untuk mengajukan keberatan tanpa nomor permohonan."))
    name, email = _requester_defaults(info_request)
    if not requester_name and proof.user is not None and info_request is None:
        name = proof.user.full_name or proof.user.get_username()
    return _create(info_request=info_request, dip_item=dip_item, information=information, agency=None,
                   filer=proof.user, registered_by=None, channel="online", requester_name=requester_name or name,
                   is_proxy=is_proxy, proxy_name=proxy_name, contact=contact or email, grounds=grounds,
                   description=description, ground_arose_on=None, filed_at=now or timezone.now())  # fmt: skip


def register_objection(user, *, info_request: InformationRequest | None = None, grounds, description: str,
                       requester_name: str = "", is_proxy: bool = False, proxy_name: str = "", contact: str = "",
                       dip_item=None, information: str = "", agency=None, ground_arose_on: date | None = None,
                       filed_at: datetime | None = None) -> Objection:  # fmt: skip
    """The PPID Utama registers an objection filed on paper or at the desk (the receipt date may be past)."""
    require_utama(user, UTAMA_RECORDS)
    filed_at = filed_at or timezone.now()
    if filed_at > timezone.now():
        raise ValidationError({"filed_at": _("Tanggal diterima tidak boleh di masa depan.")})
    name, email = _requester_defaults(info_request)
    return _create(info_request=info_request, dip_item=dip_item, information=information, agency=agency,
                   filer=info_request.requester_user if info_request is not None else None, registered_by=user,
                   channel="paper", requester_name=requester_name or name, is_proxy=is_proxy, proxy_name=proxy_name,
                   contact=contact or email, grounds=grounds, description=description,
                   ground_arose_on=ground_arose_on, filed_at=filed_at)  # fmt: skip


# --- transitions ---------------------------------------------------------------------------------


def _refresh(case) -> None:
    case.save()
    CASE_CHANGED.announce(case)  # listeners of higher apps (statistics ...), same transaction


#: How an objection changes status; and a dispute, whose stages are told in its objection's history.
def _for_the_requester(case, asked: str | None) -> str:
    return asked or Visibility.REPORTER  # the requester follows every step


LIFECYCLE = Lifecycle(
    "objection",
    wf.MACHINE,
    refresh=_refresh,
    visibility=_for_the_requester,
    not_allowed=gettext_lazy("Tindakan ini tidak dapat dilakukan pada keberatan berstatus %(status)s."),
)
DISPUTE_LIFECYCLE = Lifecycle("objection", wf.DISPUTE_MACHINE, refresh=_refresh, visibility=_for_the_requester,
                              history_case=lambda dispute: dispute.objection)  # fmt: skip


def _move(objection: Objection, action: str, actor: str, *, user=None, visibility=None, reason: str = "",
          payload: dict | None = None) -> None:  # fmt: skip
    apply_transition(LIFECYCLE, objection, action, actor=actor, user=user, visibility=visibility, reason=reason,
                     payload=payload, agency=objection.agency)  # fmt: skip


def atasan_post_of(user) -> str:
    row = RoleAssignment.objects.filter(user=user, role=Role.ATASAN_PPID, active=True).exclude(title="").first()
    return row.title if row else str(_("Atasan PPID"))


def _check_answer(objection: Objection, decision: str, text: str, orders: str, decided_at: datetime | None) -> None:
    errors = {}
    if decision not in wf.Decision.__members__.values():
        errors["decision"] = _("Pilih tanggapan: diterima, diterima sebagian atau ditolak.")
    if not text:
        errors["decision_text"] = _("Tuliskan isi tanggapan dan pertimbangannya.")
    if decision in (wf.Decision.ACCEPTED, wf.Decision.PARTIAL) and not orders:
        errors["orders"] = _("Sebutkan perintah kepada PPID bila keberatan diterima (seluruhnya atau sebagian).")
    if decided_at is not None and (decided_at < objection.filed_at or decided_at > timezone.now()):
        errors["decided_at"] = _("Tanggal tanggapan harus antara tanggal keberatan dan hari ini.")
    if errors:
        raise ValidationError(errors)


def answer_unit(objection: Objection) -> Agency:
    """The unit the answer is issued under: the objection's agency, else the unit of the kind's signatory."""
    if objection.agency_id:
        return objection.agency
    authority = expected_authority(answer_letters.ANSWER, None)
    if authority is None:
        raise ValidationError(_("Penanda tangan surat ini belum diatur (Admin > Penanda tangan)."))
    return authority.principal.agency


@transaction.atomic
def decide_objection(user, objection: Objection, *, decision: str, text: str, orders: str = "", atasan_name: str = "",
                     atasan_post: str = "", decided_at: datetime | None = None) -> Letter:  # fmt: skip
    """The Atasan PPID's written answer (art. 36(2)), drafted as the official letter "tanggapan atas
    keberatan": nothing reaches the requester and the objection stays registered until the signatory of
    that kind approves and signs it (`sign_answer`)."""
    require_atasan(user)
    objection = Objection.objects.select_for_update().get(pk=objection.pk)
    if objection.status != wf.Status.REGISTERED:
        raise ValidationError(str(LIFECYCLE.not_allowed) % {"status": objection.status_label})
    if objection.pending_letter_id is not None:
        raise draft_waiting_error()
    text, orders = (text or "").strip(), (orders or "").strip()
    _check_answer(objection, decision, text, orders, decided_at)
    letter = answer_letters.answer_letter(objection, decision=decision, considerations=text, orders=orders)
    unit = answer_unit(objection)
    draft = letters.draft_letter(letter.kind, data=letter.data, addressee=letter.addressee, agency=unit, drafter=user,
                                 case=objection, case_reference=objection.number)  # fmt: skip
    objection.pending_letter = draft
    objection.pending_values = {
        "decision": decision, "text": text, "orders": orders,
        "atasan_name": (atasan_name or "").strip() or user.full_name or user.get_username(),
        "atasan_post": (atasan_post or "").strip() or atasan_post_of(user),
        "decided_at": decided_at.isoformat() if decided_at else None,
    }  # fmt: skip
    objection.save(update_fields=["pending_letter", "pending_values"])
    return draft


@transaction.atomic
def sign_answer(user, objection: Objection, *, passphrase: str | None = None) -> Letter:
    """Approve and sign the waiting answer: in the same transaction the objection is answered, the
    requester is told and the dispute clock (14 hari kerja after the answer) starts."""
    objection = Objection.objects.select_for_update().get(pk=objection.pk)
    letter = approve_and_sign(waiting_letter(objection), user=user, passphrase=passphrase)
    answer_signed(user, objection, letter)
    return letter


def answer_signed(user, objection: Objection, letter: Letter) -> Objection:
    """The signed answer takes effect (called by `sign_answer`, inside its transaction)."""
    pending = objection.pending_values or {}
    decided_at = datetime.fromisoformat(pending["decided_at"]) if pending.get("decided_at") else timezone.now()
    objection.decision, objection.decision_text, objection.decided_at = pending["decision"], pending["text"], decided_at
    objection.decided_by = letter.drafted_by
    objection.atasan_name, objection.atasan_post = pending["atasan_name"], pending["atasan_post"]
    objection.answer_letter, objection.pending_letter, objection.pending_values = letter, None, {}
    _move(objection, wf.Action.DECIDE, wf.Actor.ATASAN, user=user,
          payload={"decision": objection.decision, "late": clocks.local_date(decided_at) > objection.answer_due,
                   "letter": letter.pk, "number": letter.number})  # fmt: skip
    notify.objection_decided(objection)
    return objection


@transaction.atomic
def discard_answer(user, objection: Objection) -> None:
    """Drop the waiting draft (the Atasan PPID redoes it, or the signatory sends it back)."""
    objection = Objection.objects.select_for_update().get(pk=objection.pk)
    letter = waiting_letter(objection)
    if not letters.may_approve(letter, user):
        require_atasan(user)
    objection.pending_letter, objection.pending_values = None, {}
    objection.save(update_fields=["pending_letter", "pending_values"])
    letters.discard_draft(letter, user=user)


@transaction.atomic
def record_response(actor, objection: Objection, response: str, *, at: datetime | None = None) -> Objection:
    """The requester accepts the answer or goes to the Komisi Informasi. `actor` is a RequesterProof, or
    the PPID Utama recording a response given on paper."""
    if isinstance(actor, RequesterProof):
        if not proof_covers(actor, objection):
            raise PermissionDenied(_("Anda bukan pemohon keberatan ini."))
        role, user = wf.Actor.REQUESTER, actor.user
    else:
        require_utama(actor, UTAMA_RECORDS)
        role, user = wf.Actor.UTAMA, actor
    if response not in (wf.Response.ACCEPTS, wf.Response.GOES_TO_KI):
        raise ValidationError({"response": _("Pilih tanggapan Anda.")})
    objection = Objection.objects.select_for_update().get(pk=objection.pk)
    objection.response, objection.response_at = response, at or timezone.now()
    _move(objection, wf.RESPONSE_ACTION[response], role, user=user, payload={"response": response})
    return objection


# --- disputes ------------------------------------------------------------------------------------


def dispute_open_to(objection: Objection, today: date | None = None) -> bool:
    """May the requester go to the Komisi Informasi now: after the Atasan PPID's answer, or once its 30
    hari kerja lapsed unanswered (art. 37(1)); never on a closed objection or one already disputed."""
    today = today or timezone.localdate()
    if objection.status == wf.Status.ANSWERED:
        return True
    return objection.status == wf.Status.REGISTERED and today > objection.answer_due


def dispute_too_early(objection: Objection) -> str:
    return _("Sengketa baru dapat diajukan ke Komisi Informasi setelah Atasan PPID menanggapi keberatan atau "
             "setelah batas tanggapannya (%(date)s) lewat tanpa tanggapan (Pasal 37 ayat (1) UU 14/2008).") % {
        "date": date_format(objection.answer_due, "j F Y")}  # fmt: skip


def default_commission() -> Agency | None:
    qs = Agency.objects.filter(kind=AgencyKind.KOMISI_INFORMASI, active=True)
    return qs.filter(code=DEFAULT_COMMISSION_CODE).first() or qs.order_by("pk").first()


@dataclass(frozen=True)
class DisputeResult:
    dispute: Dispute
    late: bool
    deadline: date

    @property
    def warning(self) -> str:
        if not self.late:
            return ""
        return _("Permohonan sengketa diajukan lewat dari %(days)s hari kerja (batas %(deadline)s). Dicatat dengan "
                 "tanda peringatan; Komisi Informasi yang memutus dapat diterima atau tidaknya.") % {
            "days": DISPUTE_FILING_DAYS, "deadline": date_format(self.deadline, "j F Y")}  # fmt: skip


@transaction.atomic
def record_dispute(user, objection: Objection, *, filed_on: date, register_number: str = "",
                   commission: Agency | None = None) -> DisputeResult:  # fmt: skip
    """The PPID Utama records that the requester took the objection to the Komisi Informasi.

    Filing later than 14 hari kerja after the answer (or its due date) is recorded with a warning, not
    refused: admissibility is the KI's decision (art. 37(2) and the Perki on dispute procedure).
    """
    require_utama(user, UTAMA_RECORDS)
    objection = Objection.objects.select_for_update().get(pk=objection.pk)
    if Dispute.objects.filter(objection=objection).exists():
        raise ValidationError(_("Sengketa untuk keberatan ini sudah dicatat."))
    if objection.status == wf.Status.CLOSED:
        raise ValidationError(_("Pemohon sudah menerima tanggapan Atasan PPID; keberatan ini selesai."))
    if objection.status == wf.Status.REGISTERED and filed_on <= objection.answer_due:
        raise ValidationError({"filed_on": dispute_too_early(objection)})
    if filed_on > timezone.localdate() or filed_on < clocks.local_date(objection.filed_at):
        raise ValidationError({"filed_on": _("Tanggal permohonan sengketa harus antara tanggal keberatan dan hari "
                                             "ini.")})  # fmt: skip
    commission = commission or default_commission()
    if commission is None:
        raise ValidationError(_("Belum ada Komisi Informasi dalam daftar instansi."))
    if objection.status == wf.Status.ANSWERED:
        objection.response, objection.response_at = wf.Response.GOES_TO_KI, timezone.now()
        _move(objection, wf.Action.GO_TO_KI, wf.Actor.UTAMA, user=user, payload={"response": "goes_to_ki"})
    # still "registered" (the answer lapsed): the Atasan PPID must still answer (art. 36(2))
    calendar = get_calendar()
    deadline = clocks.dispute_filing_deadline(calendar, objection)
    start_due, finish_due = clocks.dispute_dues(calendar, filed_on)
    dispute = Dispute.objects.create(
        objection=objection, commission=commission, register_number=(register_number or "").strip(),
        filed_on=filed_on, filing_deadline=deadline, filed_late=filed_on > deadline, start_due=start_due,
        finish_due=finish_due, recorded_by=user,
    )  # fmt: skip
    record_event(objection, "dispute_filed", actor=user, actor_role=wf.Actor.UTAMA, agency=objection.agency,
                 visibility=Visibility.REPORTER, payload={"filed_on": filed_on.isoformat(), "late": dispute.filed_late,
                                                          "commission": commission.code})  # fmt: skip
    return DisputeResult(dispute, dispute.filed_late, deadline)


DECISION_RULINGS = frozenset({"granted", "granted_part", "rejected"})
COURT_RULINGS = frozenset({"upheld", "overturned"})
KASASI_RULINGS = frozenset({"ma_rejected", "ma_granted"})
#: The stage actions that take a ruling, and the rulings each accepts.
RULINGS_OF = {wf.StageAction.DECISION: DECISION_RULINGS, wf.StageAction.COURT_DECISION: COURT_RULINGS,
              wf.StageAction.KASASI_DECISION: KASASI_RULINGS}  # fmt: skip


@transaction.atomic
def record_dispute_step(user, dispute: Dispute, *, action: str, on: date, ruling: str = "", court: str = "",
                        note: str = "") -> Dispute:  # fmt: skip
    """The PPID Utama records a stage of the dispute (mediation, adjudication, court) and its result."""
    require_utama(user, UTAMA_RECORDS)
    dispute = Dispute.objects.select_for_update().select_related("objection").get(pk=dispute.pk)
    try:
        target = wf.dispute_transition(dispute.status, action)
    except wf.TransitionError:
        raise ValidationError({"action": _("Tahap ini tidak dapat dicatat pada sengketa berstatus %(status)s.")
                               % {"status": dispute.status_label}})  # fmt: skip
    note = (note or "").strip()
    if action == wf.StageAction.DECISION and ruling not in DECISION_RULINGS:
        raise ValidationError({"ruling": _("Pilih amar putusan Komisi Informasi.")})
    if action == wf.StageAction.COURT_DECISION and ruling not in COURT_RULINGS:
        raise ValidationError({"ruling": _("Pilih amar putusan pengadilan.")})
    if action == wf.StageAction.KASASI_DECISION and ruling not in KASASI_RULINGS:
        raise ValidationError({"ruling": _("Pilih amar putusan kasasi Mahkamah Agung.")})
    if action not in RULINGS_OF:
        ruling = ""
    if action == wf.StageAction.COURT_APPEAL and court not in ("ptun", "pn"):
        raise ValidationError({"court": _("Pilih pengadilannya: PTUN atau Pengadilan Negeri.")})
    if action == wf.StageAction.KASASI:
        court = "ma"
    elif action != wf.StageAction.COURT_APPEAL:
        court = ""
    if action in wf.RESULT_REQUIRED and not note and not ruling:
        raise ValidationError({"note": _("Tuliskan isi kesepakatan atau putusannya.")})
    last = dispute.steps.order_by("-on", "-pk").first()
    if on < dispute.filed_on or on > timezone.localdate() or (last and on < last.on):
        raise ValidationError({"on": _("Tanggal tahap harus sesudah tahap sebelumnya dan tidak di masa depan.")})
    DisputeStep.objects.create(dispute=dispute, action=action, on=on, ruling=ruling, court=court, note=note,
                               recorded_by=user)  # fmt: skip
    dispute.ruling = ruling or dispute.ruling
    if action == wf.StageAction.COURT_APPEAL:
        dispute.court = court  # the court of first instance; a kasasi step records the Mahkamah Agung itself
    if target == wf.DisputeStatus.CLOSED:
        dispute.outcome, dispute.closed_on = wf.OUTCOME_OF[action], on
    apply_transition(DISPUTE_LIFECYCLE, dispute, action, actor=wf.DisputeActor.UTAMA, user=user, reason=note,
                     kind=f"dispute_{action}", agency=dispute.objection.agency,
                     payload={"on": on.isoformat(), "ruling": ruling, "court": court})  # fmt: skip
    return dispute


def recompute_answer_dues(calendar) -> int:
    """Keep the Atasan PPID's stored due dates true when the calendar changes (open objections only)."""
    changed = 0
    for objection in Objection.objects.filter(status__in=wf.OPEN).only("pk", "filed_at", "answer_due"):
        due = clocks.answer_due(calendar, objection.filed_at)
        if due != objection.answer_due:
            Objection.objects.filter(pk=objection.pk).update(answer_due=due)
            changed += 1
    return changed
