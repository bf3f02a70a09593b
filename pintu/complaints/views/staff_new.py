"""An officer registers a report brought in person, by phone or by letter (staff entry)."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from pintu.complaints.forms_staff import StaffReportForm
from pintu.complaints.selectors import handled_by
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.complaints.views.common import cleaned_files, service_errors_to_form
from pintu.complaints.views.staff import ENTRY_ROLES, STAFF_CSS, staff_view

DRAFT_FIELDS = (
    "channel",
    "kind",
    "category",
    "title",
    "text",
    "kecamatan",
    "desa",
    "latitude",
    "longitude",
    "incident_date",
    "privacy",
    "name",
    "email",
    "phone",
    "nik",
    "idempotency_key",
)


@staff_view(roles=ENTRY_ROLES)
def new_report(request):
    user = request.user
    if request.method == "POST":
        form = StaffReportForm(request.POST, request.FILES, user=user)
        if form.is_valid():
            files = cleaned_files(form, "files", (get_language() or "id")[:2])
            if files is not None:
                data = {name: form.cleaned_data[name] for name in DRAFT_FIELDS}
                # The citizen's language is not the officer's screen language: mail them in the default one.
                draft = ReportDraft(**data, files=files, created_by=user, language=settings.LANGUAGE_CODE)
                try:
                    submitted = submit_report(draft)
                except ValidationError as exc:
                    service_errors_to_form(form, exc)
                else:  # the secret is shown on this response only: it is stored hashed
                    response = render(
                        request,
                        "complaints/staff/created.html",
                        {
                            "submitted": submitted,
                            "staff_css": STAFF_CSS,
                            "can_open": handled_by(user).filter(pk=submitted.report.pk).exists(),
                        },
                    )
                    patch_cache_control(response, private=True, no_store=True)
                    return response
    else:
        form = StaffReportForm(user=user, initial={"idempotency_key": uuid.uuid4().hex})
    return render(request, "complaints/staff/new.html", {"form": form, "staff_css": STAFF_CSS})
