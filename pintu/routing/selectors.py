"""Read side of routing: the suggestions and trained models staff may see, and the per-version accuracy figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.routing.models import RoutingModel, Suggestion

ACCURACY_ROLES = (Role.ADMIN_INSTANSI, Role.PIMPINAN)


def suggestions_visible_to(user):
    """Suggestions are about reports of the whole Pemkab: admin instansi and pimpinan see them all."""
    if scope_of(user).has(*ACCURACY_ROLES):
        return Suggestion.objects.all()
    return Suggestion.objects.none()


def trained_models(user, limit: int = 20):
    """The newest trained routers (without their blob), for the accuracy page and its API."""
    if not scope_of(user).has(*ACCURACY_ROLES):
        return RoutingModel.objects.none()
    return RoutingModel.objects.defer("blob")[:limit]


@dataclass
class VersionStats:
    version: str
    made: int = 0
    decided: int = 0
    top1: int = 0
    top3: int = 0
    taken: int = 0
    needs_person: int = 0
    first: object = None
    last: object = None
    extra: dict = field(default_factory=dict)

    def share(self, part: int) -> float | None:
        return part / self.decided if self.decided else None

    @property
    def top1_accuracy(self):
        return self.share(self.top1)

    @property
    def top3_accuracy(self):
        return self.share(self.top3)

    @property
    def taken_share(self):
        return self.share(self.taken)


def accuracy_by_version(user) -> list[VersionStats]:
    """Per model version: suggestions made; of those with a final agency, top-1 / top-3 hits and share taken."""
    codes = dict(Agency.objects.values_list("pk", "code"))
    stats: dict[str, VersionStats] = {}
    rows = suggestions_visible_to(user).values_list(
        "model_version", "ranked", "final_agency_id", "taken", "needs_person", "created_at"
    )
    for version, ranked, final_id, taken, needs_person, created in rows.iterator(chunk_size=2000):
        s = stats.setdefault(version, VersionStats(version))
        s.made += 1
        s.needs_person += bool(needs_person)
        s.first = min(s.first, created) if s.first else created
        s.last = max(s.last, created) if s.last else created
        if final_id is None:
            continue
        s.decided += 1
        suggested = [item["agency"] for item in ranked]
        final = codes.get(final_id)
        s.top1 += bool(suggested) and suggested[0] == final
        s.top3 += final in suggested[:3]
        s.taken += taken is not None
    return sorted(stats.values(), key=lambda s: s.last, reverse=True)
