"""The citizen's data pages: /akun/data-saya/ (see, download, erase) and the privacy page /privasi/."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.complaints.selectors import report_ids_of_reporter
from pintu.mydata import services
from pintu.mydata.forms import EraseForm
from pintu.ppid.objections.selectors import objections_of_requester
from pintu.ppid.requests.selectors import request_ids_of_requester
from pintu.privacy.contact import mask_email, mask_phone


def _retention_context() -> dict:
    return {
        "retention_years_reports": settings.PINTU_RETENTION_DAYS_REPORTS // 365,
        "retention_years_requests": settings.PINTU_RETENTION_DAYS_REQUESTS // 365,
        "retention_days_identity": settings.PINTU_RETENTION_DAYS_IDENTITY_FILES,
    }


def privacy_page(request):
    return render(request, "mydata/privacy.html", _retention_context())


def _render_home(request, form: EraseForm, status: int = 200):
    user = request.user
    context = {
        "form": form,
        "may_erase": services.may_erase_self(user),
        "email_masked": mask_email(user.email) if user.email else "",
        "phone_masked": mask_phone(user.phone) if user.phone else "",
        "report_count": report_ids_of_reporter(user).count(),
        "request_count": request_ids_of_requester(user).count(),
        "objection_count": objections_of_requester(user).count(),
        **_retention_context(),
    }
    return render(request, "mydata/home.html", context, status=status)


@login_required
def home(request):
    return _render_home(request, EraseForm(auto_id="id_erase_%s"))


@login_required
@require_POST
def export(request):
    content = services.export_account(request.user, request=request)
    response = HttpResponse(content, content_type="application/zip")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="data-saya-{stamp}.zip"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def erase(request):
    form = EraseForm(request.POST, auto_id="id_erase_%s")
    form.is_valid()
    try:
        services.erase_account(
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
    messages.success(request, _("Akun Anda telah ditutup dan data pribadi Anda telah dihapus."))
    return redirect("mydata:erased")


def erased(request):
    return render(request, "mydata/erased.html")
