"""Who hears about a request. Called by the services inside their transaction (queued with the data).

The requester gets registration (number + secret), incompleteness, extension, the notice, delivery and
closing, in the language they used; PPID officers of the assigned agency get assignments; overdue
requests go to the PPID Utama and the assigned PPID Pembantu. Templates: notifications/ppid_request_*.txt.
"""

from django.conf import settings
from django.urls import reverse

from pintu.accounts.models import User
from pintu.accounts.roles import Role
from pintu.notifications.models import Topic
from pintu.notifications.services import Recipient, notify, recipient_for_user
from pintu.ppid.notify import officers_for
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity


def tracking_url(request: InformationRequest) -> str:
    return settings.BASE_URL + reverse("ppid:request_track_detail", args=[request.slug])


def staff_url(request: InformationRequest) -> str:
    return settings.BASE_URL + reverse("ppid:staff_request_detail", args=[request.pk])


def requester(request: InformationRequest) -> Recipient | None:
    row = RequesterIdentity.objects.filter(request=request).only("email").first()
    if row is None or not row.email:
        return None
    return Recipient(row.email, request.language or "id", request.requester_user)


def to_requester(request: InformationRequest, template: str, **extra) -> int:
    context = {"req": request, "url": tracking_url(request), **extra}
    return notify([requester(request)], Topic.OWN_CASES, template, context)


def registered(request: InformationRequest, secret: str) -> int:
    return to_requester(request, "ppid_request_registered", secret=secret)


def assigned(request: InformationRequest) -> int:
    context = {"req": request, "url": staff_url(request)}
    return notify(officers_for(request.assigned_agency), Topic.OWN_CASES, "ppid_request_assigned", context)


def overdue(request: InformationRequest, today) -> int:
    # officers_for(agency) = the agency's PPID Pembantu (and above) + the PPID Utama
    recipients = officers_for(request.assigned_agency) if request.assigned_agency_id else officers_for_utama()
    context = {"req": request, "today": today, "url": staff_url(request)}
    return notify(recipients, Topic.ESCALATIONS, "ppid_request_overdue", context)


def officers_for_utama() -> list[Recipient]:
    users = (
        User.objects.filter(is_active=True, role_assignments__role=Role.PPID_UTAMA, role_assignments__active=True)
        .distinct()
        .order_by("username")
    )
    return [r for r in (recipient_for_user(u) for u in users) if r]
