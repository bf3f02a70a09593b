"""Staff pages of information requests: the register (filters, CSV/XLSX), staff registration of oral,
walk-in, letter and e-mail requests, one request with the actions allowed now, documents, identity files,
and the conversion from a complaint report (opened by the admin instansi from the complaints pages).

Every page starts from requests_handled_by(user); every action calls one service.
"""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Value
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.agencies.models import OUTSIDE_KINDS, Agency
from pintu.files.validation import UploadRejected, clean_uploads, format_rejection
from pintu.history.selectors import events_visible_to
from pintu.ppid import downloads
from pintu.ppid.forms_requests import (
    AssignForm,
    DeliverForm,
    ExtendForm,
    NoticeForm,
    ReasonForm,
    RequestFilterForm,
    StaffRequestForm,
    ToReportForm,
)
from pintu.ppid.models import DikItem, DikStatus
from pintu.ppid.models_requests import InformationRequest
from pintu.ppid.requests import clocks, conversion, identity, services
from pintu.ppid.requests.permissions import actor_or_none, is_utama, require_utama
from pintu.ppid.requests.selectors import requests_handled_by
from pintu.ppid.requests.workflow import DELIVERING, Action, allowed_actions
from pintu.ppid.views.common import PAGE_SIZE, forbidden, service_errors_to_form, staff_view
from pintu.ppid.views.requests_labels import with_labels
from pintu.ppid.views.requests_public import draft_from, serve_bytes, serve_document
from pintu.web.keyset import AFTER, BEFORE, InvalidCursor, Key, invalid_cursor_response, paginate
from pintu.workdays.calendar import get_calendar

#: The register's order, due first (no due date last), as keyset pages (pintu.web.keyset): page 2,000 of
#: 100,000 requests costs what page 1 costs.
NO_DUE = datetime.date(9999, 12, 31)
REGISTER_ORDER = [Key("due_order"), Key("received_at", descending=True), Key("id")]


def _request(http_request, pk: int) -> InformationRequest:
    info = requests_handled_by(http_request.user).filter(pk=pk).first()
    if info is None:
        raise Http404
    return info


def _filtered(http_request):
    form = RequestFilterForm(http_request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    qs = downloads.filtered_requests(http_request.user, status=data.get("status", ""), q=data.get("q", ""),
                                     overdue=bool(data.get("terlambat")))  # fmt: skip
    return form, qs


@staff_view
def request_register(request):
    form, qs = _filtered(request)
    qs = qs.annotate(due_order=Coalesce("due_date", Value(NO_DUE)))
    try:
        page = paginate(qs, REGISTER_ORDER, request.GET, PAGE_SIZE)
    except InvalidCursor:  # a forged or damaged page link: 400, not a 500
        return invalid_cursor_response(request)
    calendar = get_calendar()
    rows = [(r, clocks.current_clock(r, calendar)) for r in page.rows]
    params = request.GET.copy()
    for name in ("halaman", AFTER, BEFORE):
        params.pop(name, None)
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "querystring": params.urlencode(),
        "may_register": is_utama(request.user),
    }
    return render(request, "ppid/requests/staff_register.html", context)


@staff_view
def request_export(request, fmt: str):
    _form, qs = _filtered(request)
    return downloads.requests_export(qs, fmt, http_request=request).response()


@staff_view
def request_create(request):
    if not is_utama(request.user):
        return forbidden(request, _("Hanya PPID Utama yang mencatat permohonan dari loket, lisan, surat, atau e-mail."))
    form = StaffRequestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        draft = draft_from(
            form, None, channel=form.cleaned_data["channel"], received_at=form.cleaned_data.get("received_at")
        )
        if draft is not None:
            try:
                submitted = services.register_request(request.user, draft)
            except ValidationError as exc:
                service_errors_to_form(form, exc)
            else:
                messages.success(
                    request,
                    _(
                        "Permohonan %(number)s tercatat. Berikan kode rahasia %(secret)s kepada "
                        "pemohon untuk melacak permohonannya."
                    )
                    % {"number": submitted.request.number, "secret": submitted.secret},
                )
                return redirect("ppid:staff_request_detail", submitted.request.pk)
    return render(request, "ppid/requests/staff_form.html", {"form": form}, status=400 if form.errors else 200)


