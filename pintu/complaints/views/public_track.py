"""Tracking a report (code + secret, or the reporter's own account), the reporter's actions on it,
and attachment downloads behind a permission check.

A visitor proves to be the reporter by the secret once per session: the code then goes into
`request.session["tracked_reports"]`. The proof is the one every case type shares
(pintu.complaints.tracking -> pintu.cases.tracking): a wrong pair gets one generic error, whether the code
exists or not (at the same cost), and wrong secrets are counted per code and client, so nobody else's
guesses lock the reporter out; a client that guessed too often gets a 429 saying how long to wait.
"""

import re
from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu import pagecache
from pintu.agencies.tree import root_pemkab
from pintu.cases.contact import read_with
from pintu.cases.tracking import TrackingLocked, remember_in_session
from pintu.complaints import progress
from pintu.complaints.actions import REPORTER_ACTIONS
from pintu.complaints.attachments import attachment_by_id, may_download, serve_attachment, serve_thumbnail
from pintu.complaints.clocks import current_clock, reopen_deadline
from pintu.complaints.forms_public import RateForm, ReopenForm, ReplyForm, TrackForm
from pintu.complaints.identity import masked_for_reporter, reporter_contact
from pintu.complaints.models import ComplaintSettings, Report
from pintu.complaints.phone_consent import consent_in, consent_of
from pintu.complaints.selectors import public_reports, reports_visible_to
from pintu.complaints.services.reporter import LOW_RATING
from pintu.complaints.timeline import with_labels
from pintu.complaints.tracking import prove_reporter
from pintu.complaints.views.common import cleaned_files, service_errors_to_form
from pintu.complaints.workflow import Status
from pintu.history.models import Visibility
from pintu.history.selectors import timeline_for_reporter
from pintu.security.responses import too_many_requests
from pintu.workdays.calendar import get_calendar

TRACKED_KEY = "tracked_reports"
REPORT_RELATED = ("category", "kecamatan", "desa", "assigned_agency", "forwarded_to")
#: The reporter's own pages also take the contact row in the same query (pintu.cases.contact.read_with).
REPORTER_RELATED = (*REPORT_RELATED, "contact")


def remember_tracked(request, code: str) -> None:
    remember_in_session(request, TRACKED_KEY, code)


def report_of_reporter(request, code: str, related: tuple[str, ...] = REPORTER_RELATED) -> Report | None:
    """The report if this visitor proved to be its reporter (secret in this session, or own account), with
    the `related` rows read in the same query."""
    if code in request.session.get(TRACKED_KEY, []):
        return Report.objects.select_related(*related).filter(code=code).first()
    if request.user.is_authenticated:
        own = reports_visible_to(request.user).filter(reporter_user=request.user, code=code)
        return own.select_related(*related).first()
    return None


def _acting_user(request, report: Report):
    """Who the services record as the actor: the account only when it is the reporter's own."""
    user = request.user
    return user if user.is_authenticated and report.reporter_user_id == user.pk else None


def _perform(request, report: Report, name: str, data: dict, files=None):
    """The reporter's action through pintu.complaints.actions (the API's track/ endpoints do the same)."""
    return REPORTER_ACTIONS.perform(name, user=_acting_user(request, report), case=report, data=data, files=files)


def _offers(report: Report, name: str) -> bool:
    return any(action.name == name for action in REPORTER_ACTIONS.available(None, report))


#: A PPID registration number or an objection number typed here is handed to the one tracking box.
OTHER_CASE_CODE = re.compile(r"^\s*(PPID|KEB)\b", re.IGNORECASE)


