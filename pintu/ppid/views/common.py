"""What the PPID views share: the staff gate, the 403 page, service errors onto forms, pagination."""


from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from pintu.ppid.selectors import STAFF_ROLES
from pintu.web.viewkit import roles_required, service_errors_to_form  # noqa: F401 (re-exported)

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
    return roles_required(STAFF_ROLES, forbidden)(view)


def paginate(request, qs):
    return Paginator(qs, PAGE_SIZE).get_page(request.GET.get("halaman"))


def querystring_without_page(request) -> str:
    params = request.GET.copy()
    params.pop("halaman", None)
    return params.urlencode()
