"""What the site menu offers the user (base template): only links the user may open (pintu.web.menus)."""

from pintu.accounts.access import scope_of
from pintu.complaints.permissions import is_staff_member
from pintu.web.menus import links


def menu(request):
    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    officer = signed_in and scope_of(user).is_staff_member
    shown = {"": True, "inbox": signed_in and is_staff_member(user), "officer": officer,
             "citizen": signed_in and not officer}  # fmt: skip
    return {"site_menu": links("site", shown)}
