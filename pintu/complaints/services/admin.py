"""Use cases of the admin instansi (complaints coordinator): verification queue and dispatch."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.agencies.models import Agency
from pintu.audit.services import audit
from pintu.cases.hooks import FORWARD_REPORT
from pintu.categories.models import Category
from pintu.complaints import notify
from pintu.complaints.identity import contact_for
from pintu.complaints.models import ArchiveKind, Forwarding, Report, ReportKind
from pintu.complaints.public_text import edited_public_text, public_version
from pintu.complaints.services.base import (
    actor_kind,
    apply_transition,
    locked,
    note,
    record_follow_up,
    refresh,
    require_admin,
)
from pintu.complaints.workflow import Action, Actor
from pintu.history.models import Visibility
from pintu.workdays.bounds import in_range, out_of_range_message

INSPEKTORAT_CODE = "INSPEKTORAT"


@transaction.atomic
def verify(report: Report, *, user, public_title: str | None = None, public_text: str | None = None) -> Report:
    """Verify `report`; with `public_title` / `public_text`, publish the admin's reviewed public version."""
    require_admin(user)
    report = locked(report)
    report.verified_at = timezone.now()
    _set_public_text(report, user=user, title=public_title, text=public_text)
    apply_transition(report, Action.VERIFY, actor=Actor.ADMIN, user=user)
    notify.status_changed(report)
    return report


@transaction.atomic
def edit_report(
    report: Report,
    *,
    user,
    title: str | None = None,
    kind: str | None = None,
    category: Category | None = None,
    reason: str = "",
) -> Report:
    """Correct title, type or category (the reporter's text is never edited)."""
    require_admin(user)
    report = locked(report)
    if report.is_closed:
        raise ValidationError(_("Laporan yang sudah ditutup tidak dapat diubah."))
    changes = {}
    if title is not None:
        title = " ".join(title.split())
        if not title or len(title) > 150:
            raise ValidationError({"title": _("Judul wajib diisi, paling banyak 150 karakter.")})
        if title != report.title:
            changes["title"] = [report.title, title]
            report.title = title
            report.public_title = public_version(report)[0]
    if kind is not None and kind != report.kind:
        if kind not in ReportKind.values:
            raise ValidationError({"kind": _("Pilih jenis laporan.")})
        changes["kind"] = [report.kind, kind]
        report.kind = kind
    if category is not None and category.pk != report.category_id:
        changes["category"] = [report.category.code if report.category else None, category.code]
        report.category = category
    if changes:
        note(report, "edited", user=user, actor=Actor.ADMIN, reason=reason, payload=changes)
        refresh(report)
    return report


def _set_public_text(report: Report, *, user, title: str | None, text: str | None) -> None:
    """Store the admin's edited public version (redacted once more); an internal event records the edit."""
    if title is None and text is None:
        return
    title, text = edited_public_text(
        report,
        title=report.public_title if title is None else title,
        text=report.public_text if text is None else text,
    )
    if not title:
        raise ValidationError({"public_title": _("Judul publik wajib diisi.")})
    if len(text) < 10:
        raise ValidationError({"public_text": _("Isi laporan publik paling sedikit 10 karakter.")})
    if (title, text) != (report.public_title, report.public_text):
        note(report, "public_text_edited", user=user, actor=Actor.ADMIN)
        report.public_title, report.public_text = title, text


@transaction.atomic
def set_public_text(report: Report, *, user, title: str, text: str) -> Report:
    """The admin instansi corrects what the public reads of a report (its title and text), at any time."""
    require_admin(user)
    report = locked(report)
    _set_public_text(report, user=user, title=title, text=text)
    refresh(report)
    return report


