"""Submitting a report: web form (guest or account), staff entry (walk-in, phone, letter), API, inbound channels."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from pintu.agencies.models import Area, AreaLevel
from pintu.cases.tracking import hash_secret, new_secret
from pintu.categories.models import Category
from pintu.complaints import notify
from pintu.complaints.models import Attachment, Channel, Privacy, Report, ReporterContact, ReportKind
from pintu.complaints.services.base import new_code, refresh
from pintu.complaints.workflow import Status
from pintu.files.validation import CleanFile
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.idempotency import create_once, draft_fingerprint, same_submission
from pintu.privacy.contact import InvalidEmail, InvalidPhone, normalize_phone, validate_email_address
from pintu.privacy.crypto import blind_index
from pintu.privacy.nik import InvalidNik, validate_nik
from pintu.textnorm.untrusted import clean_text

MAX_ATTACHMENTS = 5
TITLE_MAX = 150
TEXT_MIN, TEXT_MAX = 10, 10_000
# Indonesia's extent, generously: a typed point outside it is a typo.
LAT_RANGE, LON_RANGE = (Decimal("-11.5"), Decimal("6.5")), (Decimal("94.5"), Decimal("141.5"))


@dataclass
class ReportDraft:
    title: str
    text: str
    kecamatan: Area | None
    kind: str = ReportKind.PENGADUAN
    category: Category | None = None
    desa: Area | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    incident_date: datetime.date | None = None
    privacy: str = Privacy.BIASA
    channel: str = Channel.WEB
    name: str = ""
    email: str = ""
    phone: str = ""
    nik: str = ""
    consent: bool = False  # ignored (issue #18): handling a complaint is a public duty, not consent-based
    files: list[CleanFile] = field(default_factory=list)
    idempotency_key: str = ""
    reporter_user: object | None = None
    created_by: object | None = None
    language: str = ""


@dataclass(frozen=True)
class Submitted:
    report: Report
    secret: str | None  # None when a retried submission returned the existing report
    created: bool


# `Enum.values` builds a new list on every call (about 2% of an API submission's CPU, three calls)
KINDS, PRIVACIES, CHANNELS = frozenset(ReportKind.values), frozenset(Privacy.values), frozenset(Channel.values)


def _bilingual(exc) -> str:
    return exc.message_en if (get_language() or "id").startswith("en") else exc.message_id


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
    if draft.privacy not in PRIVACIES:
        errors["privacy"] = _("Pilih kerahasiaan laporan.")
    if draft.channel not in CHANNELS:
        errors["channel"] = _("Saluran tidak dikenal.")
    draft.name = " ".join(clean_text(draft.name).split())[:150]
    if draft.privacy != Privacy.ANONIM and not draft.name and draft.reporter_user is None:
        errors["name"] = _("Tuliskan nama Anda, atau pilih laporan anonim.")
    if draft.email:
        try:
            draft.email = validate_email_address(draft.email)
        except InvalidEmail as exc:
            errors["email"] = _bilingual(exc)
    if draft.phone:
        try:
            draft.phone = normalize_phone(draft.phone)
        except InvalidPhone as exc:
            errors["phone"] = _bilingual(exc)
    if draft.nik:
        try:
            draft.nik = validate_nik(draft.nik).nik
        except InvalidNik as exc:
            errors["nik"] = _bilingual(exc)
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
    fingerprint = draft_fingerprint(draft)  # before validation normalises the draft, as for every retry
    if existing := existing_for_key(draft.idempotency_key):
        same_submission(existing.idempotency_fingerprint, fingerprint)
        return Submitted(existing, None, False)
    validate_draft(draft)
    secret = new_secret()
    report, created = create_once(
        draft.idempotency_key, existing_for_key, lambda: _create(draft, secret, fingerprint=fingerprint)
    )
    if not created:  # a concurrent twin with the same key was first
        same_submission(report.idempotency_fingerprint, fingerprint)
    return Submitted(report, secret if created else None, created)


def _create(
    draft: ReportDraft,
    secret: str,
    *,
    code: str | None = None,
    secret_hash: str | None = None,
    idempotency_key: str | None = None,
    fingerprint: str = "",
    at: datetime.datetime | None = None,
) -> Report:
    """Store the report; the keyword arguments carry what an accepted submission reserved (accept.py)."""
    now = at or timezone.now()
    user = draft.reporter_user
    report = Report(
        code=code or new_code(),
        secret_hash=secret_hash or hash_secret(secret),
        idempotency_key=idempotency_key or draft.idempotency_key or None,
        idempotency_fingerprint=fingerprint if (idempotency_key or draft.idempotency_key) else "",
        kind=draft.kind,
        title=draft.title,
        text=draft.text,
        category=draft.category,
        kecamatan=draft.kecamatan,
        desa=draft.desa,
        latitude=draft.latitude,
        longitude=draft.longitude,
        incident_date=draft.incident_date,
        privacy=draft.privacy,
        channel=draft.channel,
        language=draft.language or (get_language() or "id")[:2],
        status=Status.DITERIMA,
        status_changed_at=now,
        submitted_at=now,
        reporter_user=user,
        created_by=draft.created_by,
    )
    report.save()
    ReporterContact.objects.create(
        report=report,
        name=draft.name or (user.get_full_name() if user else ""),
        email=draft.email or (getattr(user, "email", "") or ""),
        phone=draft.phone,
        nik=draft.nik,
        nik_index=blind_index(draft.nik) if draft.nik else "",
        consent_at=now,  # since issue #18: when the privacy notice was given (no consent is asked)
    )
    visibility = Visibility.REPORTER if draft.privacy == Privacy.RAHASIA else Visibility.PUBLIC
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
