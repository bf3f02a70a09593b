"""Who may act on a report: the admin instansi (every report) and the handlers of the agency it is
disposed to. The services require these; the identity rules and the faces ask them."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.complaints.models import Report
from pintu.complaints.workflow import Actor

HANDLER_ROLES = (Role.PEJABAT_PENGHUBUNG, Role.INSPEKTORAT)


def is_admin(user) -> bool:
    return scope_of(user).has(Role.ADMIN_INSTANSI)


def is_handler(user, report: Report) -> bool:
    return report.assigned_agency_id is not None and report.assigned_agency_id in scope_of(user).agencies(
        *HANDLER_ROLES
    )


def require_admin(user) -> None:
    if not is_admin(user):
        raise PermissionDenied(_("Hanya admin instansi yang dapat melakukan ini."))


def require_handler(user, report: Report) -> None:
    if not is_handler(user, report):
        raise PermissionDenied(_("Laporan ini tidak ditugaskan kepada instansi Anda."))


def actor_kind(user, report: Report) -> Actor:
    """The role in which `user` acts on `report` (admin wins over handler)."""
    if is_admin(user):
        return Actor.ADMIN
    if is_handler(user, report):
        return Actor.OPD
    raise PermissionDenied(_("Anda tidak menangani laporan ini."))
