"""What each user may see of objections and disputes. Every list, detail and export starts here.

| who                                          | sees                                         |
|----------------------------------------------|----------------------------------------------|
| PPID Utama, Atasan PPID                      | every objection and dispute                  |
| PPID Pembantu                                | objections on requests of own agency (units below) |
| requester with an account                    | own objections (`objections_of_requester`)   |
| the public, other officers, system admin     | nothing: objections are never public         |

The system admin manages configuration (DOMAIN.md section 2) and sees no requests; it saw every
objection, with the requester's name, until the access matrix (tests/security) found it.
An objection whose processing is restricted (pintu.cases.restrictions) is in none of these, nor its dispute.
"""

from django.db.models import Q, QuerySet

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.cases.restrictions import without_restricted
from pintu.ppid.objections.models import Dispute, Objection

ALL_OBJECTION_ROLES = (Role.PPID_UTAMA, Role.ATASAN_PPID)
RELATED = ("agency", "request", "dip_item", "dispute")


def objections_visible_to(user) -> QuerySet[Objection]:
    qs = without_restricted(Objection.objects.select_related(*RELATED), "objection")
    qs = without_restricted(qs, "info_request", field="request_id")  # the objections of a restricted request
    scope = scope_of(user)
    if scope.has(*ALL_OBJECTION_ROLES):
        return qs
    own = scope.agencies(Role.PPID_PEMBANTU)
    return qs.filter(agency_id__in=own) if own else qs.none()


def objections_of_requester(user) -> QuerySet[Objection]:
    if user is None or not user.is_authenticated:
        return Objection.objects.none()
    return Objection.objects.select_related(*RELATED).filter(Q(filer=user) | Q(request__requester_user=user))


def disputes_visible_to(user) -> QuerySet[Dispute]:
    return Dispute.objects.select_related("objection", "objection__agency", "commission").filter(
        objection__in=objections_visible_to(user).values("pk")
    )
