"""Tracking a report (code + secret, or the reporter's own account), the reporter's actions on it,
and attachment downloads behind a permission check.

A visitor proves to be the reporter by the secret once per session: the code then goes into
`request.session["tracked_reports"]`. A wrong pair gets one generic error, whether the code exists
or not (and costs the same password check).
"""

from collections.abc import Callable
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.audit.services import audit
from pintu.complaints.clocks import reopen_deadline
from pintu.complaints.forms_public import RateForm, ReopenForm, ReplyForm, TrackForm
from pintu.complaints.identity import contact_masked_for_reporter
from pintu.complaints.models import Attachment, Report
from pintu.complaints.selectors import handled_by, public_reports, reports_visible_to
from pintu.complaints.services.accept import pending_for
from pintu.complaints.services.base import secret_matches
from pintu.complaints.services.reporter import LOW_RATING, can_reopen, rate, reopen, reply
from pintu.complaints.views.common import cleaned_files, clock_of, service_errors_to_form
from pintu.complaints.views.public_pages import with_labels
from pintu.complaints.workflow import Status
from pintu.files.limits import PDF
from pintu.history.models import Visibility
from pintu.history.selectors import timeline_for_reporter
from pintu.privacy.tracking import DUMMY_HASH
from pintu.security.ratelimit import FAILURE, limit_posts, post_fields
from pintu.workdays.calendar import get_calendar

TRACKED_KEY = "tracked_reports"
REPORT_RELATED = ("category", "kecamatan", "desa", "assigned_agency", "forwarded_to")


def remember_tracked(request, code: str) -> None:
    tracked = request.session.get(TRACKED_KEY, [])
    if code not in tracked:
        request.session[TRACKED_KEY] = [*tracked, code][-50:]


def report_of_reporter(request, code: str) -> Report | None:
    """The report if this visitor proved to be its reporter (secret in this session, or own account)."""
    if code in request.session.get(TRACKED_KEY, []):
        return Report.objects.select_related(*REPORT_RELATED).filter(code=code).first()
    if request.user.is_authenticated:
        own = reports_visible_to(request.user).filter(reporter_user=request.user, code=code)
        return own.select_related(*REPORT_RELATED).first()
    return None


def _acting_user(request, report: Report):
    """Who the services record as the actor: the account only when it is the reporter's own."""
    user = request.user
    return user if user.is_authenticated and report.reporter_user_id == user.pk else None


@limit_posts("tracking", identities=post_fields("code"), count=FAILURE)  # guessing secrets
def track(request):
    form = TrackForm(request.POST or None, initial={"code": request.GET.get("kode", "")})
    if request.method == "POST" and form.is_valid():
        code, secret = form.cleaned_data["code"], form.cleaned_data["secret"]
        report = Report.objects.filter(code=code).first()
        if secret_matches(report or Report(secret_hash=DUMMY_HASH), secret) and report is not None:
            request.session.cycle_key()  # the session now proves something: give it a fresh key
            remember_tracked(request, report.code)
            return redirect("complaints:track_detail", report.code)
        if report is None and pending_for(code, secret) is not None:  # accepted through the API, being built
            return render(request, "complaints/public/track_form.html", {"form": form, "pending": code})
        form.add_error("code", _("Kode lacak atau kode rahasia salah."))
    return render(request, "complaints/public/track_form.html", {"form": form})


def _denied(code: str):
    return redirect(f"{reverse('complaints:track')}?{urlencode({'kode': code})}")


def _render_detail(request, report: Report, *, status: int = 200, **forms):
    forms.setdefault("reply_form", ReplyForm())
    forms.setdefault("rate_form", RateForm(initial={"rating": report.rating, "comment": report.rating_comment}))
    forms.setdefault("reopen_form", ReopenForm())
    failed = next((f for f in forms.values() if f.is_bound and f.errors), None)
    events = with_labels(timeline_for_reporter("report", report.pk).select_related("agency"))
    attachments = report.attachments.filter(visibility__in=[Visibility.PUBLIC, Visibility.REPORTER])
    context = {
        "report": report,
        "clock": clock_of(report),
        "events": events,
        "attachments": attachments,
        "contact": contact_masked_for_reporter(report),
        "failed_form": failed,
        "may_reply": not report.is_closed,
        "may_rate": report.status in (Status.DITINDAKLANJUTI, Status.SELESAI),
        "may_reopen": can_reopen(report),
        "reopen_deadline": reopen_deadline(report, get_calendar()),
        "low_rating": report.rating is not None and report.rating <= LOW_RATING,
        "waiting_for_reporter": report.status == Status.PERLU_INFO,
        "is_public": public_reports().filter(pk=report.pk).exists(),
        **forms,
    }
    return render(request, "complaints/public/track_detail.html", context, status=status)


