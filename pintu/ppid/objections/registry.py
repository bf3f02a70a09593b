"""What objections (and their disputes) register with the rest of Pintu (called from PpidConfig.ready()).
Objections are never public."""

from pintu.history.registry import register_case_type
from pintu.jobs.sweeps import register_sweep
from pintu.ppid.objections import (
    events,  # noqa: F401 (registers the event labels)
    receipt_send,
    selectors,
    sweeps,
)
from pintu.ppid.objections.models import Objection
from pintu.ppid.objections.services import recompute_answer_dues
from pintu.workdays.recompute import register_due_date_recomputer


def register() -> None:
    receipt_send.register()  # the receipt, sent from the confirmation page (pintu.letters.receipt_send)
    register_case_type(
        "objection",
        Objection,
        visible_ids=lambda user: selectors.objections_visible_to(user).values("pk"),
        reporter_ids=lambda user: selectors.objections_of_requester(user).values("pk"),
    )
    register_due_date_recomputer("ppid_objections", recompute_answer_dues)
    register_sweep("ppid.objection_overdue", sweeps.escalate_overdue,
                   "Eskalasi keberatan yang belum ditanggapi Atasan PPID melewati 30 hari kerja.")  # fmt: skip
