"""What the PPID views share: the staff gate, the 403 page, service errors onto forms, pagination."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.forms import Form
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from pintu.accounts.access import scope_of
from pintu.ppid.selectors import STAFF_ROLES

PAGE_SIZE = 50

#: Names of history events on the staff pages.
EVENT_LABELS = {
    "drafted": _("Draf dibuat"),
    "updated": _("Diubah"),
    "published": _("Diumumkan"),
    "withdrawn": _("Ditarik dari DIP"),
    "refreshed": _("Pembaruan berkala dicatat"),
    "file_added": _("Berkas ditambahkan"),
    "file_removed": _("Berkas dihapus"),
    "decided": _("Ditetapkan berlaku"),
    "lifted": _("Dicabut"),
    "expired": _("Masa pengecualian berakhir, perlu ditinjau"),
}


def forbidden(request, message=None):
    context = {"message": message or _("Halaman ini hanya untuk petugas PPID.")}
    return render(request, "ppid/staff/forbidden.html", context, status=403)


def staff_view(view):
    """Signed in and holding a PPID role; PermissionDenied anywhere below becomes the 403 page."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not scope_of(request.user).has(*STAFF_ROLES):
            return forbidden(request)
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as exc:
            return forbidden(request, str(exc) or None)

    return wrapper


def service_errors_to_form(form: Form, exc: ValidationError) -> None:
    """A service's ValidationError on the form: field errors on their fields, the rest on top."""
    if hasattr(exc, "error_dict"):
        for name, errors in exc.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, exc.messages)


def paginate(request, qs):
    return Paginator(qs, PAGE_SIZE).get_page(request.GET.get("halaman"))


def querystring_without_page(request) -> str:
    params = request.GET.copy()
    params.pop("halaman", None)
    return params.urlencode()