def _assign_agencies():
    return Agency.objects.filter(active=True).exclude(kind__in=OUTSIDE_KINDS).order_by("name")


def _render_detail(http_request, info: InformationRequest, status: int = 200, **forms):
    user = http_request.user
    actor = actor_or_none(user, info)
    actions = set(allowed_actions(info.status, actor)) if actor else set()
    if info.extended:
        actions.discard(Action.EXTEND)
    if info.decision not in DELIVERING:
        actions.discard(Action.DELIVER)
    documents = list(info.documents.all())
    events = events_visible_to(user).filter(case_type="info_request", case_id=info.pk).order_by("-at", "-pk")
    dik = DikItem.objects.filter(status=DikStatus.IN_FORCE).order_by("agency__name", "document")
    if info.assigned_agency_id and not is_utama(user):
        dik = dik.filter(agency_id=info.assigned_agency_id)
    context = {
        "req": info,
        "actions": {a.value for a in actions},
        "clock": clocks.current_clock(info, get_calendar()),
        "contact": identity.identity_for_staff(user, info),
        "notice": next((d for d in documents if d.is_notice), None),
        "documents": [d for d in documents if not d.is_notice],
        "events": with_labels(events.select_related("actor")),
        "may_pay": actor is not None and info.fee > 0 and not info.fee_paid,
        "assign_form": forms.get("assign_form") or AssignForm(agencies=_assign_agencies()),
        "reason_form": forms.get("reason_form") or ReasonForm(),
        "extend_form": forms.get("extend_form") or ExtendForm(),
        "notice_form": forms.get("notice_form") or NoticeForm(dik_items=dik),
        "deliver_form": forms.get("deliver_form") or DeliverForm(),
        "report_form": forms.get("report_form") or ToReportForm(),
        "failed": next(iter(forms), ""),
    }
    return render(http_request, "ppid/requests/staff_detail.html", context, status=status)


@staff_view
def request_detail(request, pk: int):
    return _render_detail(request, _request(request, pk))


def _act(http_request, pk, form, form_name, call, success, *, utama_only=False):
    """Run one service for a POSTed action form; errors back on the detail page.

    A role that may not act is refused (403) before the form is read, so an empty or broken form
    never hides the refusal behind a form error (tests/security checks every role this way)."""
    info = _request(http_request, pk)
    if utama_only:
        require_utama(http_request.user)
    elif actor_or_none(http_request.user, info) is None:
        raise PermissionDenied(_("Permohonan ini tidak ditugaskan kepada instansi Anda."))
    if form.is_valid():
        try:
            call(info, form.cleaned_data)
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(http_request, success)
            return redirect("ppid:staff_request_detail", pk)
    return _render_detail(http_request, info, status=400, **{form_name: form})


@staff_view
@require_POST
def request_assign(request, pk: int):
    form = AssignForm(request.POST, agencies=_assign_agencies())
    return _act(
        request,
        pk,
        form,
        "assign_form",
        lambda info, d: services.assign_request(request.user, info, d["agency"], d.get("note", "")),
        _("Permohonan ditugaskan."),
        utama_only=True,
    )


@staff_view
@require_POST
def request_reason_action(request, pk: int, action: str):
    calls = {
        "belum-lengkap": (services.mark_incomplete, _("Permohonan ditandai perlu dilengkapi.")),
        "lengkap": (
            lambda user, info, reason: services.complete_request(user, info, reason),
            _("Permohonan lengkap; hitungan hari kerja dimulai."),
        ),
        "tutup": (services.close_request, _("Permohonan ditutup.")),
    }
    if action not in calls:
        raise Http404
    service, success = calls[action]
    return _act(
        request,
        pk,
        ReasonForm(request.POST),
        "reason_form",
        lambda info, d: service(request.user, info, d.get("reason", "")),
        success,
    )


@staff_view
@require_POST
def request_extend(request, pk: int):
    form = ExtendForm(request.POST)
    return _act(
        request,
        pk,
        form,
        "extend_form",
        lambda info, d: services.extend_request(request.user, info, d.get("reason", ""), d.get("days") or 7),
        _("Perpanjangan dicatat dan diberitahukan kepada pemohon."),
    )


