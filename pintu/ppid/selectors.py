"""What the public PPID site shows of the service itself: its officers (each slice has its own selectors)."""

from django.db.models import QuerySet

from pintu.accounts.models import RoleAssignment
from pintu.accounts.roles import Role

#: The roles listed as "PPID officers" on the public site, in order of the structure.
OFFICER_ROLES = (Role.ATASAN_PPID, Role.PPID_UTAMA, Role.PPID_PEMBANTU)


def ppid_officers() -> QuerySet[RoleAssignment]:
    """The public list of PPID officers: names, posts and agencies (nothing else is shown)."""
    return (
        RoleAssignment.objects.filter(role__in=OFFICER_ROLES, active=True, user__is_active=True, agency__active=True)
        .select_related("user", "agency")
        .order_by("agency__name", "user__full_name", "user__username")
    )