def track(request):
    form = TrackForm(request.POST or None, initial={"code": request.GET.get("kode", "")})
    if request.method == "POST" and form.is_valid():
        code, secret = form.cleaned_data["code"], form.cleaned_data["secret"]
        if OTHER_CASE_CODE.match(code):  # a PPID or objection number: the one tracking box knows it
            return HttpResponseRedirect(reverse("web:track"), status=307)  # 307: the same POST goes on
        try:
            case = prove_reporter(request, code, secret)
        except TrackingLocked as locked:
            return too_many_requests(request, locked.retry_after, back=reverse("complaints:track"))
        if isinstance(case, Report):
            request.session.cycle_key()  # the session now proves something: give it a fresh key
            remember_tracked(request, case.code)
            return redirect("complaints:track_detail", case.code)
        form.add_error("code", _("Kode lacak atau kode rahasia salah."))
    return render(request, "complaints/public/track_form.html", {"form": form})


def _denied(code: str):
    return redirect(f"{reverse('complaints:track')}?{urlencode({'kode': code})}")


def reporter_view(view):
    """The view runs for the proven reporter of the report `code` (report_of_reporter) and is given the report;
    anyone else goes to the tracking form with the code filled in."""

    @wraps(view)
    def for_reporter(request, code: str):
        report = report_of_reporter(request, code)
        if report is None:
            return _denied(code)
        return view(request, report)

    return for_reporter


def _render_detail(request, report: Report, *, status: int = 200, **forms):
    """The tracking page. `forms`: a form sent back with errors, rendered live; the empty ones come from the
    cached parts (their fields only: each form's tag with its CSRF token is in the page around them)."""
    failed = next((f for f in forms.values() if f.is_bound and f.errors), None)
    cached = _cached_parts(report)
    # read with the report: the masked contact, the consent and the offers share it
    contact = read_with(report, "contact", reporter_contact)
    consent = consent_in(contact)
    known = {"consent": consent, "reopen_deadline": cached["reopen_deadline"]}
    offered = {a.name for a in REPORTER_ACTIONS.available(_acting_user(request, report), report, known=known)}
    context = {
        "report": report,
        **cached,
        "contact": masked_for_reporter(contact),
        "phone_consent": consent,
        "failed_form": failed,
        "may_reply": "reply" in offered,
        "may_rate": "rate" in offered,
        "may_reopen": "reopen" in offered,
        "low_rating": report.rating is not None and report.rating <= LOW_RATING,
        "waiting_for_reporter": report.status == Status.PERLU_INFO,
        **forms,
    }
    return render(request, "complaints/public/track_detail.html", context, status=status)


def _empty_forms(report: Report) -> dict:
    """The fields of the three empty forms, rendered without the request (no CSRF token, session or user)."""
    rate = RateForm(initial={"rating": report.rating, "comment": report.rating_comment})
    return {
        "reply_fields": pagecache.render_fragment("web/includes/form_fields.html", {"form": ReplyForm()}),
        "rate_fields": pagecache.render_fragment("complaints/public/includes/rate_fields.html", {"rate_form": rate}),
        "reopen_fields": pagecache.render_fragment("web/includes/form_fields.html", {"form": ReopenForm()}),
    }


def _cached_parts(report: Report) -> dict:
    """The case's own parts of the tracking page (status, clock, text; history and attachments; the reopen
    deadline; whether it is public; the empty forms' fields, whose rating form shows the report's rating;
    the header's Pemkab), the same for whoever proved to be its reporter: cached per report, language and
    hour until the report records an event or the directory changes (pintu.pagecache). Only called after
    the visitor's proof is checked. The contact, the offered actions and the forms' tags stay live."""
    scopes = (pagecache.case_scope("report", report.pk), pagecache.DIRECTORY)
    hour = timezone.localtime().strftime("%Y-%m-%d %H")

    def build() -> dict:
        calendar, defaults = get_calendar(), ComplaintSettings.load()  # once each for the clock and the deadline
        clock = current_clock(report, calendar, defaults=defaults)
        top = pagecache.render_fragment("complaints/public/track_top.html", {
            "report": report, "clock": clock, "steps": progress.progress_steps(report.status),
            "deadline": progress.deadline_sentence(clock), "waiting_for_reporter": report.status == Status.PERLU_INFO,
        })  # fmt: skip
        events = with_labels(timeline_for_reporter("report", report.pk).select_related("agency"))
        attachments = report.attachments.filter(visibility__in=[Visibility.PUBLIC, Visibility.REPORTER])
        parts = {"report": report, "events": events, "attachments": attachments}
        history = pagecache.render_fragment("complaints/public/track_history.html", parts)
        return {"top": top, "history": history, "reopen_deadline": reopen_deadline(report, calendar, defaults),
                "is_public": public_reports().filter(pk=report.pk).exists(), "pemda": root_pemkab(),
                **_empty_forms(report)}  # fmt: skip

    return pagecache.cached("track_report", build, scopes=scopes, vary=(report.pk, hour))


