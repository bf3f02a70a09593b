"""Small helpers every app's views share: service errors on forms, and role-guarded staff views."""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form

from pintu.accounts.access import scope_of


def service_errors_to_form(form: Form, exc: ValidationError) -> None:
    """Show a service's ValidationError on the form: field errors on their fields, the rest on top."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def roles_required(roles, forbidden: Callable):
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
