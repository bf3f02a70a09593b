"""Who hears about a register item: the PPID Pembantu of its agency (or of an agency above it) and
the PPID Utama. Messages are the templates notifications/ppid_*.txt."""

from django.conf import settings
from django.db.models import Q
from django.urls import reverse

from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.notifications.models import Topic
from pintu.notifications.services import Recipient, notify, recipient_for_user


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


def _url(name: str, pk: int) -> str:
    return settings.BASE_URL + reverse(name, args=[pk])


def berkala_due(item, today) -> int:
    """Deadline warnings on a statutory duty: sent whatever the officers' preferences (Topic.ESCALATIONS)."""
    context = {"item": item, "today": today, "url": _url("ppid:staff_dip_detail", item.pk)}
    return notify(officers_for(item.agency), Topic.ESCALATIONS, "ppid_berkala_due", context)


def dik_expired(item) -> int:
    context = {"item": item, "url": _url("ppid:staff_dik_detail", item.pk)}
    return notify(officers_for(item.agency), Topic.ESCALATIONS, "ppid_dik_expired", context)
