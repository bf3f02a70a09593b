"""Use cases of the DIP register: draft, edit, publish, withdraw, refresh a berkala item.

Each service checks permission (PermissionDenied), validates (ValidationError with Indonesian
messages per field), writes in one transaction and appends a history event. Publishing and
withdrawing move the status through the table (registers.workflow.DIP, pintu.cases.transitions).
"""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.cases.transitions import Lifecycle
from pintu.ppid.permissions import actor_of, require_utama
from pintu.ppid.registers import workflow as wf
from pintu.ppid.registers.clocks import berkala_due_date
from pintu.ppid.registers.models import DipCategory, DipItem, DipStatus, FormKind
from pintu.ppid.registers.permissions import require_keeper
from pintu.ppid.registers.search import document_text
from pintu.ppid.registers.services.steps import end_with_reason, locked, move, record, require_utama_step, save_changes

#: What a serta-merta announcement must state (DOMAIN.md section 5), before it is published.
SERTA_MERTA_FIELDS = ("hazard", "affected", "evacuation", "avoid_harm", "get_help")
#: The fields an officer fills in (the statutory columns, category, section, link; a serta-merta announcement's).
DIP_FIELDS = (
    "number", "category", "section", "title", "summary", "holder", "responsible", "made_when_where",
    "form_kind", "form_note", "retention", "link", *SERTA_MERTA_FIELDS, "in_force_until",
)  # fmt: skip
TEXT_LIMITS = {"section": 255, "title": 300, "holder": 255, "responsible": 255, "made_when_where": 255,
               "form_note": 255, "retention": 255, "link": 500}  # fmt: skip
#: Statutory columns that must be filled before an item is published.
REQUIRED_TO_PUBLISH = ("summary", "holder", "responsible", "made_when_where", "retention")


