"""What the site menu offers the signed-in user (base template): only links the user may open."""

from pintu.complaints.permissions import is_staff_member


def menu(request):
    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    return {"sees_report_inbox": signed_in and is_staff_member(user)}
