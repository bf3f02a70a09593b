"""Who takes part in handling reports, and in which role: one answer for the web and the API.

The rules of each action live in pintu.complaints.actions; the services check again with
services.base.require_admin / require_handler. Here: which roles enter the staff side at all, which may
record a report brought in person, and in which role (admin instansi or OPD) a user acts on a report.
"""

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.complaints.models import Report
from pintu.complaints.selectors import AGENCY_REPORT_ROLES, ALL_REPORT_ROLES
from pintu.complaints.services.base import is_admin, is_handler
from pintu.complaints.workflow import Actor

#: Every role of the staff side (inbox, report page); pimpinan and kepala OPD only read.
STAFF_ROLES = (*ALL_REPORT_ROLES, *AGENCY_REPORT_ROLES)
#: Who may record a report brought in person, by phone or by letter.
ENTRY_ROLES = (Role.ADMIN_INSTANSI, Role.PEJABAT_PENGHUBUNG)


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
