"""Use cases of the reporter (signed in, or proven by tracking code + secret)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pintu.complaints import notify
from pintu.complaints.clocks import reopen_deadline
from pintu.complaints.models import ComplaintSettings, Report
from pintu.complaints.services.base import apply_transition, locked, note, refresh, require_admin
from pintu.complaints.services.intake import save_attachments
from pintu.complaints.workflow import Action, Actor, Status
from pintu.files.validation import CleanFile, UploadRejected, check_case_quota, format_rejection
from pintu.history.models import Visibility
from pintu.textnorm.untrusted import clean_text
from pintu.workdays.calendar import get_calendar

LOW_RATING = 2  # a rating at or below this offers a reopen


@transaction.atomic
def reply(report: Report, *, text: str, user=None, files: list[CleanFile] | None = None) -> Report:
    """The reporter answers. Answering a request for information resumes the clocks."""
    report = locked(report)
    text = clean_text(text, multiline=True).strip()  # no control or bidi-override characters
    if not text:
        raise ValidationError({"text": _("Tuliskan balasan Anda.")})
    if report.is_closed:
        raise ValidationError(_("Laporan ini sudah ditutup. Ajukan buka kembali bila masalahnya belum selesai."))
    try:  # per-case limit: replies add files a few at a time
        check_case_quota(report.attachments.values_list("size", flat=True), files or [])
    except UploadRejected as exc:
        raise ValidationError({"files": format_rejection(exc)}) from None
    now = timezone.now()
    report.last_reply_at = now
    if report.status == Status.PERLU_INFO:
        report.pauses.filter(ended_at__isnull=True).update(ended_at=now)
        report.paused_since = None
        event = apply_transition(
            report,
            Action.REPORTER_REPLY,
            actor=Actor.REPORTER,
            user=user,
            reason=text,
            kind="reporter_reply",
            visibility=Visibility.REPORTER,
        )
    else:
        event = note(
            report, "reporter_reply", user=user, actor=Actor.REPORTER, visibility=Visibility.REPORTER, reason=text
        )
        refresh(report)  # a reply after a follow-up stops the auto-close clock: a handler must close it
    if files:
        save_attachments(report, files, event=event, by_reporter=True)
    notify.reporter_replied(report)
    return report


@transaction.atomic
def rate(report: Report, *, rating: int, comment: str = "", user=None) -> Report:
    report = locked(report)
    if report.status not in (Status.DITINDAKLANJUTI, Status.SELESAI):
        raise ValidationError(_("Penilaian dapat diberikan setelah ada tindak lanjut."))
    if rating not in range(1, 6):
        raise ValidationError({"rating": _("Pilih nilai 1 sampai 5.")})
    report.rating, report.rating_comment, report.rated_at = rating, (comment or "").strip(), timezone.now()
    note(
        report,
        "rated",
        user=user,
        actor=Actor.REPORTER,
        visibility=Visibility.REPORTER,
        reason=report.rating_comment,
        payload={"rating": rating},
    )
    refresh(report)
    return report


def reopen_window_passed(report: Report) -> str:
    """Why a closed report may no longer be reopened ("" while it may).

    A closed report may be reopened only within ComplaintSettings.reopen_window_days of closing.
    """
    settings = ComplaintSettings.load()
    deadline = reopen_deadline(report, get_calendar(), settings)
    if deadline is None or timezone.localdate() <= deadline:
        return ""
    unit = _("hari kalender") if settings.reopen_window_calendar_days else _("hari kerja")
    return (
        _("Laporan ini ditutup pada %(closed)s. Permintaan buka kembali hanya dapat diajukan sampai %(deadline)s "
          "(%(n)s %(unit)s sesudah ditutup). Bila masalahnya belum selesai, sampaikan laporan baru dan sebutkan "
          "kode %(code)s.")
        % {"closed": date_format(timezone.localtime(report.closed_at), "j F Y"),
           "deadline": date_format(deadline, "j F Y"), "n": settings.reopen_window_days, "unit": unit,
           "code": report.code}
    )  # fmt: skip


def _check_reopen_window(report: Report) -> None:
    message = reopen_window_passed(report)
    if message:
        raise ValidationError(message)


@transaction.atomic
def reopen(report: Report, *, reason: str, user=None, by_admin: bool = False) -> Report:
    """Reopen after an unsatisfying follow-up; back to the same OPD with a fresh clock.

    Refused (for the reporter and the admin alike) once the reopen window after closing has passed.
    """
    if by_admin:
        require_admin(user)
    report = locked(report)
    _check_reopen_window(report)
    report.closed_at = None
    report.dispositioned_at = timezone.now() if report.assigned_agency_id else None
    report.first_response_at = None
    apply_transition(
        report,
        Action.REOPEN,
        actor=Actor.ADMIN if by_admin else Actor.REPORTER,
        user=user,
        reason=reason,
        visibility=Visibility.REPORTER,
    )
    notify.reopened(report)
    return report


#: `can_reopen`'s deadline when the caller has not read it (None is a real answer: no limit).
UNREAD = object()


def can_reopen(report: Report, *, deadline=UNREAD) -> bool:
    """Whether the reporter may ask to reopen now. `deadline`: `reopen_deadline(report, ...)` when the caller
    has it already (the tracking page computes it with its cached parts), else it is read here."""
    if report.status not in (Status.DITINDAKLANJUTI, Status.SELESAI):
        return False
    if deadline is UNREAD:
        deadline = reopen_deadline(report, get_calendar())
    return deadline is None or timezone.localdate() <= deadline
