"""Who takes part in handling reports, and in which role: one answer for the services, the web and the API.

The admin instansi acts on every report; the handlers (pejabat penghubung, Inspektorat) on the reports
disposed to their agency. The rules of each action live in pintu.complaints.actions; the services check
again with require_admin / require_handler. Here also: which roles enter the staff side at all, which may
record a report brought in person, and in which role (admin instansi or OPD) a user acts on a report.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.complaints.models import Report
from pintu.complaints.selectors import AGENCY_REPORT_ROLES, ALL_REPORT_ROLES
from pintu.complaints.workflow import Actor

HANDLER_ROLES = (Role.PEJABAT_PENGHUBUNG, Role.INSPEKTORAT)
#: Every role of the staff side (inbox, report page); pimpinan and kepala OPD only read.
STAFF_ROLES = (*ALL_REPORT_ROLES, *AGENCY_REPORT_ROLES)
#: Who may record a report brought in person, by phone or by letter.
ENTRY_ROLES = (Role.ADMIN_INSTANSI, Role.PEJABAT_PENGHUBUNG)


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


def is_staff_member(user) -> bool:
    return scope_of(user).has(*STAFF_ROLES)


def may_enter_reports(user) -> bool:
    return scope_of(user).has(*ENTRY_ROLES)


def actor_for(user, report: Report) -> Actor | None:
    """The role in which `user` may act on `report` now, or None for read-only (pimpinan, kepala OPD)."""
    if is_admin(user):
        return Actor.ADMIN
    if is_handler(user, report):
        return Actor.OPD
    return None


def actor_kind(user, report: Report) -> Actor:
    """The role in which `user` acts on `report` (admin wins over handler); PermissionDenied for anyone else."""
    actor = actor_for(user, report)
    if actor is None:
        raise PermissionDenied(_("Anda tidak menangani laporan ini."))
    return actor
