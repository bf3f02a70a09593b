"""Who may call a view at all; what they may see or do is decided by selectors and services."""

from django.utils.translation import gettext_lazy as _
from rest_framework.permissions import BasePermission

from pintu.accounts.access import scope_of


class HasRole(BasePermission):
    """Signed in (session or token) and holding one of `roles` (see the subclasses built by `roles`)."""

    roles: tuple = ()
    message = _("Bagian API ini hanya untuk petugas dengan peran yang sesuai.")

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated and scope_of(user).has(*self.roles))


def roles(*names) -> type[HasRole]:
    return type("HasRole_" + "_".join(str(n) for n in names), (HasRole,), {"roles": tuple(names)})
