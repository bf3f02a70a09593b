"""What a PPID officer may do with an information request: once, for the staff page and the staff API.

Each action has its offer rule in two parts (pintu.cases.actions): `offered` says WHO may take it on
this request (the PPID Utama, or the PPID Pembantu of the assigned agency: requests.permissions), and
is checked before any input is read (a 403, never a form error); `applies` says WHEN the request's
state calls for it (the buttons). A request in the wrong state is left to the service, which refuses
with its own sentence (a 400 on the API, an error on the page's form).

`run` receives the cleaned input under the same keys from both faces: the web's forms
(requests/forms.py) and the API's serializers (requests/api/serializers.py) turn an agency code, a
kecamatan id or a DIK id into the object before calling `ACTIONS.perform`.
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pintu.cases.actions import ActionSet, CaseAction, Context, Outcome
from pintu.letters.authority import expected_authority
from pintu.ppid import letter_drafts
from pintu.ppid.domain import REQUEST_EXTENSION_DAYS
from pintu.ppid.permissions import is_utama
from pintu.ppid.requests import conversion, decisions, delivery, phone_consent, services
from pintu.ppid.requests.permissions import actor_or_none
from pintu.ppid.requests.workflow import DELIVERING, TRANSITIONS, Action

#: The fields of the decision, besides the decision itself (decisions.decide).
NOTICE_FIELDS = ("material", "refusal_dik", "blacked_out_note", "holder_name", "holder_agency", "held_form",
                 "documented_by", "fee", "fee_note", "payment_method", "provide_within")  # fmt: skip
ONLY_UTAMA = gettext_lazy("Hanya PPID Utama yang dapat melakukan ini.")
NOT_ASSIGNED = gettext_lazy("Permohonan ini tidak ditugaskan kepada instansi Anda.")


def _utama(user, info) -> bool:
    return is_utama(user)


def _handler(user, info) -> bool:
    """The PPID Utama or the PPID Pembantu of the assigned agency."""
    return actor_or_none(user, info) is not None


def _table_allows(action: Action):
    """The request's status is one the table allows `action` from (who may act is `offered`'s question)."""
    return lambda info: info.status in TRANSITIONS[action].sources


def _assign(c: Context) -> Outcome:
    services.assign_request(c.user, c.case, c.data["agency"], c.data.get("note", ""))
    return Outcome(_("Permohonan ditugaskan."))


def _mark_incomplete(c: Context) -> Outcome:
    services.mark_incomplete(c.user, c.case, c.data.get("reason", ""))
    return Outcome(_("Permohonan ditandai perlu dilengkapi."))


def _complete(c: Context) -> Outcome:
    services.complete_request(c.user, c.case, c.data.get("reason", ""))
    return Outcome(_("Permohonan lengkap; hitungan hari kerja dimulai."))


AWAITS_SIGNATURE = gettext_lazy("Draf surat dibuat dan menunggu persetujuan serta tanda tangan %(signer)s; pemohon "
                                 "belum menerimanya.")  # fmt: skip


def _drafted(letter) -> Outcome:
    authority = expected_authority(letter.kind, letter.agency)
    signer = authority.principal.post if authority else _("penanda tangan")
    return Outcome(str(AWAITS_SIGNATURE) % {"signer": signer})


def _extend(c: Context) -> Outcome:
    days = c.data.get("days") or REQUEST_EXTENSION_DAYS
    return _drafted(decisions.extend(c.user, c.case, c.data.get("reason", ""), days))


def _issue_notice(c: Context) -> Outcome:
    values = {name: c.data.get(name) for name in NOTICE_FIELDS}
    return _drafted(decisions.decide(c.user, c.case, c.data.get("decision", ""), **values))


def _sign_letter(c: Context) -> Outcome:
    letter = decisions.sign(c.user, c.case)
    return Outcome(_("Surat %(number)s disetujui dan ditandatangani; pemohon menerimanya sekarang.")
                   % {"number": letter.number})  # fmt: skip


def _discard_letter(c: Context) -> Outcome:
    decisions.discard(c.user, c.case)
    return Outcome(_("Draf surat dibatalkan."))


def _signer(user, info) -> bool:
    """Who may approve and sign the waiting draft (the letter kind's signatory or their delegate)."""
    return letter_drafts.may_sign(user, info)


def _handler_or_signer(user, info) -> bool:
    return _handler(user, info) or _signer(user, info)


def _record_receipt(c: Context) -> Outcome:
    delivery.record_receipt(c.user, c.case, received=c.data["received_on"], channel=c.data.get("notice_delivery", ""))
    return Outcome(_("Tanggal pemberitahuan diterima pemohon dicatat; batas keberatan dihitung dari tanggal itu."))


def _deliver(c: Context) -> Outcome:
    services.deliver_information(c.user, c.case, c.files, c.data.get("note", ""))
    return Outcome(_("Informasi diserahkan kepada pemohon."))


def _record_payment(c: Context) -> Outcome:
    services.record_payment(c.user, c.case)
    return Outcome(_("Pembayaran dicatat."))


def _close(c: Context) -> Outcome:
    services.close_request(c.user, c.case, c.data.get("reason", ""))
    return Outcome(_("Permohonan ditutup."))


def _convert_to_report(c: Context) -> Outcome:
    done = conversion.convert_request_to_report(
        c.user, c.case, kecamatan=c.data["kecamatan"], kind=c.data["kind"], reason=c.data.get("reason", "")
    )
    return Outcome(_("Permohonan dialihkan menjadi laporan pengaduan."), created=(done.report.code,),
                   case=done.report, secret=done.secret)  # fmt: skip


ACTIONS = ActionSet("info_request", [
    CaseAction("assign", gettext_lazy("Tugaskan"), offered=_utama, run=_assign, applies=_table_allows(Action.ASSIGN),
               refusal=gettext_lazy("Hanya PPID Utama yang menugaskan permohonan.")),
    CaseAction("extend", gettext_lazy("Perpanjang"), offered=_handler, run=_extend, refusal=NOT_ASSIGNED,
               applies=lambda info: (not info.extended and not info.pending_letter_id
                                     and info.status in TRANSITIONS[Action.EXTEND].sources)),
    CaseAction("issue_notice", gettext_lazy("Putuskan (draf pemberitahuan)"), offered=_handler, run=_issue_notice,
               applies=lambda info: (not info.pending_letter_id
                                     and info.status in TRANSITIONS[Action.ISSUE_NOTICE].sources),
               refusal=NOT_ASSIGNED),
    CaseAction("sign_letter", gettext_lazy("Setujui dan tandatangani"), offered=_signer, run=_sign_letter,
               primary=True, applies=lambda info: info.pending_letter_id is not None,
               refusal=gettext_lazy("Anda tidak berwenang menyetujui dan menandatangani surat ini.")),
    CaseAction("discard_letter", gettext_lazy("Batalkan draf surat"), offered=_handler_or_signer,
               run=_discard_letter, danger=True, applies=lambda info: info.pending_letter_id is not None,
               refusal=NOT_ASSIGNED),
    CaseAction("record_receipt", gettext_lazy("Catat tanggal pemberitahuan diterima"), offered=_handler,
               run=_record_receipt, applies=lambda info: info.decided_at is not None, refusal=NOT_ASSIGNED),
    CaseAction("deliver", gettext_lazy("Serahkan"), offered=_handler, run=_deliver, multipart=True,
               applies=lambda info: info.decision in DELIVERING and info.status in TRANSITIONS[Action.DELIVER].sources,
               refusal=NOT_ASSIGNED),
    CaseAction("record_payment", gettext_lazy("Catat pembayaran biaya"), offered=_handler, run=_record_payment,
               primary=True, applies=lambda info: info.fee > 0 and not info.fee_paid, refusal=NOT_ASSIGNED),
    CaseAction("mark_incomplete", gettext_lazy("Tandai perlu dilengkapi"), offered=_utama, run=_mark_incomplete,
               applies=_table_allows(Action.MARK_INCOMPLETE), refusal=ONLY_UTAMA),
    CaseAction("complete", gettext_lazy("Permohonan sudah lengkap"), offered=_utama, run=_complete,
               applies=_table_allows(Action.COMPLETE), refusal=ONLY_UTAMA),
    CaseAction("close", gettext_lazy("Tutup permohonan"), offered=_handler, run=_close, danger=True,
               applies=_table_allows(Action.CLOSE), refusal=NOT_ASSIGNED),
    CaseAction("convert_to_report", gettext_lazy("Alihkan menjadi laporan"), offered=_utama, run=_convert_to_report,
               applies=_table_allows(Action.CONVERT_TO_REPORT), refusal=ONLY_UTAMA),
])  # fmt: skip


def _stop_phone(c: Context) -> Outcome:
    """No more WhatsApp/SMS about this request (idempotent); `via` names the face."""
    phone_consent.withdraw(c.case, via=c.data.get("via", "tracking_page"), actor=c.user, request=c.request)
    return Outcome(_("Kami tidak akan mengirim kabar lewat WhatsApp/SMS lagi untuk permohonan ini."), case=c.case)


#: What the requester does on the tracking page and through `track/ppid/requests/{slug}/...` (proven by the
#: secret or the account before; `user` is the requester's account or None).
REQUESTER_ACTIONS = ActionSet("info_request", [
    CaseAction("stop_phone", gettext_lazy("Berhenti menerima kabar lewat WhatsApp/SMS"),
               offered=lambda user, info: True, run=_stop_phone, primary=True,
               applies=lambda info: phone_consent.consent_of(info).active),
])  # fmt: skip
