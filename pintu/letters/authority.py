"""Who signs a letter, under which kop, with which numbering: the region's configuration read.

- `kind_setting(kind)`: the region's KindSetting, created with the kind's defaults on first use.
- `principals(kind, agency)`: the officials entitled to sign that kind for a case of `agency`: the
  active signatories of the kind's signer role (PPID Utama, Atasan PPID: Pemkab-wide; PPID Pembantu:
  of the agency or the nearest unit above it).
- `authority_for(kind, agency, user, on)`: how `user` may sign it on a date: as one of the principals,
  or as their delegate (Plh./Plt./a.n.) within the delegation's period. None when not at all.
- `letterhead_for(agency)`: the unit's kop, else the nearest unit above it with one, else the Pemkab's.
"""

import datetime as dt
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from pintu.accounts.roles import Role
from pintu.agencies.models import Agency
from pintu.letters.kinds import get_kind
from pintu.letters.models import Delegation, KindSetting, Letterhead, NumberingScheme, Signatory


@dataclass(frozen=True)
class Authority:
    signatory: Signatory  # whose name and NIP are printed, and whose certificate signs
    principal: Signatory  # whose office the letter is signed for
    form: str = ""  # "", "Plh.", "Plt.", "a.n."

    @property
    def post_lines(self) -> list[str]:
        if not self.form:
            return [self.principal.post]
        if self.form == "a.n.":
            return [f"a.n. {self.principal.post}", self.signatory.post]
        return [f"{self.form} {self.principal.post}"]

    @property
    def post_text(self) -> str:
        return ", ".join(self.post_lines)


def default_scheme(kind_key: str) -> NumberingScheme:
    kind = get_kind(kind_key)
    scheme, _created = NumberingScheme.objects.get_or_create(
        name=f"{kind.label} (bawaan)", defaults={"classification_code": kind.default_classification}
    )
    return scheme


def kind_setting(kind_key: str) -> KindSetting:
    kind = get_kind(kind_key)
    setting = KindSetting.objects.select_related("numbering").filter(kind=kind_key).first()
    if setting is not None:
        return setting
    try:
        with transaction.atomic():
            return KindSetting.objects.create(
                kind=kind_key,
                numbering=default_scheme(kind_key),
                signer_role=kind.default_signer_role,
                sifat=kind.default_sifat,
            )
    except IntegrityError:  # created concurrently
        return KindSetting.objects.select_related("numbering").get(kind=kind_key)


def _lineage(agency: Agency) -> list[Agency]:
    """The agency and the units above it, nearest first."""
    chain, seen = [], set()
    while agency is not None and agency.pk not in seen:
        chain.append(agency)
        seen.add(agency.pk)
        agency = agency.parent
    return chain


def principals(kind_key: str, agency: Agency) -> list[Signatory]:
    role = kind_setting(kind_key).signer_role
    active = Signatory.objects.filter(role=role, active=True).select_related("agency", "user").order_by("pk")
    if role != Role.PPID_PEMBANTU:
        return list(active)
    for unit in _lineage(agency):
        found = [signatory for signatory in active if signatory.agency_id == unit.pk]
        if found:
            return found
    return []


def authority_for(kind_key: str, agency: Agency, user, on: dt.date) -> Authority | None:
    if user is None or not getattr(user, "is_authenticated", False):
        return None
    entitled = principals(kind_key, agency)
    for principal in entitled:
        if principal.user_id == user.pk:
            return Authority(principal, principal)
    delegations = Delegation.objects.filter(
        principal__in=entitled,
        delegate__user=user,
        delegate__active=True,
        active=True,
        starts_on__lte=on,
        ends_on__gte=on,
    ).select_related("principal", "delegate")
    for delegation in delegations:
        if not delegation.kinds or kind_key in delegation.kinds:
            return Authority(delegation.delegate, delegation.principal, delegation.form)
    return None


def expected_authority(kind_key: str, agency: Agency) -> Authority | None:
    """The principal who would sign (for drafts and previews)."""
    found = principals(kind_key, agency)
    return Authority(found[0], found[0]) if found else None


def letterhead_for(agency: Agency | None) -> Letterhead:
    if agency is not None:
        units = _lineage(agency)
        heads = {head.agency_id: head for head in Letterhead.objects.filter(agency__in=units)}
        for unit in units:
            if unit.pk in heads:
                return heads[unit.pk]
    default = Letterhead.objects.filter(agency__isnull=True).first()
    if default is None:
        raise ValidationError({"letterhead": "Kop surat Pemerintah Daerah belum diatur (Admin > Kop surat)."})
    return default
