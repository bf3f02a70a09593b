"""Routing on the staff side: the accuracy page ``/staf/rute/`` (admin instansi and pimpinan).

The "Saran instansi" panel of the report page is built by pintu.complaints.suggestions (it reads reports;
routing knows only texts and agencies) and rendered with this app's template routing/_panel.html."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.cache import patch_cache_control

from pintu.complaints.views.staff import STAFF_CSS, forbidden
from pintu.routing.selectors import ACCURACY_ROLES, accuracy_by_version, trained_models
from pintu.web.viewkit import roles_required


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
