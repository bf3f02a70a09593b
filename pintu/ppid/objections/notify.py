"""Who hears about an objection. Messages are notifications/ppid_objection_*.txt.

- filed: the Atasan PPID(s) and the PPID Utama (a new case for them);
- decided: the requester (the e-mail given on the objection or on the request, or the account's);
- overdue: the Atasan PPID(s) and the PPID Utama, whatever their preferences (an escalation).
"""

from dataclasses import replace

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.urls import reverse

from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.notifications.models import Topic
from pintu.notifications.services import Recipient, notify, recipient_for_user
from pintu.ppid.requests.models import RequesterIdentity
from pintu.ppid.requests.phone_consent import active_channels


def deciders_and_utama() -> list[Recipient]:
    users = (
        User.objects.filter(is_active=True, role_assignments__active=True,
                            role_assignments__role__in=[Role.ATASAN_PPID, Role.PPID_UTAMA])
        .distinct()
        .order_by("username")
    )  # fmt: skip
    return [r for r in (recipient_for_user(user) for user in users) if r is not None]


def requester_of(objection) -> list[Recipient]:
    """By the objection's e-mail (or the account's), and by WhatsApp/SMS where the request's requester agreed."""
    language = (getattr(objection.request, "language", "id") if objection.request_id else "id") or "id"
    identity = RequesterIdentity.objects.filter(request_id=objection.request_id).first()
    channels = active_channels(identity)
    phone = {"phone": identity.phone, "phone_channels": channels} if channels else {}
    try:
        validate_email(objection.contact)
    except ValidationError:
        account = recipient_for_user(objection.filer) if objection.filer_id else None
        if account:
            return [replace(account, **phone)]
        return [Recipient("", language, objection.filer, **phone)] if phone else []
    return [Recipient(objection.contact, language, objection.filer, **phone)]


def _staff_url(objection) -> str:
    return settings.BASE_URL + reverse("ppid:staff_objection_detail", args=[objection.pk])


def objection_filed(objection) -> int:
    context = {"objection": objection, "url": _staff_url(objection)}
    return notify(deciders_and_utama(), Topic.ASSIGNMENTS, "ppid_objection_filed", context)


def objection_decided(objection) -> int:
    url = settings.BASE_URL + reverse("ppid:objection_track", args=[objection.pk])
    return notify(requester_of(objection), Topic.OWN_CASES, "ppid_objection_decided",
                  {"objection": objection, "url": url})  # fmt: skip


def objection_overdue(objection, today) -> int:
    context = {"objection": objection, "today": today, "url": _staff_url(objection)}
    return notify(deciders_and_utama(), Topic.ESCALATIONS, "ppid_objection_overdue", context)
