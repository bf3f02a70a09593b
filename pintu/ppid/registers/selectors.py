"""What each user may see of the PPID registers. Every list, detail, download and export starts here.

| who                                     | DIP                          | DIK                          |
|-----------------------------------------|------------------------------|------------------------------|
| public, citizens, other officers        | published                    | in force                     |
| PPID Pembantu (own agency, units below) | + every status of own agency | + every status of own agency |
| PPID Utama, Atasan PPID, system admin   | everything                   | everything                   |

The DIK is itself public information (UU 14/2008): the public sees each exemption in force with
its legal basis, consequence test and end date, never drafts.
"""

import datetime

from django.db.models import Q, QuerySet

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.agencies.models import OUTSIDE_KINDS, Agency
from pintu.ppid.permissions import is_utama
from pintu.ppid.registers.models import DikItem, DikStatus, DipCategory, DipItem, DipStatus
from pintu.ppid.registers.permissions import own_agency_ids

#: Roles that see every row of both registers (read-only for the Atasan PPID and the system admin).
ALL_REGISTER_ROLES = (Role.PPID_UTAMA, Role.ATASAN_PPID, Role.SYSTEM_ADMIN)


def _visible_to(user, model, public_status) -> QuerySet:
    """Every row for the register roles; the public rows and those of the user's own agencies otherwise."""
    qs = model.objects.select_related("agency")
    if scope_of(user).has(*ALL_REGISTER_ROLES):
        return qs
    own = own_agency_ids(user)
    if own:
        return qs.filter(Q(status=public_status) | Q(agency_id__in=own))
    return qs.filter(status=public_status)


def dip_items_visible_to(user) -> QuerySet[DipItem]:
    return _visible_to(user, DipItem, DipStatus.PUBLISHED)


def public_dip_items() -> QuerySet[DipItem]:
    """What anyone may see: the published DIP (used by exports and the history registry)."""
    return DipItem.objects.select_related("agency").filter(status=DipStatus.PUBLISHED)


def dik_items_visible_to(user) -> QuerySet[DikItem]:
    return _visible_to(user, DikItem, DikStatus.IN_FORCE)


def public_dik_items() -> QuerySet[DikItem]:
    return DikItem.objects.select_related("agency").filter(status=DikStatus.IN_FORCE)


def register_agencies_for(user) -> QuerySet[Agency]:
    """Agencies whose DIP/DIK `user` may keep: every Pemkab agency for the PPID Utama, own ones otherwise."""
    qs = Agency.objects.filter(active=True).exclude(kind__in=OUTSIDE_KINDS)
    if is_utama(user):
        return qs
    return qs.filter(pk__in=own_agency_ids(user))


def dip_agencies_with_items() -> QuerySet[Agency]:
    """Agencies that have published DIP items (the agency filter of the public page)."""
    return Agency.objects.filter(dip_items__status=DipStatus.PUBLISHED).distinct().order_by("name")


def register_dip_items(user) -> QuerySet[DipItem]:
    """The DIP register a user works on: everything for the Pemkab-wide roles, own agencies otherwise."""
    qs = dip_items_visible_to(user)
    if scope_of(user).has(*ALL_REGISTER_ROLES):
        return qs
    return qs.filter(agency_id__in=own_agency_ids(user))


def register_dik_items(user) -> QuerySet[DikItem]:
    """The DIK register a user works on (as register_dip_items)."""
    qs = dik_items_visible_to(user)
    if scope_of(user).has(*ALL_REGISTER_ROLES):
        return qs
    return qs.filter(agency_id__in=own_agency_ids(user))


def serta_merta_in_force(today: datetime.date) -> QuerySet[DipItem]:
    """Published serta-merta announcements still in force on `today` (the home page shows them first)."""
    return (
        public_dip_items()
        .filter(category=DipCategory.SERTA_MERTA)
        .filter(Q(in_force_until__isnull=True) | Q(in_force_until__gte=today))
        .order_by("-published_at", "-pk")
    )


def berkala_overdue(user, today: datetime.date) -> QuerySet[DipItem]:
    """Berkala items past their due date (published and not refreshed, or a checklist draft not yet
    published), for the PPID Utama's dashboard: every row for the roles that see the whole register."""
    return (
        dip_items_visible_to(user)
        .filter(category=DipCategory.BERKALA, status__in=(DipStatus.PUBLISHED, DipStatus.DRAFT),
                next_due_date__lt=today)
        .order_by("agency__name", "next_due_date", "pk")
    )  # fmt: skip
