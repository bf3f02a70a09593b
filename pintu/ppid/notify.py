"""Which PPID officers hear about a case, for every slice: the PPID Pembantu of an agency (or of an
agency above it) and the PPID Utama; the PPID Utama alone; the Atasan PPID with the PPID Utama.
Each slice's notify.py says what they hear (templates notifications/ppid_*.txt)."""

from django.db.models import Q

from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.notifications.services import Recipient, recipient_for_user


def _agency_and_ancestors(agency) -> list[int]:
    ids, seen = [], set()
    while agency is not None and agency.pk not in seen:
        seen.add(agency.pk)
        ids.append(agency.pk)
        agency = agency.parent
    return ids


def officers_for(agency) -> list[Recipient]:
    ancestors = _agency_and_ancestors(agency)
    users = (
        User.objects.filter(is_active=True)
        .filter(
            Q(role_assignments__role=Role.PPID_PEMBANTU, role_assignments__agency_id__in=ancestors)
            | Q(role_assignments__role=Role.PPID_UTAMA),
            role_assignments__active=True,
        )
        .distinct()
        .order_by("username")
    )
    return [r for r in (recipient_for_user(user) for user in users) if r is not None]


def _users_holding(*roles) -> list[Recipient]:
    users = (
        User.objects.filter(is_active=True, role_assignments__role__in=roles, role_assignments__active=True)
        .distinct()
        .order_by("username")
    )
    return [r for r in (recipient_for_user(user) for user in users) if r is not None]


def utama_officers() -> list[Recipient]:
    """The PPID Utama (e.g. an overdue request not yet assigned to any agency)."""
    return _users_holding(Role.PPID_UTAMA)


def deciders_and_utama() -> list[Recipient]:
    """The Atasan PPID and the PPID Utama (a new or overdue objection)."""
    return _users_holding(Role.ATASAN_PPID, Role.PPID_UTAMA)
