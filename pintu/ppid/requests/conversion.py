"""No wrong door between SP4N-LAPOR! and the PPID (issue item 8).

- `convert_report_to_request`: a report of kind permintaan_informasi becomes an information request:
  its text, the reporter's identity (from ReporterContact) copied into RequesterIdentity, the report
  archived (archive_kind "other", reason "Dialihkan ke layanan PPID: <number>", the number in the
  archive event's payload), and `InformationRequest.source_report` pointing back.
  Admin instansi or PPID Utama; only while the report is still with the admin (the states from which
  the complaint table allows archiving). Anonim reports are refused: a request needs the requester's
  identity (art. 22 UU 14/2008) and an anonim reporter's identity is not ours to hand over.
- `convert_request_to_report`: a "request" that is really a complaint becomes a report through
  pintu.complaints.services.intake.submit_report (same channel, staff entry) and the request is closed
  with the reason, `converted_report` pointing to it. PPID Utama only.
The requester (reporter) gets the new tracking code and secret by e-mail from the service that
creates the new case.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.complaints import notify as complaint_notify
from pintu.complaints.models import ArchiveKind, Report, ReporterContact, ReportKind
from pintu.complaints.models import Channel as ReportChannel
from pintu.complaints.selectors import reports_visible_to
from pintu.complaints.services.base import apply_transition
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.complaints.workflow import Action as ReportAction
from pintu.complaints.workflow import Actor as ReportActor
from pintu.complaints.workflow import transition as report_transition
from pintu.history.models import Visibility
from pintu.history.services import record_event
from pintu.ppid.permissions import require_utama
from pintu.ppid.requests import notify
from pintu.ppid.requests.lifecycle import check, locked, move, refresh
from pintu.ppid.requests.models import InformationRequest, ObtainMethod, RequestChannel, RequesterIdentity
from pintu.ppid.requests.numbering import next_number
from pintu.ppid.requests.services import hash_secret, new_secret
from pintu.ppid.requests.workflow import Action, Actor, Status
from pintu.privacy.crypto import blind_index

#: Report channel -> request channel, and back.
TO_REQUEST_CHANNEL = {
    ReportChannel.WEB: RequestChannel.WEB,
    ReportChannel.WALK_IN: RequestChannel.WALK_IN,
    ReportChannel.PHONE: RequestChannel.ORAL,
    ReportChannel.LETTER: RequestChannel.LETTER,
    ReportChannel.EMAIL: RequestChannel.EMAIL,
}
TO_REPORT_CHANNEL = {
    RequestChannel.WEB: ReportChannel.WEB,
    RequestChannel.WALK_IN: ReportChannel.WALK_IN,
    RequestChannel.ORAL: ReportChannel.PHONE,
    RequestChannel.LETTER: ReportChannel.LETTER,
    RequestChannel.EMAIL: ReportChannel.EMAIL,
}


def may_convert_report(user) -> bool:
    return scope_of(user).has(Role.ADMIN_INSTANSI, Role.PPID_UTAMA)


def reports_convertible_by(user):
    """Reports whose conversion page `user` may open. The admin instansi: the reports it sees. The PPID
    Utama, who does not see complaints: only reports of kind permintaan informasi (found by the access
    matrix: looking a report up by code alone showed any report's title and text, rahasia ones too)."""
    scope = scope_of(user)
    if scope.has(Role.ADMIN_INSTANSI):
        return reports_visible_to(user)
    if scope.has(Role.PPID_UTAMA):
        return Report.objects.filter(kind=ReportKind.PERMINTAAN_INFORMASI)
    return Report.objects.none()


def convertible_report(report: Report) -> str | None:
    """Why `report` cannot become a request, or None when it can."""
    if report.kind != ReportKind.PERMINTAAN_INFORMASI:
        return _("Hanya laporan berjenis permintaan informasi yang dapat dialihkan ke layanan PPID.")
    if report.anonim:
        return _(
            "Laporan anonim tidak dapat dialihkan: permohonan informasi memerlukan identitas pemohon. "
            "Sarankan pelapor mengajukan permohonan informasi sendiri."
        )
    try:
        report_transition(report.status, ReportAction.ARCHIVE, ReportActor.ADMIN)
    except Exception:
        return _("Laporan ini sudah diteruskan atau ditutup; pengalihan hanya sebelum disposisi.")
    return None


@dataclass(frozen=True)
class Converted:
    request: InformationRequest
    secret: str


@transaction.atomic
def convert_report_to_request(user, report: Report, *, purpose: str = "") -> Converted:
    if not may_convert_report(user):
        raise PermissionDenied(_("Hanya admin instansi atau PPID Utama yang dapat mengalihkan laporan."))
    report = Report.objects.select_for_update().get(pk=report.pk)
    if problem := convertible_report(report):
        raise ValidationError(problem)
    contact = ReporterContact.objects.filter(report=report).first()
    now = timezone.now()
    secret = new_secret()
    request = InformationRequest(
        number=next_number(timezone.localdate(now).year),
        secret_hash=hash_secret(secret),
        channel=TO_REQUEST_CHANNEL.get(report.channel, RequestChannel.WEB),
        information=f"{report.title}\n\n{report.text}",
        purpose=(purpose or "").strip()
        or _("Tidak disebutkan (dialihkan dari laporan %(code)s).") % {"code": report.code},
        obtain_method=ObtainMethod.SOFT if contact and contact.email else ObtainMethod.VIEW,
        delivery_method="email" if contact and contact.email else "",
        language=report.language or "id",
        status=Status.DITERIMA,
        status_changed_at=now,
        received_at=report.submitted_at,  # the request was made when the report was: the clock runs from then
        complete_at=report.submitted_at,
        requester_user=report.reporter_user,
        created_by=user,
        source_report=report,
    )
    refresh(request)  # due dates, save, statistics (as after every change)
    RequesterIdentity.objects.create(
        request=request,
        name=contact.name if contact else "",
        phone=contact.phone if contact else "",
        email=contact.email if contact else "",
        id_number=contact.nik if contact else "",
        id_number_index=blind_index(contact.nik) if contact and contact.nik else "",
        consent_at=contact.consent_at if contact else now,
    )
    record_event(
        request,
        "submitted",
        actor=user,
        actor_role="staff",
        visibility=Visibility.REPORTER,
        status_to=Status.DITERIMA,
        payload={"channel": request.channel, "source_report": report.code},
        at=now,
    )
    reason = _("Dialihkan ke layanan PPID: %(number)s") % {"number": request.number}
    report.archive_kind = ArchiveKind.OTHER
    report.closed_at = now
    apply_transition(
        report,
        ReportAction.ARCHIVE,
        actor=ReportActor.ADMIN,
        user=user,
        reason=reason,
        visibility=Visibility.REPORTER,
        payload={"archive_kind": ArchiveKind.OTHER, "info_request": request.number},
    )
    complaint_notify.status_changed(report)
    notify.registered(request, secret)
    return Converted(request, secret)


@dataclass(frozen=True)
class ConvertedToReport:
    report: Report
    secret: str | None


def convert_request_to_report(
    user, request: InformationRequest, *, kecamatan, kind: str = ReportKind.PENGADUAN, title: str = "", reason: str = ""
) -> ConvertedToReport:
    """The request is really a complaint (or aspiration): file it as a report, close the request."""
    require_utama(user, _("Hanya PPID Utama yang dapat mengalihkan permohonan menjadi laporan."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Tuliskan mengapa permohonan ini ditangani sebagai laporan.")})
    with transaction.atomic():
        request = locked(request)
        check(request, Action.CONVERT_TO_REPORT, Actor.UTAMA)  # before the report is filed
        row = RequesterIdentity.objects.filter(request=request).first()
        title = " ".join((title or request.information).split())[:150]
        draft = ReportDraft(
            title=title,
            text=request.information,
            kecamatan=kecamatan,
            kind=kind,
            anonim=False,
            rahasia=False,
            channel=TO_REPORT_CHANNEL[RequestChannel(request.channel)],
            name=row.name if row else "",
            email=row.email if row else "",
            phone=row.phone if row else "",
            nik=row.id_number if row and len(row.id_number or "") == 16 and row.id_number.isdigit() else "",
            consent=True,
            reporter_user=request.requester_user,
            created_by=user,
            language=request.language,
        )
        submitted = submit_report(draft)
        request.converted_report = submitted.report
        request.closed_at = timezone.now()
        request.close_reason = reason
        text = _("Dialihkan ke layanan pengaduan: %(code)s. %(reason)s") % {
            "code": submitted.report.code,
            "reason": reason,
        }
        move(
            request,
            Action.CONVERT_TO_REPORT,
            actor=Actor.UTAMA,
            user=user,
            reason=text,
            payload={"report": submitted.report.code},
        )
        notify.to_requester(request, "ppid_request_update", reason=text)
    return ConvertedToReport(submitted.report, submitted.secret)
