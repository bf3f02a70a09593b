"""Use cases of the DIK register: draft an exemption with its consequence test, put it in force, lift it.

An exemption is lawful only on a letter of UU 14/2008 art. 17, after a consequence test, and for a
stated period: every item needs the consequence and the public-interest balance, and an end date
after today. When the end date passes, sweeps.dik_expiry sets it to "review".
"""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pintu.cases.transitions import Lifecycle, apply_transition
from pintu.ppid import domain
from pintu.ppid.exemptions import Article17
from pintu.ppid.permissions import actor_of
from pintu.ppid.registers import workflow as wf
from pintu.ppid.registers.models import DikItem
from pintu.ppid.registers.permissions import require_keeper
from pintu.ppid.registers.services.steps import end_with_reason, locked, move, record, require_utama_step, save_changes
from pintu.workdays.bounds import in_range, out_of_range_message

DIK_FIELDS = ("information", "document", "legal_basis", "other_law", "consequence", "public_interest", "exempt_until")
REQUIRED = {
    "information": gettext_lazy("Sebutkan informasi yang dikecualikan."),
    "document": gettext_lazy("Sebutkan dokumen yang memuat informasi ini."),
    "legal_basis": gettext_lazy("Pilih dasar hukum pada Pasal 17 UU 14/2008."),
    "consequence": gettext_lazy("Uraikan konsekuensi bila informasi dibuka (uji konsekuensi)."),
    "public_interest": gettext_lazy("Uraikan pertimbangan kepentingan publik."),
}


def clean_dik_fields(values: dict[str, Any], *, today: datetime.date) -> dict[str, Any]:
    unknown = set(values) - set(DIK_FIELDS)
    if unknown:
        raise TypeError(f"unknown DIK fields: {sorted(unknown)}")
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, Any] = {}
    for name in DIK_FIELDS:
        value = values.get(name)
        cleaned[name] = value if name == "exempt_until" else ("" if value is None else str(value).strip())
    for name, message in REQUIRED.items():
        if not cleaned[name]:
            errors.setdefault(name, []).append(str(message))
    if cleaned["legal_basis"] and cleaned["legal_basis"] not in Article17.values:
        errors.setdefault("legal_basis", []).append(_("Dasar hukum harus salah satu huruf a sampai j Pasal 17."))
    if cleaned["legal_basis"] == Article17.J and not cleaned["other_law"]:
        errors.setdefault("other_law", []).append(_("Sebutkan undang-undang yang mengecualikan informasi ini."))
    for name, limit in (("document", 300), ("other_law", 300)):
        if len(cleaned[name]) > limit:
            errors.setdefault(name, []).append(_("Paling banyak %(n)d karakter.") % {"n": limit})
    until = cleaned["exempt_until"]
    if not isinstance(until, datetime.date):
        errors.setdefault("exempt_until", []).append(_("Tentukan sampai kapan informasi dikecualikan."))
    elif until <= today:
        errors.setdefault("exempt_until", []).append(_("Tanggal berakhirnya pengecualian harus sesudah hari ini."))
    elif not in_range(until):
        errors.setdefault("exempt_until", []).append(out_of_range_message())
    if errors:
        raise ValidationError(errors)
    return cleaned


#: How an exemption changes status (pintu.cases.transitions): the table, then save.
LIFECYCLE = Lifecycle("dik_item", wf.DIK, refresh=lambda item: item.save())


def require_may_decide(user, item: DikItem) -> None:
    """Putting an exemption in force (by its letter, or seeded): the PPID Utama, from a status that allows it."""
    require_utama_step(user, item, wf.DIK, wf.DikAction.DECIDE,
                       forbidden=_("Hanya PPID Utama yang dapat menetapkan informasi yang dikecualikan."),
                       refused=_("Pengecualian ini tidak dapat ditetapkan dari status sekarang."))  # fmt: skip


@transaction.atomic
def draft_dik_item(user, agency, **fields) -> DikItem:
    require_keeper(user, agency)
    cleaned = clean_dik_fields(fields, today=timezone.localdate())
    item = DikItem.objects.create(agency=agency, drafted_by=actor_of(user), drafted_at=timezone.now(), **cleaned)
    record(item, "drafted", user)
    return item


@transaction.atomic
def update_dik_item(user, item: DikItem, **fields) -> DikItem:
    """Edit a draft, or an expired exemption under review (e.g. a new end date before deciding again)."""
    item = locked(item)
    require_keeper(user, item.agency)
    if item.status not in wf.DIK_EDITABLE:
        raise ValidationError(_("Pengecualian yang berlaku tidak dapat diubah; cabut lalu buat yang baru."))
    current = {name: getattr(item, name) for name in DIK_FIELDS}
    changed = save_changes(item, clean_dik_fields(current | fields, today=timezone.localdate()))
    if changed:
        record(item, "updated", user, payload={"fields": changed})
    return item


@transaction.atomic
def seed_in_force(user, item: DikItem, decided_by: str, decided_at: datetime.date | None = None) -> DikItem:
    """Put the exemption in force WITHOUT a determination letter: for seeding data only (tests that need an
    entry in force but no signing certificates, imports of a register kept on paper). No page or API calls
    it: the PPID process puts an entry in force through its signed determination letter
    (registers.services.determination: draft_determination, sign_determination)."""
    item = locked(item)
    require_may_decide(user, item)
    today = timezone.localdate()
    decided_at = decided_at or today
    decided_by = (decided_by or "").strip()
    errors: dict[str, list[str]] = {}
    if not decided_by:
        errors["decided_by"] = [_("Tuliskan nama dan jabatan pejabat yang menetapkan.")]
    elif len(decided_by) > 200:
        errors["decided_by"] = [_("Paling banyak %(n)d karakter.") % {"n": 200}]
    if decided_at > today:
        errors["decided_at"] = [_("Tanggal penetapan tidak boleh di masa depan.")]
    elif not in_range(decided_at):
        errors["decided_at"] = [out_of_range_message()]
    if item.exempt_until <= today:
        errors["exempt_until"] = [_("Masa pengecualian sudah berakhir; ubah tanggal berakhirnya dulu.")]
    if errors:
        raise ValidationError(errors)
    item.decided_by, item.decided_at = decided_by, decided_at
    move(LIFECYCLE, item, wf.DikAction.DECIDE, user, kind="decided")
    return item


@transaction.atomic
def lift_dik_item(user, item: DikItem, reason: str) -> DikItem:
    """End the exemption before its end date or after review (PPID Utama); the information is open again."""
    return end_with_reason(LIFECYCLE, wf.DIK, item, wf.DikAction.LIFT, user, reason, kind="lifted",
                           stamp=("lifted_at", "lift_reason"),
                           forbidden=_("Hanya PPID Utama yang dapat mencabut pengecualian."),
                           refused=_("Pengecualian ini sudah dicabut."),
                           missing=_("Tuliskan alasan pencabutan."))  # fmt: skip


@transaction.atomic
def mark_for_review(item: DikItem, today: datetime.date) -> DikItem | None:
    """The sweep's step: an exemption in force whose end date passed goes to review (None if not due)."""
    item = locked(item)
    if wf.target_of(wf.DIK, wf.DikAction.EXPIRE, item.status) is None:
        return None
    if not domain.exemption_expired(item.exempt_until, today):
        return None
    apply_transition(LIFECYCLE, item, wf.DikAction.EXPIRE, actor=wf.Actor.SYSTEM, kind="expired", agency=item.agency,
                     payload={"exempt_until": item.exempt_until.isoformat()})  # fmt: skip
    return item
