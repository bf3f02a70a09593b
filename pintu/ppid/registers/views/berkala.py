"""The PPID Utama's dashboard of overdue berkala items (/ppid/staf/berkala/): every berkala item past its
due date, published and not refreshed or a checklist draft not yet published, grouped by unit, with the
PPID Pembantu who owns it. Read-only for the Atasan PPID and the system admin; a PPID Pembantu follows
their own items in the register and by the reminders (registers.sweeps)."""

from itertools import groupby

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.ppid.registers.selectors import ALL_REGISTER_ROLES, berkala_overdue
from pintu.ppid.web import staff_view


@staff_view
def overdue(request):
    if not scope_of(request.user).has(*ALL_REGISTER_ROLES):
        raise PermissionDenied(_("Dasbor ini untuk PPID Utama."))
    today = timezone.localdate()
    items = list(berkala_overdue(request.user, today).select_related("agency"))
    groups = [(agency, [(item, (today - item.next_due_date).days) for item in rows])
              for agency, rows in groupby(items, key=lambda item: item.agency)]  # fmt: skip
    context = {"groups": groups, "count": len(items), "today": today}
    return render(request, "ppid/staff/berkala_overdue.html", context)