def track_detail(request, code: str):
    """The page takes only the contact with the report: its live part shows the report's own columns, and
    the category, areas and agencies are read (lazily) only when the cached parts are built."""
    report = report_of_reporter(request, code, related=("contact",))
    if report is None:
        return _denied(code)
    return _render_detail(request, report)


@require_POST
@reporter_view
def track_reply(request, report: Report):
    form = ReplyForm(request.POST, request.FILES)
    form.is_valid()
    files = cleaned_files(form, "files", get_language() or "id")
    if files is not None:
        was_waiting = report.status == Status.PERLU_INFO
        try:
            outcome = _perform(request, report, "reply", form.cleaned_data, files)
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, outcome.message)
            if was_waiting:
                messages.info(request, _("Terima kasih. Hitungan hari kerja berjalan kembali."))
            return redirect(reverse("complaints:track_detail", args=[report.code]) + "#riwayat")
    return _render_detail(request, report, reply_form=form)


@require_POST
@reporter_view
def track_rate(request, report: Report):
    form = RateForm(request.POST)
    form.is_valid()
    data = form.cleaned_data
    if not form.errors:
        try:
            outcome = _perform(request, report, "rate", data)
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, outcome.message)
            report = outcome.case
            url = reverse("complaints:track_detail", args=[report.code])
            if report.rating <= LOW_RATING and _offers(report, "reopen"):
                messages.info(request, _("Bila masalahnya belum selesai, Anda dapat meminta laporan dibuka kembali."))
                return redirect(url + "#buka-kembali")
            return redirect(url)
    return _render_detail(request, report, rate_form=form)


@require_POST
@reporter_view
def track_stop_phone(request, report: Report):
    """The reporter stops WhatsApp/SMS messages about this report (the consent is withdrawn, audited)."""
    was_active = consent_of(report).active
    outcome = REPORTER_ACTIONS.perform("stop_phone", user=_acting_user(request, report), case=report,
                                       data={"via": "tracking_page"}, request=request)  # fmt: skip
    if was_active:
        messages.success(request, outcome.message)
    return redirect(reverse("complaints:track_detail", args=[report.code]) + "#kontak")


@require_POST
@reporter_view
def track_reopen(request, report: Report):
    form = ReopenForm(request.POST)
    form.is_valid()
    try:
        outcome = _perform(request, report, "reopen", form.cleaned_data)
    except ValidationError as exc:
        service_errors_to_form(form, exc)
        return _render_detail(request, report, reopen_form=form)
    messages.success(request, outcome.message)
    return redirect("complaints:track_detail", report.code)


def _downloadable(request, pk: int):
    """The attachment if this visitor may see it (complaints.attachments); 404 (never 403) when not."""
    item = attachment_by_id(pk)

    def proves_reporter() -> bool:  # the code proved by the secret in this session, or the own account
        return report_of_reporter(request, item.report.code) is not None

    if item is None or not may_download(item, request.user, proves_reporter=proves_reporter):
        raise Http404
    return item


def attachment(request, pk: int):
    """Serve a stored file after the permission check."""
    return serve_attachment(_downloadable(request, pk), request)


def attachment_thumbnail(request, pk: int):
    """A small copy of an image attachment, behind the same permission check as the file."""
    return serve_thumbnail(_downloadable(request, pk), request)