def clean_dip_fields(values: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Validated, stripped values of DIP_FIELDS, or ValidationError {field: [messages]}.

    `partial`: only the keys given are checked (an edit). Also used row by row by the importer.
    """
    unknown = set(values) - set(DIP_FIELDS)
    if unknown:
        raise TypeError(f"unknown DIP fields: {sorted(unknown)}")
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, Any] = {}
    for name in DIP_FIELDS:
        if partial and name not in values:
            continue
        value = values.get(name)
        if name == "number":
            cleaned[name] = _clean_number(value, errors)
            continue
        if name == "in_force_until":
            cleaned[name] = _clean_date(value, name, errors)
            continue
        text = "" if value is None else str(value).strip()
        limit = TEXT_LIMITS.get(name)
        if limit and len(text) > limit:
            errors.setdefault(name, []).append(_("Paling banyak %(n)d karakter.") % {"n": limit})
        cleaned[name] = text
    if "title" in cleaned and not cleaned["title"]:
        errors.setdefault("title", []).append(_("Judul informasi wajib diisi."))
    if "category" in cleaned and cleaned["category"] not in DipCategory.values:
        errors.setdefault("category", []).append(_("Pilih kategori: berkala, serta merta, atau setiap saat."))
    if cleaned.get("form_kind") and cleaned["form_kind"] not in FormKind.values:
        errors.setdefault("form_kind", []).append(_("Bentuk informasi tidak dikenal."))
    if cleaned.get("link"):
        try:
            URLValidator(schemes=["http", "https"])(cleaned["link"])
        except ValidationError:
            errors.setdefault("link", []).append(_("Tautan harus alamat web lengkap, diawali https:// atau http://."))
    if errors:
        raise ValidationError(errors)
    return cleaned


def _clean_number(value, errors) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = 0
    if number < 1:
        errors.setdefault("number", []).append(_("Nomor harus bilangan bulat positif."))
        return None
    return number


def _clean_date(value, name: str, errors) -> datetime.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        errors.setdefault(name, []).append(_("Tanggal tidak dikenali; tulis sebagai TTTT-BB-HH."))
        return None


def next_number(agency) -> int:
    return (DipItem.objects.filter(agency=agency).aggregate(n=Max("number"))["n"] or 0) + 1


def _refresh_derived(item: DipItem) -> None:
    item.search_text = document_text(item)
    if item.category == DipCategory.BERKALA and item.status == DipStatus.PUBLISHED and item.last_published_date:
        item.next_due_date = berkala_due_date(item.last_published_date)
    elif not (item.category == DipCategory.BERKALA and item.status == DipStatus.DRAFT):
        item.next_due_date = None  # a berkala draft keeps the date it is due (registers.berkala checklist)


def _refreshed(item: DipItem) -> None:
    _refresh_derived(item)
    item.save()


#: How a DIP item changes status (pintu.cases.transitions): the table, then the derived columns and save.
LIFECYCLE = Lifecycle("dip_item", wf.DIP, refresh=_refreshed)


@transaction.atomic
def draft_dip_item(user, agency, **fields) -> DipItem:
    """A new draft in `agency`'s register (PPID Pembantu of that agency, or the PPID Utama)."""
    require_keeper(user, agency)
    cleaned = clean_dip_fields({name: fields.get(name) for name in DIP_FIELDS} | fields)
    if cleaned["number"] is None:
        cleaned["number"] = next_number(agency)
    item = DipItem(agency=agency, drafted_by=actor_of(user), drafted_at=timezone.now(), **cleaned)
    _refresh_derived(item)
    item.save()
    record(item, "drafted", user)
    return item


@transaction.atomic
def update_dip_item(user, item: DipItem, **fields) -> DipItem:
    """Edit the fields given. A published item only the PPID Utama edits (it is already public)."""
    item = locked(item)
    require_keeper(user, item.agency)
    if item.status not in wf.DIP_EDITABLE_BY_AGENCY:
        require_utama(user, _("Informasi yang sudah diumumkan hanya dapat diubah oleh PPID Utama."))
    cleaned = clean_dip_fields(fields, partial=True)
    if "number" in cleaned and cleaned["number"] is None:
        cleaned["number"] = item.number
    changed = save_changes(item, cleaned, derive=_refresh_derived)
    if changed:
        record(item, "updated", user, payload={"fields": changed})
    return item


def missing_for_publication(item: DipItem) -> list[str]:
    required = REQUIRED_TO_PUBLISH + (SERTA_MERTA_FIELDS if item.category == DipCategory.SERTA_MERTA else ())
    return [name for name in required if not getattr(item, name).strip()] + (
        [] if item.form_kind or item.form_note else ["form_kind"]
    )


@transaction.atomic
def publish_dip_item(user, item: DipItem) -> DipItem:
    """Announce the item (PPID Utama only). A berkala item gets its next refresh date."""
    item = locked(item)
    require_utama_step(user, item, wf.DIP, wf.DipAction.PUBLISH,
                       forbidden=_("Hanya PPID Utama yang dapat mengumumkan informasi dalam DIP."),
                       refused=_("Informasi ini sudah diumumkan."))  # fmt: skip
    missing = missing_for_publication(item)
    if missing:
        labels = ", ".join(str(DipItem._meta.get_field(name).verbose_name) for name in missing)
        raise ValidationError(_("Lengkapi kolom DIP sebelum diumumkan: %(fields)s.") % {"fields": labels})
    now = timezone.now()
    item.published_by, item.published_at = actor_of(user), now
    item.last_published_date = timezone.localdate(now)
    move(LIFECYCLE, item, wf.DipAction.PUBLISH, user, kind="published")
    return item


@transaction.atomic
def withdraw_dip_item(user, item: DipItem, reason: str) -> DipItem:
    """Take a published item off the public DIP (PPID Utama only, with a reason)."""
    return end_with_reason(LIFECYCLE, wf.DIP, item, wf.DipAction.WITHDRAW, user, reason, kind="withdrawn",
                           stamp=("withdrawn_at", "withdraw_reason"),
                           forbidden=_("Hanya PPID Utama yang dapat menarik informasi dari DIP."),
                           refused=_("Hanya informasi yang sedang diumumkan yang dapat ditarik."),
                           missing=_("Tuliskan alasan penarikan."))  # fmt: skip


@transaction.atomic
def refresh_berkala(user, item: DipItem, day: datetime.date | None = None) -> DipItem:
    """Record that a published berkala item's content was refreshed on `day` (default today)."""
    item = locked(item)
    require_keeper(user, item.agency)
    if item.category != DipCategory.BERKALA or item.status != DipStatus.PUBLISHED:
        raise ValidationError(_("Hanya informasi berkala yang sedang diumumkan yang dicatat pembaruannya."))
    today = timezone.localdate()
    day = day or today
    errors = []
    if day > today:
        errors.append(_("Tanggal pembaruan tidak boleh di masa depan."))
    if item.last_published_date and day < item.last_published_date:
        errors.append(_("Tanggal pembaruan tidak boleh sebelum pembaruan terakhir (%(date)s).")
                      % {"date": item.last_published_date.strftime("%d-%m-%Y")})  # fmt: skip
    if errors:
        raise ValidationError({"date": errors})
    previous = item.last_published_date
    item.last_published_date = day
    _refresh_derived(item)
    item.save()
    record(item, "refreshed", user, payload={"from": previous.isoformat() if previous else None,
                                              "to": day.isoformat()})  # fmt: skip
    return item