@transaction.atomic
def set_privacy(report: Report, *, user, anonim: bool, rahasia: bool, reason: str = "") -> Report:
    """Set the two independent flags (anonim: the identity hidden; rahasia: the report hidden from the public)."""
    require_admin(user)
    report = locked(report)
    if report.is_closed:
        raise ValidationError(_("Laporan yang sudah ditutup tidak dapat diubah."))
    before, after = {"anonim": report.anonim, "rahasia": report.rahasia}, {"anonim": anonim, "rahasia": rahasia}
    if before != after:
        note(report, "privacy_changed", user=user, actor=Actor.ADMIN, reason=reason,
             payload={"from": before, "to": after})  # fmt: skip
        report.anonim, report.rahasia = anonim, rahasia
        refresh(report)
    return report


@transaction.atomic
def flag_pengawasan(report: Report, *, user, flagged: bool = True, reason: str = "") -> Report:
    """Mark a report berkadar pengawasan: it is then dispositioned to the Inspektorat (APIP)."""
    require_admin(user)
    report = locked(report)
    if report.berkadar_pengawasan != flagged:
        report.berkadar_pengawasan = flagged
        note(
            report,
            "pengawasan_flagged" if flagged else "pengawasan_unflagged",
            user=user,
            actor=Actor.ADMIN,
            reason=reason,
        )
        refresh(report)
    return report


@transaction.atomic
def hold(report: Report, *, user, reason: str) -> Report:
    require_admin(user)
    report = locked(report)
    apply_transition(report, Action.HOLD, actor=Actor.ADMIN, user=user, reason=reason, visibility=Visibility.REPORTER)
    notify.status_changed(report)
    return report


@transaction.atomic
def resume(report: Report, *, user, reason: str = "") -> Report:
    require_admin(user)
    report = locked(report)
    apply_transition(report, Action.RESUME, actor=Actor.ADMIN, user=user, reason=reason)
    return report


@transaction.atomic
def archive(report: Report, *, user, reason: str, archive_kind: str = ArchiveKind.OTHER) -> Report:
    require_admin(user)
    if archive_kind not in ArchiveKind.values:
        raise ValidationError({"archive_kind": _("Pilih alasan pengarsipan.")})
    report = locked(report)
    report.archive_kind = archive_kind
    report.closed_at = timezone.now()
    apply_transition(
        report,
        Action.ARCHIVE,
        actor=Actor.ADMIN,
        user=user,
        reason=reason,
        visibility=Visibility.REPORTER,
        payload={"archive_kind": archive_kind},
    )
    notify.status_changed(report)
    return report


def _check_inside(agency: Agency) -> None:
    if agency is None or not agency.active:
        raise ValidationError({"agency": _("Pilih instansi tujuan.")})
    if agency.is_outside:
        raise ValidationError(
            {"agency": _("%(name)s berada di luar pemerintah daerah: gunakan pelimpahan.") % {"name": agency}}
        )


@transaction.atomic
def disposition(report: Report, *, user, agency: Agency, note_text: str = "", suggestion=None) -> Report:
    """Send the report to the OPD that must handle it (the Inspektorat if berkadar pengawasan)."""
    require_admin(user)
    _check_inside(agency)
    report = locked(report)
    if report.berkadar_pengawasan and agency.code != INSPEKTORAT_CODE:
        raise ValidationError({"agency": _("Laporan berkadar pengawasan didisposisikan ke Inspektorat.")})
    now = timezone.now()
    if report.verified_at is None:
        report.verified_at = now
    report.assigned_agency = agency
    report.dispositioned_at = now
    report.first_response_at = None
    payload = {"agency": agency.code}
    if suggestion is not None:
        payload["suggestion"] = suggestion
    apply_transition(report, Action.DISPOSITION, actor=Actor.ADMIN, user=user, agency=agency, payload=payload)
    if note_text.strip():  # the coordinator's note to the OPD is internal; the disposition itself is public
        note(report, "disposition_note", user=user, actor=Actor.ADMIN, reason=note_text.strip())
    notify.assigned(report)
    notify.status_changed(report)
    return report


