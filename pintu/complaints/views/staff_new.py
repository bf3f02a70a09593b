"""An officer registers a report brought in person, by phone or by letter (staff entry).

The form parses; services.staff_entry.record_report submits (the API's staff/reports/new/ calls the same).
"""

import uuid

from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from pintu.complaints.forms_staff import StaffReportForm
from pintu.complaints.permissions import ENTRY_ROLES
from pintu.complaints.services import staff_entry
from pintu.complaints.views.common import cleaned_files, service_errors_to_form
from pintu.complaints.views.staff import STAFF_CSS, staff_view


@staff_view(roles=ENTRY_ROLES)
def new_report(request):
    user = request.user
    if request.method == "POST":
        form = StaffReportForm(request.POST, request.FILES, user=user)
        if form.is_valid():
            files = cleaned_files(form, "files", (get_language() or "id")[:2])
            if files is not None:
                try:
                    entered = staff_entry.record_report(user, form.cleaned_data, files)
                except ValidationError as exc:
                    service_errors_to_form(form, exc)
                else:  # the secret is shown on this response only: it is stored hashed
                    context = {"submitted": entered.submitted, "staff_css": STAFF_CSS, "can_open": entered.can_open}
                    response = render(request, "complaints/staff/created.html", context)
                    patch_cache_control(response, private=True, no_store=True)
                    return response
    else:
        form = StaffReportForm(user=user, initial={"idempotency_key": uuid.uuid4().hex})
    return render(request, "complaints/staff/new.html", {"form": form, "staff_css": STAFF_CSS})
