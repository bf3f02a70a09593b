"""The citizen's data pages: /akun/data-saya/ (see, download, erase) and the privacy page /privasi/."""

import datetime
from dataclasses import asdict

from csp.decorators import csp_replace
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from pintu.mydata import services
from pintu.mydata.export import zip_response
from pintu.mydata.forms import EraseForm
from pintu.mydata.selectors import account_summary, archive_schedule, privacy_contacts, retention_periods

RESTRICTED_KEY = "mydata_restricted"  # the erased page tells which cases were restricted, until when


def _retention_context() -> dict:
    return retention_periods()


def privacy_page(request):
    context = {"schedule": archive_schedule(), "contacts": privacy_contacts(), **_retention_context()}
    return render(request, "mydata/privacy.html", context)


def _render_home(request, form: EraseForm, status: int = 200):
    context = {"form": form, **asdict(account_summary(request.user)), **_retention_context()}
    return render(request, "mydata/home.html", context, status=status)


@login_required
def home(request):
    return _render_home(request, EraseForm(auto_id="id_erase_%s"))


@login_required
@require_GET
@csp_replace({"style-src": ["'unsafe-inline'"]})  # the summary's own <style> (self-contained for the ZIP); no script
def summary(request):
    """ringkasan.html of the export, as a page: readable on a phone, printable to PDF from the browser."""
    response = HttpResponse(services.summary_of_account(request.user, request=request))
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def export(request):
    return zip_response(services.export_account(request.user, request=request))


@login_required
@require_POST
def erase(request):
    form = EraseForm(request.POST, auto_id="id_erase_%s")
    form.is_valid()
    try:
        result = services.erase_account(
            request.user,
            password=form.cleaned_data.get("password", ""),
            confirmed=form.cleaned_data.get("confirm", False),
            request=request,
        )
    except ValidationError as exc:
        if hasattr(exc, "error_dict"):
            for field, errors in exc.error_dict.items():
                for error in errors:
                    form.add_error(field, error)
        else:
            form.add_error(None, exc)
        return _render_home(request, form, status=400)
    logout(request)
    request.session[RESTRICTED_KEY] = [
        {"reference": case.reference, "kind": case.kind, "until": case.until.isoformat(), "reason": case.reason}
        for case in result.restricted
    ]
    messages.success(request, _("Akun Anda telah ditutup dan data pribadi Anda telah dihapus."))
    return redirect("mydata:erased")


def erased(request):
    restricted = [
        {**case, "until": datetime.date.fromisoformat(case["until"])}
        for case in request.session.get(RESTRICTED_KEY, [])
    ]
    return render(request, "mydata/erased.html", {"restricted": restricted})
