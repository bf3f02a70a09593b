"""Submitting a report: web form (guest or account), staff entry (walk-in, phone, letter), API, inbound channels.

ONE entry point, `submit_report(draft)`: it validates, stores the report with its contact, files, first event,
audit entry and statistics in one transaction, in the request, and notifies the reporter. ONE draft format:
`ReportDraft.to_payload()` / `ReportDraft.from_payload()` (JSON values, ids for objects), which the wizard keeps
in its session between steps and the API and tests build drafts from. There is no queue: at 100 times the
national peak hour the synchronous path answers in tens of milliseconds (docs/performance.md, "One intake path").
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.agencies.models import Area, AreaLevel
from pintu.cases.drafts import ContactDraft
from pintu.cases.intake import bilingual, check_email, check_notify_channels, check_phone, new_case_fields, submit_once
from pintu.categories.models import Category
from pintu.complaints import notify
from pintu.complaints.models import Attachment, Channel, Privacy, Report, ReporterContact, ReportKind, privacy_flags
from pintu.complaints.phone_consent import record_consent
from pintu.complaints.public_text import set_public_text
from pintu.complaints.services.base import new_code, refresh
from pintu.complaints.workflow import Status
from pintu.files.validation import CleanFile
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.privacy.crypto import blind_index
from pintu.privacy.nik import InvalidNik, validate_nik
from pintu.textnorm.untrusted import clean_text

MAX_ATTACHMENTS = 5
TITLE_MAX = 150
TEXT_MIN, TEXT_MAX = 10, 10_000
# Indonesia's extent, generously: a typed point outside it is a typo.
LAT_RANGE, LON_RANGE = (Decimal("-11.5"), Decimal("6.5")), (Decimal("94.5"), Decimal("141.5"))


#: What a payload carries, in this order: every field of a draft but its files (uploads are never serialised).
PAYLOAD_FIELDS = (
    "title", "text", "kind", "category", "kecamatan", "desa", "latitude", "longitude", "incident_date", "anonim",
    "rahasia", "channel", "name", "email", "phone", "nik", "consent", "notify_channels", "idempotency_key",
    "reporter_user", "created_by", "language",
)  # fmt: skip
_OBJECTS = {"category": "categories", "kecamatan": "areas", "desa": "areas", "reporter_user": "users",
            "created_by": "users"}  # fmt: skip


@dataclass
class ReportDraft(ContactDraft):
    title: str
    text: str
    kecamatan: Area | None
    kind: str = ReportKind.PENGADUAN
    category: Category | None = None
    desa: Area | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    incident_date: datetime.date | None = None
    anonim: bool = False  # the reporter's identity hidden from everyone but the admin instansi
    rahasia: bool = False  # the report hidden from the public
    #: DEPRECATED (issue #15, for one release): the old single choice biasa/anonim/rahasia, mapped to the flags.
    privacy: str = ""
    channel: str = Channel.WEB
    nik: str = ""
    files: list[CleanFile] = field(default_factory=list)
    reporter_user: object | None = None

    def __post_init__(self):
        if self.privacy in Privacy.values:  # an old value: set the flags it stands for (unknown ones are refused)
            anonim, rahasia = privacy_flags(self.privacy)
            self.anonim, self.rahasia, self.privacy = self.anonim or anonim, self.rahasia or rahasia, ""

    def to_payload(self, fields=PAYLOAD_FIELDS) -> dict:
        """The draft (or the named fields of it) as JSON values: ids for objects, strings for decimals, ISO
        dates. What the wizard keeps in the session; `from_payload` reads it back."""
        payload = {}
        for name in fields:
            value = getattr(self, name)
            if name in _OBJECTS:
                value = getattr(value, "pk", None) if value is not None else None
            elif isinstance(value, Decimal):
                value = str(value)
            elif isinstance(value, datetime.date):
                value = value.isoformat()
            elif isinstance(value, tuple):
                value = list(value)
            payload[name] = value
        return payload

    @classmethod
    def from_payload(cls, data: dict, *, areas=None, categories=None, users=None, **extra) -> "ReportDraft":
        """The draft of `data` (what `to_payload` wrote, whole or in part; values already typed, as a
        serializer's cleaned data has them, are taken as they are). A missing field keeps its default.
        Objects are looked up by id in `areas`, `categories` and `users` (querysets: what the caller may
        choose; by default every row); an id that is not there becomes None, which `validate_draft` refuses
        or the caller reports. `extra` sets fields directly (files, the acting user, the channel)."""
        sources = {"areas": Area.objects.all() if areas is None else areas,
                   "categories": Category.objects.all() if categories is None else categories,
                   "users": get_user_model().objects.all() if users is None else users}  # fmt: skip
        fields = {"kecamatan": None}
        for name in PAYLOAD_FIELDS:
            if name not in data or name in extra:
                continue
            value = data[name]
            if name in _OBJECTS:
                value = _lookup(sources[_OBJECTS[name]], value)
            elif name in ("latitude", "longitude"):
                value = Decimal(str(value)) if value not in (None, "") else None
            elif name == "incident_date" and isinstance(value, str):
                value = datetime.date.fromisoformat(value) if value else None
            elif name == "notify_channels":
                value = tuple(value or ())
            elif name in ("anonim", "rahasia"):
                value = value is True
            fields[name] = value
        if data.get("privacy") and "privacy" not in extra:  # DEPRECATED old single choice (mapped to the flags)
            fields["privacy"] = data["privacy"]
        return cls(**{"title": "", "text": "", **fields, **extra})


def _lookup(queryset, pk):
    """The row `pk` of `queryset`; None for no id, an id that is not there, or anything that is not an id."""
    if not isinstance(pk, int) or isinstance(pk, bool) or not 0 < pk < 2**31:
        return None
    return queryset.filter(pk=pk).first()


@dataclass(frozen=True)
class Submitted:
    report: Report
    secret: str | None  # None when a retried submission returned the existing report
    created: bool


# `Enum.values` builds a new list on every call (about 2% of an API submission's CPU, three calls)
KINDS, CHANNELS = frozenset(ReportKind.values), frozenset(Channel.values)


def _finite(*numbers) -> bool:
    return all(Decimal(n).is_finite() for n in numbers)


def validate_draft(draft: ReportDraft) -> dict:
    """Normalise the draft in place; raise ValidationError({field: message}) listing every problem."""
    errors: dict[str, str] = {}
    draft.title = " ".join(clean_text(draft.title).split())  # no control or bidi-override characters
    draft.text = clean_text(draft.text, multiline=True).strip()
    if not draft.title:
        errors["title"] = _("Tuliskan judul laporan.")
    elif len(draft.title) > TITLE_MAX:
        errors["title"] = _("Judul paling banyak %(n)s karakter.") % {"n": TITLE_MAX}
    if len(draft.text) < TEXT_MIN:
        errors["text"] = _("Ceritakan masalahnya, paling sedikit %(n)s karakter.") % {"n": TEXT_MIN}
    elif len(draft.text) > TEXT_MAX:
        errors["text"] = _("Isi laporan paling banyak %(n)s karakter.") % {"n": TEXT_MAX}
    if draft.kind not in KINDS:
        errors["kind"] = _("Pilih jenis laporan.")
    if draft.category is not None and not draft.category.active:
        errors["category"] = _("Kategori ini tidak lagi dipakai. Pilih kategori lain.")
    if draft.kecamatan is None or draft.kecamatan.level != AreaLevel.KECAMATAN or not draft.kecamatan.active:
        errors["kecamatan"] = _("Pilih kecamatan tempat masalah terjadi.")
    elif draft.desa is not None and (draft.desa.parent_id != draft.kecamatan.pk or not draft.desa.active):
        errors["desa"] = _("Desa/kelurahan itu tidak ada di kecamatan yang dipilih.")
    if (draft.latitude is None) != (draft.longitude is None):
        errors["latitude"] = _("Isi lintang dan bujur bersama-sama, atau kosongkan keduanya.")
    elif draft.latitude is not None and not (
        _finite(draft.latitude, draft.longitude)  # NaN cannot even be compared
        and LAT_RANGE[0] <= draft.latitude <= LAT_RANGE[1]
        and LON_RANGE[0] <= draft.longitude <= LON_RANGE[1]
    ):
        errors["latitude"] = _("Titik lokasi berada di luar Indonesia. Periksa lintang dan bujur.")
    if draft.incident_date and draft.incident_date > timezone.localdate():
        errors["incident_date"] = _("Tanggal kejadian tidak boleh di masa depan.")
    elif draft.incident_date and draft.incident_date < datetime.date(2000, 1, 1):
        errors["incident_date"] = _("Tanggal kejadian terlalu lama. Periksa tahunnya.")
    if draft.privacy:  # an old privacy value that is none of biasa, anonim, rahasia
        errors["privacy"] = _("Pilih kerahasiaan laporan.")
    if draft.channel not in CHANNELS:
        errors["channel"] = _("Saluran tidak dikenal.")
    draft.name = " ".join(clean_text(draft.name).split())[:150]
    if not draft.anonim and not draft.name and draft.reporter_user is None:
        errors["name"] = _("Tuliskan nama Anda, atau pilih laporan anonim.")
    if draft.email:
        check_email(draft, errors, draft.email)
    check_phone(draft, errors)
    if draft.nik:
        try:
            draft.nik = validate_nik(draft.nik).nik
        except InvalidNik as exc:
            errors["nik"] = bilingual(exc)
    check_notify_channels(draft, errors)
    if len(draft.files) > MAX_ATTACHMENTS:
        errors["files"] = _("Paling banyak %(n)s lampiran.") % {"n": MAX_ATTACHMENTS}
    if errors:
        raise ValidationError(errors)
    return errors


def existing_for_key(key: str) -> Report | None:
    return Report.objects.filter(idempotency_key=key).first() if key else None


def submit_report(draft: ReportDraft) -> Submitted:
    """Validate and store a new report with its contact, files and first event; notify the reporter.

    A retried submission with the same idempotency key returns the first report, never a twin; the same key
    with other content raises IdempotencyConflict (a ValidationError).
    """
    return Submitted(*submit_once(draft, existing_for_key, validate_draft, _create))


def _create(draft: ReportDraft, secret: str, fingerprint: str = "") -> Report:
    now = timezone.now()
    user = draft.reporter_user
    report = Report(
        code=new_code(),
        **new_case_fields(draft, secret, fingerprint),
        kind=draft.kind,
        title=draft.title,
        text=draft.text,
        category=draft.category,
        kecamatan=draft.kecamatan,
        desa=draft.desa,
        latitude=draft.latitude,
        longitude=draft.longitude,
        incident_date=draft.incident_date,
        anonim=draft.anonim,
        rahasia=draft.rahasia,
        status=Status.DITERIMA,
        status_changed_at=now,
        submitted_at=now,
        reporter_user=user,
    )
    set_public_text(report, name=draft.name or (user.get_full_name() if user else ""))
    report.save()
    contact = ReporterContact.objects.create(
        report=report,
        name=draft.name or (user.get_full_name() if user else ""),
        email=draft.email or (getattr(user, "email", "") or ""),
        phone=draft.phone,
        nik=draft.nik,
        nik_index=blind_index(draft.nik) if draft.nik else "",
        consent_at=now,  # since issue #18: when the privacy notice was given (no consent is asked)
    )
    record_consent(contact, draft.notify_channels, via=draft.channel, actor=draft.created_by or user)
    visibility = Visibility.REPORTER if draft.rahasia else Visibility.PUBLIC
    event = record_event(
        report,
        "submitted",
        actor=draft.created_by or user,
        actor_role="staff" if draft.created_by else "reporter",
        visibility=visibility,
        status_to=Status.DITERIMA,
        payload={"channel": draft.channel},
        at=now,
    )
    save_attachments(report, draft.files, event=event, by_reporter=draft.created_by is None)
    refresh(report)
    notify.submitted(report, secret)
    return report


def save_attachments(
    report: Report,
    files: list[CleanFile],
    *,
    event=None,
    by_reporter: bool = True,
    visibility: str = Visibility.REPORTER,
) -> list[Attachment]:
    saved = []
    for clean in files:
        attachment = Attachment(
            report=report,
            event=event,
            original_name=clean.original_name,
            content_type=clean.content_type,
            size=clean.size,
            sha256=clean.sha256,
            visibility=visibility,
            uploaded_by_reporter=by_reporter,
        )
        attachment.file.save(
            f"{report.code}-{clean.sha256[:12]}{clean.extension}", ContentFile(clean.content), save=False
        )
        attachment.save()
        saved.append(attachment)
    return saved
