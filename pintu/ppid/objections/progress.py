"""Where an objection stands, as its requester sees it on the tracking page and through the API: the
Atasan PPID's clock, the dispute, the last day to go to the Komisi Informasi, whether they may answer
now, and the timeline they may read. One function, so both faces show the same."""

from pintu.history.selectors import timeline_for_reporter
from pintu.ppid.objections import clocks
from pintu.ppid.objections.actions import REQUESTER_ACTIONS, dispute_of
from pintu.ppid.objections.models import Objection
from pintu.workdays.calendar import get_calendar


def for_requester(objection: Objection) -> dict:
    calendar = get_calendar()
    return {
        "objection": objection,
        "clock": clocks.objection_clock(calendar, objection),
        "dispute": dispute_of(objection),
        "dispute_deadline": clocks.dispute_filing_deadline(calendar, objection),
        "may_respond": REQUESTER_ACTIONS.get("respond").applies(objection),
        "events": timeline_for_reporter("objection", objection.pk).order_by("at", "pk"),
    }
