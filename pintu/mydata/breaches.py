"""Use cases of the breach register (UU 27/2022 Pasal 46), for the system admin.

Record a breach, correct it, record when and how the data subjects, the authority and (where needed)
the public were told, close it, and draft the written notice as an official letter
(`pemberitahuan_kegagalan_pdp`, pintu.letters). Each is one transaction that appends an event to the
breach's history (case type "pdp_breach"), and every event is an entry in the audit chain
(`event.breach_recorded`, `event.subjects_notified`, ...). Signing the letter is the letters app's
`approve_and_sign`, by whoever signs that kind for the controller's unit.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.letters import services as letters
from pintu.letters.models import Letter
from pintu.letters.selectors import letters_of_case
from pintu.mydata.models import Breach, PrivacySettings

LETTER_KIND = "pemberitahuan_kegagalan_pdp"
EDITABLE = ("title", "discovered_at", "occurred_at", "description", "data_affected", "subjects_affected",
            "subjects_count", "measures", "public_notice_needed")  # fmt: skip
NOTICES = {
    "subjects": ("subjects_notified_at", "subjects_notified_how", "subjects_notified"),
    "authority": ("authority_notified_at", "authority_notified_how", "authority_notified"),
    "public": ("public_notified_at", "public_notified_how", "public_notified"),
}
#: Who may read the register: the system admin keeps it; the PPID Utama signs the notice letters by default.
READERS = (Role.SYSTEM_ADMIN, Role.PPID_UTAMA)


def may_manage(user) -> bool:
    return bool(user and user.is_authenticated and scope_of(user).has(Role.SYSTEM_ADMIN))


def may_read(user) -> bool:
    return bool(user and user.is_authenticated and scope_of(user).has(*READERS))


def breaches_visible_to(user) -> QuerySet[Breach]:
    return Breach.objects.all() if may_read(user) else Breach.objects.none()


def _require_manager(user) -> None:
    if not may_manage(user):
        raise PermissionDenied(_("Hanya admin sistem yang mengelola register kegagalan pelindungan data pribadi."))


def _check(breach: Breach) -> None:
    errors = {}
    now = timezone.now()
    if breach.discovered_at and breach.discovered_at > now + datetime.timedelta(minutes=5):
        errors["discovered_at"] = _("Waktu diketahui tidak boleh di masa depan.")
    if breach.occurred_at and breach.discovered_at and breach.occurred_at > breach.discovered_at:
        errors["occurred_at"] = _("Waktu terjadinya tidak boleh sesudah waktu diketahui.")
    if errors:
        raise ValidationError(errors)
    breach.full_clean(exclude=["number"])


def _next_number(year: int) -> str:
    prefix = f"KPDP/{year}/"
    taken = Breach.objects.filter(number__startswith=prefix).values_list("number", flat=True)
    serial = max((int(number.rsplit("/", 1)[1]) for number in taken), default=0) + 1
    return f"{prefix}{serial:03d}"


def record_breach(*, user, **fields) -> Breach:
    """A new breach in the register; the 3 x 24 hour clock runs from `discovered_at`."""
    _require_manager(user)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValueError(f"cannot set {sorted(unknown)}")
    for attempt in range(3):
        try:
            with transaction.atomic():
                breach = Breach(**fields, recorded_by=user)
                _check(breach)
                breach.number = _next_number(timezone.localdate(breach.discovered_at).year)
                breach.save()
                record_event(breach, "breach_recorded", actor=user, visibility=Visibility.INTERNAL,
                             payload={"due": breach.notify_due.isoformat()})  # fmt: skip
                return breach
        except IntegrityError:  # two admins numbered at once: take the next number
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


@transaction.atomic
def update_breach(breach: Breach, *, user, **fields) -> Breach:
    """Correct or complete what is known; the event names the fields changed (never their content)."""
    _require_manager(user)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    breach = Breach.objects.select_for_update().get(pk=breach.pk)
    changed = sorted(name for name, value in fields.items() if getattr(breach, name) != value)
    if not changed:
        return breach
    for name in changed:
        setattr(breach, name, fields[name])
    _check(breach)
    breach.save()
    record_event(breach, "breach_updated", actor=user, visibility=Visibility.INTERNAL, payload={"fields": changed})
    return breach


@transaction.atomic
def record_notice(breach: Breach, *, user, to: str, at: datetime.datetime, how: str) -> Breach:
    """The data subjects / the authority / the public were told, at `at`, by `how` (letter number, channel)."""
    _require_manager(user)
    if to not in NOTICES:
        raise ValueError(f"unknown recipient {to!r}")
    at_field, how_field, kind = NOTICES[to]
    breach = Breach.objects.select_for_update().get(pk=breach.pk)
    errors = {}
    if at is None:
        errors["at"] = _("Isi kapan pemberitahuan disampaikan.")
    elif at < breach.discovered_at:
        errors["at"] = _("Pemberitahuan tidak mungkin sebelum kegagalan diketahui.")
    elif at > timezone.now() + datetime.timedelta(minutes=5):
        errors["at"] = _("Waktu pemberitahuan tidak boleh di masa depan.")
    if not (how or "").strip():
        errors["how"] = _("Tuliskan cara pemberitahuan, misalnya nomor surat dan saluran pengirimannya.")
    if errors:
        raise ValidationError(errors)
    setattr(breach, at_field, at)
    setattr(breach, how_field, how.strip()[:250])
    breach.save(update_fields=[at_field, how_field, "updated_at"])
    late = at > breach.notify_due
    record_event(breach, kind, actor=user, visibility=Visibility.INTERNAL,
                 payload={"at": at.isoformat(), "late": late})  # fmt: skip
    return breach


@transaction.atomic
def close_breach(breach: Breach, *, user) -> Breach:
    _require_manager(user)
    breach = Breach.objects.select_for_update().get(pk=breach.pk)
    if breach.closed_at is not None:
        raise ValidationError(_("Kegagalan ini sudah ditutup."))
    required = (("subjects_notified_at", _("subjek data")), ("authority_notified_at", _("lembaga")))
    missing = [label for field, label in required if getattr(breach, field) is None]
    if breach.public_notice_needed and breach.public_notified_at is None:
        missing.append(_("masyarakat"))
    if missing:
        raise ValidationError(_("Catat dulu pemberitahuan kepada %(who)s.") % {"who": ", ".join(map(str, missing))})
    breach.closed_at = timezone.now()
    breach.save(update_fields=["closed_at", "updated_at"])
    record_event(breach, "breach_closed", actor=user, visibility=Visibility.INTERNAL)
    return breach


def letter_data(breach: Breach, recipient: str, advice: str = "") -> dict:
    """The plain data of the notice letter, from the register and the controller's settings."""
    contacts = PrivacySettings.load()
    return {
        "recipient": recipient,
        "controller": contacts.controller,
        "register_number": breach.number,
        "discovered_on": timezone.localdate(breach.discovered_at).isoformat(),
        "occurred_on": timezone.localdate(breach.occurred_at).isoformat() if breach.occurred_at else None,
        "what_happened": breach.description,
        "data_affected": breach.data_affected,
        "subjects_affected": breach.subjects_affected,
        "measures": breach.measures,
        "advice": advice,
        "officer_name": contacts.officer_name,
        "officer_post": contacts.officer_post,
        "officer_email": contacts.officer_email,
        "officer_phone": contacts.officer_phone,
    }


def draft_notice_letter(breach: Breach, *, user, recipient: str, addressee: dict, advice: str = "") -> Letter:
    """A draft of the written notice (to the data subjects: "subjek"; to the authority: "lembaga")."""
    _require_manager(user)
    agency = PrivacySettings.load().controller_agency
    if agency is None:
        raise ValidationError(_("Tetapkan dulu perangkat daerah pengelola pada pengaturan pelindungan data "
                                "pribadi: kop dan penomoran surat mengikutinya."))  # fmt: skip
    return letters.draft_letter(
        LETTER_KIND, data=letter_data(breach, recipient, advice), addressee=addressee, agency=agency,
        drafter=user, case=breach, case_reference=breach.number,
    )  # fmt: skip


def notice_letters(breach: Breach) -> QuerySet[Letter]:
    return letters_of_case(breach).order_by("-pk")
