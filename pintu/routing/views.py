"""Routing on the staff side: the accuracy page ``/staf/rute/`` (admin instansi and pimpinan).

The "Saran instansi" panel of the report page is built and rendered by complaints
(pintu.complaints.suggestions, complaints/staff/_routing_panel.html): it reads reports, routing knows only
texts and agencies."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.cache import patch_cache_control

from pintu.routing.selectors import ACCURACY_ROLES, accuracy_by_version, trained_models
from pintu.web.viewkit import STAFF_CSS, roles_required


@roles_required(ACCURACY_ROLES)
def accuracy(request):
    context = {
        "rows": accuracy_by_version(request.user),
        "models": trained_models(request.user),
        "staff_css": STAFF_CSS,
    }
    response = render(request, "routing/accuracy.html", context)
    patch_cache_control(response, private=True, no_store=True)
    return response
