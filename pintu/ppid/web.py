"""What the PPID web pages share: the staff gate and its 403 page, pages
of a list, and the history timeline with its labels (pintu.cases.events)."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from pintu.cases.events import event_label
from pintu.ppid.permissions import STAFF_ROLES
from pintu.web.viewkit import roles_required

PAGE_SIZE = 50


def forbidden(request, message=None):
    """The 403 page of the web toolkit, with the way back to the PPID site (and without the staff style)."""
    context = {
        "message": message or _("Halaman ini hanya untuk petugas PPID."),
        "back_url": reverse("ppid:landing"),
        "back_label": _("Ke situs PPID"),
    }
    return render(request, "web/forbidden.html", context, status=403)


def staff_view(view):
    """Signed in and holding a PPID role; PermissionDenied anywhere below becomes the 403 page."""
    return roles_required(STAFF_ROLES, forbidden)(view)


def paginate(request, qs):
    return Paginator(qs, PAGE_SIZE).get_page(request.GET.get("halaman"))


def querystring_without_page(request) -> str:
    params = request.GET.copy()
    params.pop("halaman", None)
    return params.urlencode()


def with_labels(events) -> list[tuple]:
    """(event, label) pairs for the timeline templates; the label from the one registry of event kinds."""
    return [(event, event_label(event)) for event in events]
