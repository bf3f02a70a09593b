"""Where an objection stands, as its requester sees it on the tracking page and through the API: the
Atasan PPID's clock, the dispute, the last day to go to the Komisi Informasi, whether they may answer
now, and the timeline they may read. One function, so both faces show the same."""

from django.utils.translation import gettext_lazy as _

from pintu.cases.progress import Step, steps
from pintu.history.selectors import timeline_for_reporter
from pintu.ppid.objections import clocks, services
from pintu.ppid.objections.actions import REQUESTER_ACTIONS, dispute_of
from pintu.ppid.objections.models import Objection
from pintu.ppid.objections.workflow import Status
from pintu.workdays.calendar import get_calendar
from pintu.workdays.wording import deadline_words

#: Diterima -> Ditanggapi Atasan PPID -> Selesai; a requester who goes to the Komisi Informasi ends at "Sengketa".
LABELS = (_("Diterima"), _("Ditanggapi Atasan PPID"), _("Selesai"))


def progress_steps(status: str) -> list[Step]:
    status = Status(status)
    if status == Status.DISPUTED:
        return steps((*LABELS[:2], _("Sengketa di Komisi Informasi")), 2)
    reached = {Status.REGISTERED: 0, Status.ANSWERED: 1, Status.CLOSED: 2}[status]
    return steps(LABELS, reached, finished=status == Status.CLOSED)


def deadline_sentence(clock) -> str:
    """ "Atasan PPID menanggapi paling lambat ... (hari kerja ke-3 dari 30)"; "" without a clock."""
    return deadline_words(_("Atasan PPID menanggapi"), clock.progress) if clock else ""


def for_requester(objection: Objection) -> dict:
    calendar = get_calendar()
    clock = clocks.objection_clock(calendar, objection)
    return {
        "objection": objection,
        "clock": clock,
        "steps": progress_steps(objection.status),
        "deadline": deadline_sentence(clock),
        "dispute": dispute_of(objection),
        "dispute_deadline": clocks.dispute_filing_deadline(calendar, objection),
        "may_respond": REQUESTER_ACTIONS.get("respond").applies(objection),
        "dispute_open": dispute_of(objection) is None and services.dispute_open_to(objection),
        "events": timeline_for_reporter("objection", objection.pk).order_by("at", "pk"),
    }
