"""The "Saran instansi" panel of a report, for the admin instansi deciding where it goes (web and API).

Routing ranks the agencies for the report's text (pintu.routing.services.suggest_for, stored as a
Suggestion); the panel adds the agencies themselves, each choice's one-click value and similar open
reports (pintu.complaints.related). Shown to the admin instansi only, and only while no agency holds the
report (``panel_wanted``). The web page renders it (complaints/staff/_routing_panel.html), the API answers
its choices as `suggestions`.
"""

from __future__ import annotations

from dataclasses import dataclass

from pintu.agencies.models import Agency
from pintu.complaints.related import related_reports
from pintu.complaints.selectors import handled_by
from pintu.complaints.services.base import is_admin
from pintu.complaints.workflow import Status
from pintu.routing import services

#: Statuses in which the admin instansi decides where a report goes (panel shown when no agency yet).
DECIDING_STATUSES = (Status.DITERIMA, Status.TERVERIFIKASI, Status.DIBUKA_KEMBALI)


def panel_wanted(report) -> bool:
    return report.status in DECIDING_STATUSES and report.assigned_agency_id is None and not report.is_closed


@dataclass
class PanelChoice:
    rank: int
    agency: Agency | None
    code: str
    percent: int
    field: str  # the hidden "suggestion" value

    @property
    def outside(self) -> bool:
        return self.agency is not None and self.agency.is_outside


def panel(user, report) -> dict | None:
    """Context of the routing panel for the admin instansi deciding where ``report`` goes, else None."""
    if not is_admin(user) or not panel_wanted(report):
        return None
    suggestion = services.suggest_for(report)
    agencies = Agency.objects.in_bulk(suggestion.codes(), field_name="code")
    choices = [
        PanelChoice(
            rank=i,
            agency=agencies.get(item["agency"]),
            code=item["agency"],
            percent=round(item["probability"] * 100),
            field=services.suggestion_field(suggestion, i),
        )
        for i, item in enumerate(suggestion.ranked, start=1)
    ]
    return {
        "suggestion": suggestion,
        "choices": [c for c in choices if c.agency is not None],
        "needs_person": suggestion.needs_person,
        "related": related_reports(report, within=handled_by(user)),
    }


def suggestion_choices(user, report) -> list[dict]:
    """The panel's choices as the API answers them (`suggestions` of the staff report body)."""
    found = panel(user, report)
    if not found:
        return []
    return [{"rank": c.rank, "agency": c.agency, "percent": c.percent, "suggestion": c.field} for c in found["choices"]]
