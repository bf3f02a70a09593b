"""Who holds which role for which agencies. Every visibility queryset starts from here.

`scope_of(user)` reads the user's active role assignments once per request (cached on the user
object) and answers the questions the selectors ask.
"""

from dataclasses import dataclass, field

from pintu.accounts.roles import PEMKAB_WIDE_ROLES, Role
from pintu.agencies.tree import descendant_ids


@dataclass(frozen=True)
class Scope:
    """Agency ids per role, each already expanded to the units below the agency."""

    by_role: dict[str, frozenset[int]] = field(default_factory=dict)
    is_superuser: bool = False

    def has(self, *roles: str) -> bool:
        if self.is_superuser and Role.SYSTEM_ADMIN in roles:
            return True
        return any(self.by_role.get(role) for role in roles)

    def agencies(self, *roles: str) -> frozenset[int]:
        ids: set[int] = set()
        for role in roles or tuple(self.by_role):
            ids |= self.by_role.get(role, frozenset())
        return frozenset(ids)

    @property
    def is_staff_member(self) -> bool:
        return self.is_superuser or bool(self.by_role)

    def is_pemkab_wide(self, *roles: str) -> bool:
        """True when the user holds one of `roles` that sees the whole Pemkab."""
        return self.has(*(r for r in roles if r in PEMKAB_WIDE_ROLES))


EMPTY_SCOPE = Scope()


def scope_of(user) -> Scope:
    if user is None or not user.is_authenticated or not user.is_active:
        return EMPTY_SCOPE
    cached = getattr(user, "_pintu_scope", None)
    if cached is not None:
        return cached
    direct: dict[str, set[int]] = {}
    for role, agency_id in user.role_assignments.filter(active=True, agency__active=True).values_list(
        "role", "agency_id"
    ):
        direct.setdefault(role, set()).add(agency_id)
    scope = Scope(
        by_role={role: descendant_ids(ids) for role, ids in direct.items()},
        is_superuser=user.is_superuser,
    )
    user._pintu_scope = scope
    return scope


def active_unless_admin(user, qs):
    """Public reference rows (the directory, categories, closed days): every row for a system admin, the
    active ones for everyone else."""
    return qs if scope_of(user).has(Role.SYSTEM_ADMIN) else qs.filter(active=True)


def forget_scope(user) -> None:
    """Call after changing a user's roles within the same request."""
    if hasattr(user, "_pintu_scope"):
        del user._pintu_scope
