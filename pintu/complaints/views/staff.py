"""What every staff page of the complaint service shares: who may enter, its style sheet, its 403 page.

The pages themselves live in staff_inbox.py (the inbox and its bulk action), staff_detail.py (one
report, its timeline and its action forms; action name -> form is in staff_actions.py, the actions
themselves in pintu/complaints/actions.py) and staff_new.py (a walk-in, phone or letter report
registered by an officer). Roles: pintu/complaints/permissions.py.
"""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from pintu.complaints.permissions import STAFF_ROLES
from pintu.web.viewkit import roles_required

STAFF_CSS = "css/staff.css"


def forbidden(request, message=None):
    context = {"message": message or _("Halaman ini hanya untuk petugas pengaduan."), "staff_css": STAFF_CSS}
    return render(request, "complaints/staff/forbidden.html", context, status=403)


def staff_view(roles=STAFF_ROLES):
    """Signed in, holding one of `roles`; PermissionDenied anywhere below becomes the 403 page."""
    return roles_required(roles, forbidden)
