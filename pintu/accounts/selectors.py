"""What each user may see of users, role assignments, and the directory of agencies and areas.

Users and role assignments:
- system admin: everyone;
- an officer: themself and the officers holding a role in the agencies they hold a role for;
- a citizen: themself; anonymous: nobody.

Agencies and areas are public information (the directory of who handles what); inactive rows are
seen only by system administrators. (These two live here, not in pintu.agencies, because they ask
`scope_of`, and accounts stands above agencies: a role is held for an agency.)
"""

from django.db.models import Q, QuerySet

from pintu.accounts.access import active_unless_admin, scope_of
from pintu.accounts.models import RoleAssignment, User
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency, Area


def users_visible_to(user) -> QuerySet[User]:
    if not user or not user.is_authenticated:
        return User.objects.none()
    scope = scope_of(user)
    if scope.has(Role.SYSTEM_ADMIN):
        return User.objects.all()
    agencies = scope.agencies()
    if not agencies:
        return User.objects.filter(pk=user.pk)
    return User.objects.filter(
        Q(pk=user.pk) | Q(role_assignments__agency_id__in=agencies, role_assignments__active=True)
    ).distinct()


def role_assignments_visible_to(user) -> QuerySet[RoleAssignment]:
    qs = RoleAssignment.objects.select_related("user", "agency")
    if not user or not user.is_authenticated:
        return qs.none()
    scope = scope_of(user)
    if scope.has(Role.SYSTEM_ADMIN):
        return qs
    return qs.filter(Q(user=user) | Q(agency_id__in=scope.agencies(), active=True))


def agencies_visible_to(user) -> QuerySet[Agency]:
    return active_unless_admin(user, Agency.objects.select_related("parent", "area"))


def areas_visible_to(user) -> QuerySet[Area]:
    return active_unless_admin(user, Area.objects.select_related("parent"))
