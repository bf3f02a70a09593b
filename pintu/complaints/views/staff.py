"""What every staff page of the complaint service shares: who may enter, its style sheet, its 403 page.

The pages themselves live in staff_inbox.py (the inbox and its bulk action), staff_detail.py (one
report, its timeline and its action forms; action name -> form is in staff_actions.py, the actions
themselves in pintu/complaints/actions.py) and staff_new.py (a walk-in, phone or letter report
registered by an officer). Roles: pintu/complaints/permissions.py.
"""

from django.utils.translation import gettext_lazy as _

from pintu.complaints.permissions import STAFF_ROLES
from pintu.web import viewkit
from pintu.web.viewkit import STAFF_CSS, roles_required  # noqa: F401 (STAFF_CSS re-exported to the staff pages)


def forbidden(request, message=None):
    return viewkit.forbidden(request, message or _("Halaman ini hanya untuk petugas pengaduan."))


def staff_view(roles=STAFF_ROLES):
    """Signed in, holding one of `roles`; PermissionDenied anywhere below becomes the 403 page."""
    return roles_required(roles, forbidden)