@transaction.atomic
def forward_out(
    report: Report,
    *,
    user,
    agency: Agency,
    channel: str,
    reference: str = "",
    follow_up_date: datetime.date | None = None,
    reason: str,
) -> Report:
    """Pass the report to an instansi outside the Pemkab ("bukan wewenang"), recording how and when to chase."""
    report = locked(report)
    actor = actor_kind(user, report)
    errors = {}
    if agency is None or not agency.is_outside:
        errors["agency"] = _("Pilih instansi di luar pemerintah daerah.")
    if not (channel or "").strip():
        errors["channel"] = _("Tuliskan saluran pelimpahan (misalnya surat, e-mail, SP4N-LAPOR!).")
    if follow_up_date is None:
        errors["follow_up_date"] = _("Isi tanggal untuk menanyakan tindak lanjutnya.")
    elif follow_up_date < timezone.localdate():
        errors["follow_up_date"] = _("Tanggal tindak lanjut tidak boleh di masa lalu.")
    elif not in_range(follow_up_date):
        errors["follow_up_date"] = out_of_range_message()
    if errors:
        raise ValidationError(errors)
    report.forwarded_to = agency
    report.closed_at = None
    forwarding = Forwarding.objects.create(
        report=report,
        agency=agency,
        channel=channel.strip(),
        reference=reference.strip(),
        follow_up_date=follow_up_date,
        created_by=user,
    )
    apply_transition(
        report,
        Action.FORWARD_OUT,
        actor=actor,
        user=user,
        reason=reason,
        agency=agency,
        payload={
            "agency": agency.code,
            "channel": channel.strip(),
            "reference": reference.strip(),
            "follow_up_date": follow_up_date.isoformat(),
        },
    )
    notify.status_changed(report)
    # pintu.interop listens: it queues the report for the instansi's adapter (e-mail, webhook, SP4N-LAPOR!), if any
    FORWARD_REPORT.announce(forwarding)
    return report


@transaction.atomic
def record_external_answer(
    report: Report, *, user, text: str, visibility: str = Visibility.PUBLIC, source: str = ""
) -> Report:
    """The outside instansi answered: post its answer as the follow-up.

    `source` names a verified machine channel (pintu.interop: a signed callback, the SP4N-LAPOR!
    exchange) that records the answer without a signed-in admin.
    """
    if not source:
        require_admin(user)
    if not (text or "").strip():
        raise ValidationError({"text": _("Tuliskan jawaban instansi tersebut.")})
    report = locked(report)
    now = timezone.now()
    report.forwardings.filter(answered_at__isnull=True).update(answered_at=now)
    record_follow_up(
        report,
        Action.RECORD_EXTERNAL_ANSWER,
        text=text,
        now=now,
        actor=Actor.ADMIN,
        user=user,
        visibility=visibility,
        agency=report.forwarded_to,
        payload={"external": True, **({"source": source} if source else {})},
    )
    notify.follow_up(report)
    return report


@transaction.atomic
def admin_close(report: Report, *, user, reason: str) -> Report:
    require_admin(user)
    report = locked(report)
    report.closed_at = timezone.now()
    apply_transition(report, Action.CLOSE, actor=Actor.ADMIN, user=user, reason=reason)
    notify.status_changed(report)
    return report


@transaction.atomic
def reveal_identity(report: Report, *, user, reason: str, http_request=None):
    """The admin instansi looks behind an anonim report; always logged, with the address and user agent
    of `http_request` (docs/security.md). Returns the contact."""
    require_admin(user)
    if not (reason or "").strip():
        raise ValidationError({"reason": _("Tuliskan alasan membuka identitas pelapor.")})
    event = note(report, "identity_revealed", user=user, actor=Actor.ADMIN, reason=reason.strip())
    audit("identity.reveal", actor=user, target=report, details={"event": event.pk}, request=http_request)
    return contact_for(user, report, revealed=True)
