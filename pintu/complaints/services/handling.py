"""Use cases of the OPD (pejabat penghubung, or the Inspektorat for berkadar pengawasan reports)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.agencies.models import Agency
from pintu.complaints import notify
from pintu.complaints.models import ComplaintSettings, Pause, Report
from pintu.complaints.services.base import actor_kind, apply_transition, locked, record_follow_up, require_handler
from pintu.complaints.services.intake import save_attachments
from pintu.complaints.workflow import Action, Actor
from pintu.files.validation import CleanFile
from pintu.history.models import Visibility


@transaction.atomic
def accept(report: Report, *, user) -> Report:
    report = locked(report)
    require_handler(user, report)
    apply_transition(report, Action.ACCEPT, actor=Actor.OPD, user=user, agency=report.assigned_agency)
    notify.status_changed(report)
    return report


@transaction.atomic
def request_info(report: Report, *, user, question: str) -> Report:
    """Ask the reporter for more; the clocks pause until the reply."""
    report = locked(report)
    require_handler(user, report)
    if not (question or "").strip():
        raise ValidationError({"question": _("Tuliskan pertanyaan untuk pelapor.")})
    now = timezone.now()
    Pause.objects.create(report=report, started_at=now)
    report.paused_since = now
    apply_transition(
        report,
        Action.REQUEST_INFO,
        actor=Actor.OPD,
        user=user,
        reason=question,
        visibility=Visibility.REPORTER,
        agency=report.assigned_agency,
    )
    notify.info_requested(report, question.strip())
    return report


@transaction.atomic
def post_follow_up(
    report: Report, *, user, text: str, visibility: str = Visibility.PUBLIC, files: list[CleanFile] | None = None
) -> Report:
    """Post an official tindak lanjut (public, or for the reporter only), with attachments."""
    report = locked(report)
    require_handler(user, report)
    if not (text or "").strip():
        raise ValidationError({"text": _("Tuliskan isi tindak lanjut.")})
    if visibility not in (Visibility.PUBLIC, Visibility.REPORTER):
        raise ValidationError({"visibility": _("Pilih siapa yang dapat membaca tindak lanjut ini.")})
    event = record_follow_up(
        report,
        Action.POST_FOLLOW_UP,
        text=text,
        actor=Actor.OPD,
        user=user,
        visibility=visibility,
        agency=report.assigned_agency,
    )
    if files:
        save_attachments(report, files, event=event, by_reporter=False, visibility=event.visibility)
    notify.follow_up(report)
    return report


@transaction.atomic
def send_back(report: Report, *, user, reason: str, suggested_agency: Agency | None) -> Report:
    """ "Not ours": back to the admin instansi naming who it belongs to. Never a bare rejection."""
    report = locked(report)
    require_handler(user, report)
    if suggested_agency is None:
        raise ValidationError({"suggested_agency": _("Sebutkan instansi yang seharusnya menangani laporan ini.")})
    if suggested_agency.pk == report.assigned_agency_id:
        raise ValidationError({"suggested_agency": _("Sarankan instansi lain, bukan instansi Anda sendiri.")})
    from_agency = report.assigned_agency
    report.bounce_count += 1
    flagged_now = report.bounce_count > ComplaintSettings.load().bounce_flag_after and not report.bounce_flagged
    report.bounce_flagged = report.bounce_flagged or flagged_now
    report.assigned_agency = None
    report.dispositioned_at = None
    apply_transition(
        report,
        Action.SEND_BACK,
        actor=Actor.OPD,
        user=user,
        reason=reason,
        agency=from_agency,
        visibility=Visibility.INTERNAL,
        payload={
            "suggested_agency": suggested_agency.code,
            "bounce_count": report.bounce_count,
            "from_agency": from_agency.code,
        },
    )
    notify.sent_back(report, from_agency, suggested_agency, reason, flagged_now)
    return report


@transaction.atomic
def close(report: Report, *, user, reason: str) -> Report:
    report = locked(report)
    actor = actor_kind(user, report)
    report.closed_at = timezone.now()
    apply_transition(report, Action.CLOSE, actor=actor, user=user, reason=reason, agency=report.assigned_agency)
    notify.status_changed(report)
    return report
