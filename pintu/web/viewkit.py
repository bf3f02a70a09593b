"""Small helpers every app's views share: service errors on forms, role-guarded staff views, the 403 page."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

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
