"""The Atasan PPID's answer to an objection as the official letter kind reads it (issue #17 item 3).

Plain data only, like pintu.ppid.requests.notice_letters: an objection and the answer's cleaned values
become what `pintu.letters.services.draft_letter` takes for the kind "tanggapan_keberatan"
(pintu.letters.kinds.objections.ObjectionAnswer).
"""

from django.utils import timezone

from pintu.ppid.objections import workflow as wf
from pintu.ppid.requests.identity import identity_of
from pintu.ppid.requests.notice_letters import LetterDraft, addressee_of

ANSWER = "tanggapan_keberatan"
#: The objection's decision -> the letter kind's answer.
ANSWERS = {wf.Decision.ACCEPTED: "diterima", wf.Decision.PARTIAL: "diterima_sebagian", wf.Decision.REFUSED: "ditolak"}


def _information(objection) -> str:
    if objection.request_id is not None:
        return objection.request.information
    if objection.dip_item_id is not None:
        return objection.information or str(objection.dip_item)
    return objection.information


def _addressee(objection) -> dict:
    identity = identity_of(objection.request) if objection.request_id is not None else None
    addressee = addressee_of(identity)
    if identity is None or not addressee.get("name"):
        addressee["name"] = objection.requester_name
    return addressee


def answer_letter(objection, *, decision: str, considerations: str, orders: str) -> LetterDraft:
    data = {
        "objection_number": objection.number,
        "objection_date": timezone.localdate(objection.filed_at).isoformat(),
        "request_number": objection.request.number if objection.request_id is not None else "-",
        "information": _information(objection) or "-",
        "grounds": [f"Pasal 35 ayat (1) huruf {letter}: {wf.GROUNDS[letter]}" for letter in objection.grounds],
        "decision": ANSWERS[decision],
        "considerations": considerations,
        "orders": orders,
    }
    return LetterDraft(ANSWER, data, _addressee(objection))
