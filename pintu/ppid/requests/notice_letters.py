"""A request's decision and extension as the official letter kinds read them (pintu.letters.kinds).

Plain data only: which kind, its data dict, the addressee and the attachments. The letters app knows
nothing of requests; this module turns a request and the decision's cleaned values into what
`pintu.letters.services.draft_letter` takes.

    granted in whole / in part -> pemberitahuan_tertulis (held; the DIK entry for a partial refusal)
    refused                    -> keputusan_penolakan (citing the DIK entry in force)
    not held                   -> pemberitahuan_penguasaan, situation tidak_dikuasai
    held by another body       -> pemberitahuan_penguasaan, situation dikuasai_badan_lain
    not yet documented         -> pemberitahuan_penguasaan, situation belum_didokumentasikan
    extension (10 + 7)         -> pemberitahuan_perpanjangan
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from pintu.ppid.domain import OBJECTION_FILING_DAYS
from pintu.ppid.registers.services.determination import dik_reference, legal_basis_of
from pintu.ppid.requests.models import DeliveryMethod, HeldForm, InformationRequest, RequesterKind
from pintu.ppid.requests.workflow import Decision

NOTICE = "pemberitahuan_tertulis"
REFUSAL = "keputusan_penolakan"
HOLDING = "pemberitahuan_penguasaan"
EXTENSION = "pemberitahuan_perpanjangan"
#: Every kind a request's letters may be (the tracking page offers the signed ones).
REQUEST_KINDS = (NOTICE, REFUSAL, HOLDING, EXTENSION)
SITUATION = {
    Decision.NOT_HELD: "tidak_dikuasai",
    Decision.FORWARDED: "dikuasai_badan_lain",
    Decision.NOT_DOCUMENTED: "belum_didokumentasikan",
}
NOTICE_DECISION = {Decision.GRANTED_WHOLE: "diterima_seluruhnya", Decision.GRANTED_PART: "diterima_sebagian"}
#: When a decision letter has no copy delivery (looking at it in the office).
IN_OFFICE = "Melihat, membaca, atau mencatat langsung di kantor PPID"


@dataclass(frozen=True)
class LetterDraft:
    kind: str
    data: dict
    addressee: dict
    attachments: tuple[str, ...] = ()


def addressee_of(identity) -> dict:
    """The requester as the letter addresses them: neutral "Bapak/Ibu" (the form does not ask), a legal
    entity or a group by its name."""
    if identity is None:
        return {"name": "Pemohon Informasi", "salutation": "", "address": "", "city": ""}
    salutation = "jabatan" if identity.request.requester_kind != RequesterKind.PERORANGAN else ""
    return {"name": identity.name, "salutation": salutation, "address": identity.address or "", "city": ""}


def _base(request: InformationRequest) -> dict:
    return {
        "request_number": request.number,
        "request_date": timezone.localdate(request.received_at).isoformat(),
        "information": request.information,
    }


def _exemption(dik) -> dict:
    return {
        "dik_number": dik_reference(dik),
        "dik_date": (dik.decided_at or timezone.localdate(dik.drafted_at)).isoformat(),
        "legal_basis": legal_basis_of(dik),
        "consequence": f"{dik.consequence} {dik.public_interest}".strip(),
    }


def decision_letter(request: InformationRequest, decision: str, values: dict, identity) -> LetterDraft:
    """The letter of a decision. `values`: the cleaned fields (services.clean_notice), objects resolved."""
    decision = Decision(decision)
    addressee = addressee_of(identity)
    base = _base(request)
    dik = values.get("refusal_dik")
    if decision == Decision.REFUSED:
        data = {**base, **_exemption(dik), "public_interest": dik.public_interest,
                "exempt_until": dik.exempt_until.isoformat(), "objection_days": OBJECTION_FILING_DAYS}  # fmt: skip
        return LetterDraft(REFUSAL, data, addressee)
    if decision in SITUATION:
        documented_by = values.get("documented_by")
        data = {**base, "situation": SITUATION[decision], "other_body": values.get("holder_name", ""),
                "documented_by": documented_by.isoformat() if documented_by else None,
                "note": values.get("holder_note", "")}  # fmt: skip
        if decision == Decision.NOT_HELD and values.get("holder_name"):
            data["note"] = f"Menurut catatan kami, informasi tersebut mungkin dikuasai oleh {values['holder_name']}."
        return LetterDraft(HOLDING, data, addressee)
    cost = values.get("fee") or 0
    delivery = request.get_delivery_method_display() if request.delivery_method else IN_OFFICE
    data = {
        **base,
        "holding": "dikuasai",
        "decision": NOTICE_DECISION[decision],
        "material": values.get("material") or request.information,
        "form": str(HeldForm(values["held_form"]).label) if values.get("held_form") else "",
        "obtain_method": request.get_obtain_method_display(),
        "delivery": delivery,
        "cost": str(cost),
        "cost_note": values.get("fee_note", ""),
        "payment_method": values.get("payment_method", ""),
        "provide_within": values.get("provide_within", ""),
        "blacked_out": values.get("blacked_out_note", ""),
        "objection_days": OBJECTION_FILING_DAYS,
    }
    if decision == Decision.GRANTED_PART:
        data.update(_exemption(dik))
    attachments = ("Salinan informasi yang dimohon",) if request.delivery_method == DeliveryMethod.EMAIL else ()
    return LetterDraft(NOTICE, data, addressee, attachments)


def extension_letter(request: InformationRequest, *, reason: str, days: int, new_due: datetime.date,
                     identity) -> LetterDraft:  # fmt: skip
    data = {**_base(request), "first_due": request.due_date.isoformat(), "extension_days": days,
            "new_due": new_due.isoformat(), "reason": reason}  # fmt: skip
    return LetterDraft(EXTENSION, data, addressee_of(identity))
