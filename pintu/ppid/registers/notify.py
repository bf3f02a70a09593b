"""Who hears about a register item: the PPID officers of its agency and the PPID Utama
(pintu.ppid.notify.officers_for). Messages are the templates notifications/ppid_berkala_due.txt and
ppid_dik_expired.txt."""

from django.conf import settings
from django.urls import reverse

from pintu.notifications.models import Topic
from pintu.notifications.services import notify
from pintu.ppid.notify import officers_for


def _url(name: str, pk: int) -> str:
    return settings.BASE_URL + reverse(name, args=[pk])


def berkala_due(item, today) -> int:
    """Deadline warnings on a statutory duty: sent whatever the officers' preferences (Topic.ESCALATIONS)."""
    context = {"item": item, "today": today, "url": _url("ppid:staff_dip_detail", item.pk)}
    return notify(officers_for(item.agency), Topic.ESCALATIONS, "ppid_berkala_due", context)


def dik_expired(item) -> int:
    context = {"item": item, "url": _url("ppid:staff_dik_detail", item.pk)}
    return notify(officers_for(item.agency), Topic.ESCALATIONS, "ppid_dik_expired", context)
