"""What may be done with an objection, once for the pages and the API (pintu.cases.actions).

Staff (`ACTIONS`): the Atasan PPID answers; the PPID Utama records what came on paper or from the
Komisi Informasi (the requester's response, the dispute, each stage of it). `offered` is WHO, checked
before any input is read (a 403); `applies` is WHEN the objection's state calls for it (the buttons);
a wrong state is the service's to refuse, with its own sentence (a 400).

Filing (`FILING`, on the REQUEST): "Ajukan keberatan" is offered to the request's requester (their proof)
once some ground has arisen (objections.filing: never on day 0; ground c only after the deadline); the
grounds listed are `grounds_offered`. The service refuses a direct call with the same reason.

The requester (`REQUESTER_ACTIONS`): the "user" is their proof (services.RequesterProof, by account or
by the request's tracking secret): they answer the Atasan PPID's decision.

`run` receives the cleaned input under the same keys from the web forms (objections/forms.py) and the
API serializers (objections/api/serializers.py).
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pintu.cases.actions import ActionSet, CaseAction, Context, Outcome
from pintu.ppid import letter_drafts
from pintu.ppid.objections import filing, services
from pintu.ppid.objections import workflow as wf
from pintu.ppid.objections.models import Dispute
from pintu.ppid.permissions import is_atasan, is_utama

UTAMA_RECORDS = services.UTAMA_RECORDS


def dispute_of(objection) -> Dispute | None:
    try:
        return objection.dispute
    except Dispute.DoesNotExist:
        return None


def _decide(c: Context) -> Outcome:
    d = c.data
    services.decide_objection(c.user, c.case, decision=d["decision"], text=d["decision_text"],
                              orders=d.get("orders", ""), atasan_name=d.get("atasan_name", ""),
                              atasan_post=d.get("atasan_post", ""))  # fmt: skip
    return Outcome(_("Draf surat tanggapan disimpan; menunggu persetujuan dan tanda tangan penanda tangan. Pemohon "
                     "belum menerimanya."), case=c.case)  # fmt: skip


def _sign_letter(c: Context) -> Outcome:
    letter = services.sign_answer(c.user, c.case)
    return Outcome(_("Surat %(number)s disetujui dan ditandatangani; pemohon menerimanya sekarang.")
                   % {"number": letter.number}, case=c.case)  # fmt: skip


def _discard_letter(c: Context) -> Outcome:
    services.discard_answer(c.user, c.case)
    return Outcome(_("Draf surat dibatalkan."), case=c.case)


def _record_response(c: Context) -> Outcome:
    objection = services.record_response(c.user, c.case, c.data["response"])
    return Outcome(_("Tanggapan pemohon dicatat."), case=objection)


def _record_dispute(c: Context) -> Outcome:
    d = c.data
    result = services.record_dispute(c.user, c.case, filed_on=d["filed_on"],
                                     register_number=d.get("register_number", ""))  # fmt: skip
    return Outcome(_("Sengketa informasi dicatat."), case=result)  # result.warning: filed late


def _record_dispute_step(c: Context) -> Outcome:
    d = c.data
    dispute = dispute_of(c.case)  # the faces answer 404 before, when there is none
    if dispute is None:
        raise ValidationError(_("Belum ada sengketa untuk keberatan ini."))
    dispute = services.record_dispute_step(c.user, dispute, action=d["action"], on=d["on"], ruling=d.get("ruling", ""),
                                           court=d.get("court", ""), note=d.get("note", ""))  # fmt: skip
    return Outcome(_("Tahap sengketa dicatat."), case=dispute)


ACTIONS = ActionSet("objection", [
    CaseAction("decide", gettext_lazy("Simpan tanggapan (draf surat)"), offered=lambda user, o: is_atasan(user),
               run=_decide, refusal=gettext_lazy("Hanya Atasan PPID yang dapat memutus keberatan."),
               applies=lambda o: (not o.pending_letter_id
                                  and wf.Action.DECIDE in wf.allowed_actions(o.status, wf.Actor.ATASAN))),
    CaseAction("sign_letter", gettext_lazy("Setujui dan tandatangani"), offered=letter_drafts.may_sign,
               run=_sign_letter, primary=True, applies=lambda o: o.pending_letter_id is not None,
               refusal=gettext_lazy("Anda tidak berwenang menyetujui dan menandatangani surat ini.")),
    CaseAction("discard_letter", gettext_lazy("Batalkan draf surat"), run=_discard_letter, danger=True,
               offered=lambda user, o: is_atasan(user) or letter_drafts.may_sign(user, o),
               applies=lambda o: o.pending_letter_id is not None,
               refusal=gettext_lazy("Hanya Atasan PPID atau penanda tangan surat ini yang dapat membatalkan draf.")),
    CaseAction("respond", gettext_lazy("Catat tanggapan pemohon"), offered=lambda user, o: is_utama(user),
               run=_record_response, applies=lambda o: bool(wf.allowed_actions(o.status, wf.Actor.UTAMA)),
               refusal=UTAMA_RECORDS),
    CaseAction("dispute", gettext_lazy("Catat sengketa"), offered=lambda user, o: is_utama(user), run=_record_dispute,
               applies=lambda o: dispute_of(o) is None and (o.status == wf.Status.DISPUTED  # the requester went
                                                             or services.dispute_open_to(o)),
               refusal=UTAMA_RECORDS),
    CaseAction("dispute_step", gettext_lazy("Catat tahap"), offered=lambda user, o: is_utama(user),
               run=_record_dispute_step, refusal=UTAMA_RECORDS,
               applies=lambda o: dispute_of(o) is not None and bool(wf.dispute_actions(dispute_of(o).status))),
])  # fmt: skip


def _requester_responds(c: Context) -> Outcome:
    objection = services.record_response(c.user, c.case, c.data["response"])
    return Outcome(_("Tanggapan Anda dicatat."), case=objection)


REQUESTER_ACTIONS = ActionSet("objection", [
    CaseAction("respond", gettext_lazy("Simpan sikap saya"), run=_requester_responds,
               offered=lambda proof, o: services.proof_covers(proof, o),
               applies=lambda o: bool(wf.allowed_actions(o.status, wf.Actor.REQUESTER)) and dispute_of(o) is None,
               refusal=gettext_lazy("Anda bukan pemohon keberatan ini.")),
])  # fmt: skip


def _file(c: Context) -> Outcome:
    d = c.data
    objection = services.file_objection(c.user, c.case, grounds=d["grounds"], description=d["description"],
                                        is_proxy=d.get("is_proxy", False), proxy_name=d.get("proxy_name", ""),
                                        contact=d.get("contact", ""))  # fmt: skip
    return Outcome(_("Keberatan Anda tercatat dengan nomor %(number)s.") % {"number": objection.number},
                   case=objection)  # fmt: skip


def grounds_offered(info_request) -> list[tuple[str, str]]:
    """The grounds (as choices) the requester may cite on `info_request` today."""
    open_now = filing.grounds_open(info_request)
    return [(letter, label) for letter, label in wf.GROUND_CHOICES if letter in open_now]


FILING = ActionSet("info_request", [
    CaseAction("file", gettext_lazy("Ajukan keberatan"), run=_file,
               offered=lambda proof, info: proof.request_id == info.pk, applies=lambda info: filing.may_object(info),
               refusal=gettext_lazy("Anda bukan pemohon permohonan ini.")),
])  # fmt: skip
