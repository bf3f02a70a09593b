"""What information requests register with the rest of Pintu (called from PpidConfig.ready()).
Requests are never public."""

from pintu.history.registry import register_case_type
from pintu.jobs.sweeps import register_sweep
from pintu.notifications.consent import register_opt_out
from pintu.ppid.requests import (
    events,  # noqa: F401 (registers the event labels)
    phone_consent,
    receipt_send,
    selectors,
    sweeps,
)
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.services import recompute_due_dates
from pintu.workdays.recompute import register_due_date_recomputer


def register() -> None:
    receipt_send.register()  # the receipt, sent from the confirmation page (pintu.letters.receipt_send)
    register_case_type(
        "info_request",
        InformationRequest,
        visible_ids=lambda user: selectors.requests_handled_by(user).values("pk"),
        reporter_ids=selectors.request_ids_of_requester,
    )
    register_due_date_recomputer("ppid_requests", recompute_due_dates)
    register_opt_out("info_requests", phone_consent.withdraw_by_phone)  # STOP by WhatsApp/SMS (pintu.interop)
    register_sweep("ppid.request_deadlines", sweeps.request_deadlines,
                   "Eskalasi permohonan informasi yang melewati batas waktu pemberitahuan.")  # fmt: skip