@staff_view
@require_POST
def request_notice(request, pk: int):
    form = NoticeForm(request.POST, dik_items=DikItem.objects.filter(status=DikStatus.IN_FORCE))

    def call(info, d):
        values = {
            k: d.get(k)
            for k in (
                "material",
                "refusal_dik",
                "refusal_article",
                "consequence_test",
                "blacked_out_note",
                "holder_name",
                "fee",
                "fee_note",
                "provide_within",
            )
        }
        services.issue_notice(request.user, info, d["decision"], **values)

    return _act(request, pk, form, "notice_form", call, _("Pemberitahuan tertulis diterbitkan dan dikirim."))


@staff_view
@require_POST
def request_deliver(request, pk: int):
    form = DeliverForm(request.POST, request.FILES)

    def call(info, d):
        uploads = [(f.name, f) for f in request.FILES.getlist("files")]
        try:
            files = clean_uploads(uploads)
        except UploadRejected as exc:
            raise ValidationError({"files": format_rejection(exc, get_language() or "id")}) from None
        services.deliver_information(request.user, info, files, d.get("note", ""))

    return _act(request, pk, form, "deliver_form", call, _("Informasi diserahkan kepada pemohon."))


@staff_view
@require_POST
def request_pay(request, pk: int):
    info = _request(request, pk)
    try:
        services.record_payment(request.user, info)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Pembayaran dicatat."))
    return redirect("ppid:staff_request_detail", pk)


@staff_view
@require_POST
def request_to_report(request, pk: int):
    form = ToReportForm(request.POST)
    result = {}

    def call(info, d):
        result["done"] = conversion.convert_request_to_report(
            request.user, info, kecamatan=d["kecamatan"], kind=d["kind"], reason=d.get("reason", "")
        )

    response = _act(request, pk, form, "report_form", call, _("Permohonan dialihkan menjadi laporan pengaduan."),
                    utama_only=True)  # fmt: skip
    if "done" in result:
        done = result["done"]
        messages.info(
            request,
            _("Kode lacak laporan: %(code)s, kode rahasia: %(secret)s.")
            % {"code": done.report.code, "secret": done.secret},
        )
    return response


@staff_view
def request_staff_document(request, pk: int, doc_pk: int):
    document = downloads.request_document(_request(request, pk), doc_pk, http_request=request)
    if document is None:
        raise Http404
    return serve_document(document)


@staff_view
def request_staff_identity_file(request, pk: int, kind: str):
    info = _request(request, pk)
    try:
        opened = identity.open_identity_file(info, kind, user=request.user, http_request=request)
    except FileNotFoundError:
        raise Http404
    return serve_bytes(opened.content, opened.content_type, opened.name, attachment=True)


@login_required
def request_from_report(request, code: str):
    """Admin instansi or PPID Utama: turn a report of kind permintaan informasi into a request."""
    if not conversion.may_convert_report(request.user):
        return forbidden(request, _("Hanya admin instansi atau PPID Utama yang dapat mengalihkan laporan."))
    report = conversion.reports_convertible_by(request.user).filter(code=code.upper()).first()
    if report is None:
        raise Http404
    form = ReasonForm(request.POST or None)
    form.fields["reason"].label = _("Tujuan penggunaan informasi (bila diketahui)")
    problem = conversion.convertible_report(report)
    if request.method == "POST" and problem is None:
        try:
            done = conversion.convert_report_to_request(request.user, report, purpose=request.POST.get("reason", ""))
        except (ValidationError, PermissionDenied) as exc:
            problem = " ".join(getattr(exc, "messages", [str(exc)]))
        else:
            messages.success(
                request,
                _("Laporan %(code)s dialihkan menjadi permohonan informasi %(number)s.")
                % {"code": report.code, "number": done.request.number},
            )
            if requests_handled_by(request.user).filter(pk=done.request.pk).exists():
                return redirect("ppid:staff_request_detail", done.request.pk)
            return redirect("complaints:staff_detail", report.code)
    return render(
        request,
        "ppid/requests/from_report.html",
        {"report": report, "form": form, "problem": problem},
        status=400 if problem and request.method == "POST" else 200,
    )
