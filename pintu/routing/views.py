"""Routing on the staff side: the "Saran instansi" panel (built here, shown on the report page) and
the accuracy page ``/staf/rute/`` (admin instansi and pimpinan)."""

from __future__ import annotations

from dataclasses import dataclass

from django.shortcuts import render
from django.utils.cache import patch_cache_control

from pintu.agencies.models import Agency
from pintu.complaints.selectors import handled_by
from pintu.complaints.services.base import is_admin
from pintu.complaints.views.staff import STAFF_CSS, forbidden
from pintu.routing import services
from pintu.routing.related import related_reports
from pintu.routing.selectors import ACCURACY_ROLES, accuracy_by_version, panel_wanted, trained_models
from pintu.web.viewkit import roles_required


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


@roles_required(ACCURACY_ROLES, forbidden)
def accuracy(request):
    context = {
        "rows": accuracy_by_version(request.user),
        "models": trained_models(request.user),
        "staff_css": STAFF_CSS,
    }
    response = render(request, "routing/accuracy.html", context)
    patch_cache_control(response, private=True, no_store=True)
    return response
