"""Small helpers every app's views share: service errors on forms, a form page that saves through a service,
an action run from a form, role-guarded staff views, the 403 page."""

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.accounts.access import scope_of

#: The stylesheet of every staff page (inbox, case pages, interop, routing accuracy, dashboard).
STAFF_CSS = "css/staff.css"


def service_errors_to_form(form: Form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form: field errors on their fields, the rest on top."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def form_page(request, form: Form, save: Callable, *, message: str, detail: str, template: str, context=None):
    """A page whose valid POST saves through a service: `save(cleaned_data)` returns the saved object, whose
    page (URL name `detail`, by pk) comes next with `message`; the service's errors go back on the form."""
    if request.method == "POST" and form.is_valid():
        try:
            saved = save(form.cleaned_data)
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, message)
            return redirect(detail, saved.pk)
    return render(request, template, {"form": form, **(context or {})})


def perform_with_form(request, actions, case, action: str, form: Form, *, on_error: Callable, detail: str, files=()):
    """Run `action` of the action list `actions` with the form's cleaned data; the service's errors back on the
    form, rendered by `on_error(form)`; else the case's page (URL name `detail`) with the outcome's message."""
    try:
        outcome = actions.perform(action, user=request.user, case=case, data=form.cleaned_data, files=files)
    except ValidationError as exc:
        service_errors_to_form(form, exc)
        return on_error(form)
    messages.success(request, outcome.message)
    return redirect(detail, case.pk)


def action_view(get_case, actions, action: str, form_class, *, slot: str, render_detail, detail: str, strict=True):
    """A POST-only view taking `action` on the case `get_case(request, pk)` with a `form_class` form.

    Refused before the form is read (a 403, `actions.check`); a form the service rejects, or (when `strict`)
    one that is not valid, goes back on the case's page as `render_detail(request, case, **{slot: form})`.
    """

    @require_POST
    def view(request, pk: int):
        case = get_case(request, pk)
        actions.check(action, request.user, case)  # refused before the form is read: a 403
        form = form_class(request.POST)
        on_error = lambda form: render_detail(request, case, **{slot: form})  # noqa: E731
        if not form.is_valid() and strict:
            return on_error(form)
        return perform_with_form(request, actions, case, action, form, on_error=on_error, detail=detail)

    return view


def forbidden(request, message=None, *, back: tuple[str, str] | None = None):
    """The 403 page of a staff area: why (`message`), and a way back (url, label; default the workspace)."""
    back_url, back_label = back or (reverse("web:staff_home"), _("Kembali ke ruang kerja"))
    context = {
        "message": message or _("Halaman ini hanya untuk petugas yang berwenang."),
        "back_url": back_url,
        "back_label": back_label,
        "staff_css": STAFF_CSS,
    }
    return render(request, "web/forbidden.html", context, status=403)


def roles_required(roles, forbidden: Callable = forbidden):
    """Signed in and holding one of `roles`; PermissionDenied anywhere below renders `forbidden(request, msg)`."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not scope_of(request.user).has(*roles):
                return forbidden(request)
            try:
                return view(request, *args, **kwargs)
            except PermissionDenied as exc:
                return forbidden(request, str(exc) or None)

        return wrapper

    return decorator
