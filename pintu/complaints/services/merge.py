"""Merge duplicates into a master report, and split one report about several problems into children."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.agencies.models import Agency
from pintu.complaints import notify
from pintu.complaints.models import ArchiveKind, Attachment, Follower, Report, ReporterContact
from pintu.complaints.services.admin import _check_inside, disposition
from pintu.complaints.services.base import apply_transition, locked, new_code, note, require_admin
from pintu.complaints.workflow import Action, Actor, Status
from pintu.history.models import Visibility
from pintu.textnorm.redaction import redact


@transaction.atomic
def merge(duplicate: Report, *, into: Report, user, reason: str = "") -> Report:
    """Archive `duplicate` as a duplicate of `into`; its reporter (and followers) now follow the master."""
    require_admin(user)
    if duplicate.pk == into.pk:
        raise ValidationError(_("Laporan tidak dapat digabungkan dengan dirinya sendiri."))
    if into.master_id:
        into = into.master
    if into.is_closed:
        raise ValidationError(_("Laporan induk sudah ditutup; pilih laporan induk yang masih terbuka."))
    duplicate = locked(duplicate)
    duplicate.master = into
    duplicate.archive_kind = ArchiveKind.DUPLICATE
    duplicate.closed_at = timezone.now()
    reason = reason.strip() or _("Duplikat dari %(code)s") % {"code": into.code}
    apply_transition(
        duplicate,
        Action.ARCHIVE,
        actor=Actor.ADMIN,
        user=user,
        reason=reason,
        visibility=Visibility.REPORTER,
        kind="merged",
        payload={"master": into.code},
    )
    Follower.objects.get_or_create(report=into, from_report=duplicate, defaults={"user": duplicate.reporter_user})
    for follower in Follower.objects.filter(report=duplicate):  # followers of the duplicate move along
        Follower.objects.get_or_create(report=into, from_report=follower.from_report, defaults={"user": follower.user})
    note(into, "duplicate_merged", user=user, actor=Actor.ADMIN, payload={"duplicate": duplicate.code})
    notify.merged(duplicate, into)
    return duplicate


@transaction.atomic
def split(report: Report, *, user, parts: list[tuple[str, str, Agency]], reason: str = "") -> list[Report]:
    """One child per (title, text, agency); each child is dispositioned at once. The parent is archived."""
    require_admin(user)
    if len(parts) < 2:
        raise ValidationError(_("Pecah menjadi paling sedikit dua laporan."))
    for title, text, agency in parts:
        if not title.strip() or not text.strip():
            raise ValidationError(_("Setiap bagian memerlukan judul dan isi."))
        _check_inside(agency)
    parent = locked(report)
    if parent.status not in (Status.DITERIMA, Status.TERVERIFIKASI):
        raise ValidationError(_("Hanya laporan yang belum didisposisikan yang dapat dipecah."))
    contact = ReporterContact.objects.get(report=parent)
    children = []
    for title, text, agency in parts:  # children keep the parent's secret: one secret tracks them all
        now = timezone.now()
        child = Report.objects.create(
            code=new_code(),
            secret_hash=parent.secret_hash,
            kind=parent.kind,
            title=title.strip(),
            text=text.strip(),
            category=parent.category,
            kecamatan=parent.kecamatan,
            desa=parent.desa,
            latitude=parent.latitude,
            longitude=parent.longitude,
            incident_date=parent.incident_date,
            public_title=redact(title.strip(), names=[contact.name])[:200],
            public_text=redact(text.strip(), names=[contact.name]),
            anonim=parent.anonim,
            rahasia=parent.rahasia,
            channel=parent.channel,
            language=parent.language,
            status=Status.TERVERIFIKASI,
            status_changed_at=now,
            submitted_at=parent.submitted_at,
            verified_at=now,
            reporter_user=parent.reporter_user,
            parent=parent,
            berkadar_pengawasan=parent.berkadar_pengawasan,
        )
        ReporterContact.objects.create(
            report=child,
            name=contact.name,
            email=contact.email,
            phone=contact.phone,
            nik=contact.nik,
            nik_index=contact.nik_index,
            consent_at=contact.consent_at,
            notify_channels=contact.notify_channels,  # the consent was given for what the report was about
            notify_consent_at=contact.notify_consent_at,
            notify_withdrawn_at=contact.notify_withdrawn_at,
        )
        for attachment in Attachment.objects.filter(report=parent):
            Attachment.objects.create(
                report=child,
                file=attachment.file.name,
                original_name=attachment.original_name,
                content_type=attachment.content_type,
                size=attachment.size,
                sha256=attachment.sha256,
                visibility=attachment.visibility,
                uploaded_by_reporter=attachment.uploaded_by_reporter,
            )
        note(
            child,
            "split_from",
            user=user,
            actor=Actor.ADMIN,
            visibility=Visibility.REPORTER,
            payload={"parent": parent.code},
        )
        children.append(disposition(child, user=user, agency=agency))
    parent.archive_kind = ArchiveKind.SPLIT
    parent.closed_at = timezone.now()
    apply_transition(
        parent,
        Action.ARCHIVE,
        actor=Actor.ADMIN,
        user=user,
        reason=reason.strip() or _("Dipecah menjadi %(codes)s") % {"codes": ", ".join(c.code for c in children)},
        kind="split",
        visibility=Visibility.REPORTER,
        payload={"children": [c.code for c in children]},
    )
    notify.split(parent, children)
    return children