def track_detail(request, code: str):
    report = report_of_reporter(request, code)
    if report is None:
        return _denied(code)
    return _render_detail(request, report)


@require_POST
def track_reply(request, code: str):
    report = report_of_reporter(request, code)
    if report is None:
        return _denied(code)
    form = ReplyForm(request.POST, request.FILES)
    form.is_valid()
    files = cleaned_files(form, "files", get_language() or "id")
    if files is not None:
        was_waiting = report.status == Status.PERLU_INFO
        try:
            reply(report, text=form.cleaned_data.get("text", ""), user=_acting_user(request, report), files=files)
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Balasan Anda terkirim."))
            if was_waiting:
                messages.info(request, _("Terima kasih. Hitungan hari kerja berjalan kembali."))
            return redirect(reverse("complaints:track_detail", args=[code]) + "#riwayat")
    return _render_detail(request, report, reply_form=form)


@require_POST
def track_rate(request, code: str):
    report = report_of_reporter(request, code)
    if report is None:
        return _denied(code)
    form = RateForm(request.POST)
    form.is_valid()
    data = form.cleaned_data
    if not form.errors:
        try:
            report = rate(
                report, rating=data.get("rating"), comment=data.get("comment", ""), user=_acting_user(request, report)
            )
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Terima kasih atas penilaian Anda."))
            url = reverse("complaints:track_detail", args=[code])
            if report.rating <= LOW_RATING and can_reopen(report):
                messages.info(request, _("Bila masalahnya belum selesai, Anda dapat meminta laporan dibuka kembali."))
                return redirect(url + "#buka-kembali")
            return redirect(url)
    return _render_detail(request, report, rate_form=form)


@require_POST
def track_reopen(request, code: str):
    report = report_of_reporter(request, code)
    if report is None:
        return _denied(code)
    form = ReopenForm(request.POST)
    form.is_valid()
    try:
        reopen(report, reason=form.cleaned_data.get("reason", ""), user=_acting_user(request, report))
    except ValidationError as exc:
        service_errors_to_form(form, exc)
        return _render_detail(request, report, reopen_form=form)
    messages.success(request, _("Laporan dibuka kembali dan dikirim lagi kepada petugas yang menangani."))
    return redirect("complaints:track_detail", code)


def attachment(request, pk: int):
    """Serve a stored file after the permission check; 404 (never 403) when not allowed."""
    item = Attachment.objects.select_related("report").filter(pk=pk).first()

    def proves_reporter() -> bool:  # the code proved by the secret in this session, or the own account
        return report_of_reporter(request, item.report.code) is not None

    if item is None or not may_download(item, request.user, proves_reporter=proves_reporter):
        raise Http404
    return serve_attachment(item, request)


def serve_attachment(item: Attachment, request):
    """The file of an attachment the caller may download (web and API): private headers, audited unless public."""
    try:
        handle = item.file.open("rb")
    except (FileNotFoundError, ValueError):
        raise Http404
    if item.visibility != Visibility.PUBLIC:
        audit("attachment.open", target=item, details={"report": item.report_id}, request=request)
    response = FileResponse(
        handle, content_type=item.content_type, as_attachment=item.content_type == PDF, filename=item.original_name
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


def may_download(item: Attachment, user, *, proves_reporter: Callable[[], bool]) -> bool:
    """Who may download which attachment, for the web and the API alike: a public file of a public report,
    the reporter (public and reporter files; `proves_reporter` is asked only when needed, as proving may
    cost a secret check), and the report's handlers (everything)."""
    report = item.report
    if item.visibility == Visibility.PUBLIC and public_reports().filter(pk=report.pk).exists():
        return True
    if item.visibility in (Visibility.PUBLIC, Visibility.REPORTER) and proves_reporter():
        return True
    return user.is_authenticated and handled_by(user).filter(pk=report.pk).exists()
