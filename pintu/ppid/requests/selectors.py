"""What each user may see of information requests. Every list, detail, download and export starts here.

| who                                   | sees                                   |
|---------------------------------------|----------------------------------------|
| PPID Utama, Atasan PPID               | every request                          |
| PPID Pembantu                         | requests assigned to own agency (and units below) |
| requester with an account             | own requests                           |
| anybody else (public, other officers) | nothing: requests are never public     |

A guest requester reaches a request through number + secret (views), never through this queryset.
A request whose processing is restricted (pintu.cases.restrictions) is in none of these.
"""

from django.db.models import Q, QuerySet

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.agencies.models import OUTSIDE_KINDS, Agency, Area, AreaLevel
from pintu.cases.restrictions import without_restricted
from pintu.ppid.requests.models import InformationRequest

ALL_REQUEST_ROLES = (Role.PPID_UTAMA, Role.ATASAN_PPID)


def _handler_condition(user) -> Q | None:
    scope = scope_of(user)
    if scope.has(*ALL_REQUEST_ROLES):
        return None  # everything
    own = scope.agencies(Role.PPID_PEMBANTU)
    return Q(assigned_agency_id__in=own) if own else Q(pk__in=[])


def _requests() -> QuerySet[InformationRequest]:
    return without_restricted(InformationRequest.objects.select_related("assigned_agency"), "info_request")


def requests_visible_to(user) -> QuerySet[InformationRequest]:
    qs = _requests()
    condition = _handler_condition(user)
    if condition is None:
        return qs
    if user is not None and user.is_authenticated:
        condition |= Q(requester_user=user)
    return qs.filter(condition)


def requests_handled_by(user) -> QuerySet[InformationRequest]:
    """Requests `user` sees as PPID staff (not those filed with their own account)."""
    qs = _requests()
    condition = _handler_condition(user)
    return qs if condition is None else qs.filter(condition)


#: An objection still before the Atasan PPID (not yet answered): only then may it open the requester's KTP.
PENDING_OBJECTION = Q(objections__isnull=False, objections__decided_at__isnull=True)


def identity_files_openable_by(user) -> QuerySet[InformationRequest]:
    """Requests whose requester's identity document `user` may open as staff (issue #15): the PPID Utama and
    the Pembantu of the assigned agency for the requests they handle; the Atasan PPID only for a request with
    an objection pending before them."""
    scope = scope_of(user)
    qs = _requests()
    if scope.has(Role.PPID_UTAMA):
        return qs
    condition = Q(pk__in=[])
    own = scope.agencies(Role.PPID_PEMBANTU)
    if own:
        condition |= Q(assigned_agency_id__in=own)
    if scope.has(Role.ATASAN_PPID):
        condition |= Q(pk__in=InformationRequest.objects.filter(PENDING_OBJECTION).values("pk"))
    return qs.filter(condition)


def request_ids_of_requester(user):
    if user is None or not user.is_authenticated:
        return InformationRequest.objects.none().values("pk")
    return InformationRequest.objects.filter(requester_user=user).values("pk")


def assignable_agencies() -> QuerySet[Agency]:
    """The agencies a request may be assigned to (the web form's choices and the API's codes): active
    agencies of the Pemkab, never one outside it (that is a forwarding notice)."""
    return Agency.objects.filter(active=True).exclude(kind__in=OUTSIDE_KINDS).order_by("name")


def report_kecamatans() -> QuerySet[Area]:
    """Where a request filed as a complaint report takes place: an active kecamatan (both faces' choices)."""
    return Area.objects.filter(level=AreaLevel.KECAMATAN, active=True).order_by("name")
