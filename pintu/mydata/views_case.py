"""Erasure of one report's personal data from its tracking page, for reporters without an account.

The visitor proves to be the reporter exactly as on the tracking page (code + secret in this session,
or the reporter's own account: pintu.complaints.views.public_track.report_of_reporter).
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from pintu.complaints.views.public_track import report_of_reporter
from pintu.mydata import services
from pintu.mydata.forms import CaseEraseForm
from pintu.mydata.restriction import decision_for


def report_erase(request, code: str):
    report = report_of_reporter(request, code)
    if report is None:
        return redirect(f"{reverse('complaints:track')}?{urlencode({'kode': code})}")
    form = CaseEraseForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        form.is_valid()
        user = request.user
        actor = user if user.is_authenticated and report.reporter_user_id == user.pk else None
        try:
            outcome = services.erase_report_contact(
                report, confirmed=form.cleaned_data.get("confirm", False), actor=actor, request=request
            )
        except ValidationError as exc:
            for field, errors in exc.error_dict.items():
                for error in errors:
                    form.add_error(field, error)
            status = 400
        else:
            if outcome.restricted:
                messages.success(request, services.restricted_message(outcome.restriction.until))
            else:
                messages.success(request, _("Data pribadi Anda telah dihapus dari laporan ini."))
            return redirect("complaints:track_detail", report.code)
    context = {"report": report, "form": form, "preview": preview_of(report)}
    return render(request, "mydata/report_erase.html", context, status=status)


def preview_of(report):
    """Until when this report would be restricted instead of erased (None: it would be erased now)."""
    _duty, _schedule, decision = decision_for(report)
    return decision.until if decision.restrict else None
