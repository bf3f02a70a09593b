"""Staff pages of information requests: the register (filters, CSV/XLSX), staff registration of oral,
walk-in, letter and e-mail requests, one request with the actions allowed now, documents, identity files,
and the conversion from a complaint report (opened by the admin instansi from the complaints pages).

Every page starts from requests_handled_by(user). What may be done with a request is
requests.actions.ACTIONS (the same list the API uses): this page only maps an action to its form.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, Value, When
from django.db.models.functions import Coalesce, TruncDate
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.cases.card_lists import card_context, card_section
from pintu.files.validation import UploadRejected, clean_uploads, format_rejection
from pintu.history.selectors import events_visible_to
from pintu.ppid.letter_drafts import pending_letter
from pintu.ppid.permissions import is_utama
from pintu.ppid.registers.models import DikStatus
from pintu.ppid.registers.selectors import dik_items_visible_to
from pintu.ppid.requests import clocks, conversion, figures, identity, register, services
from pintu.ppid.requests.actions import ACTIONS
from pintu.ppid.requests.documents import draft_letter_response, opened_document, serve_bytes, serve_document
from pintu.ppid.requests.forms import (
    AssignForm,
    DeliverForm,
    ExtendForm,
    NoticeForm,
    NoticeReceiptForm,
    ReasonForm,
    RequestFilterForm,
    StaffRequestForm,
    ToReportForm,
)
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.next_step import for_viewer as next_step_for
from pintu.ppid.requests.selectors import assignable_agencies, requests_handled_by
from pintu.ppid.requests.views.public import draft_from
from pintu.ppid.requests.workflow import AWAITING_NOTICE
from pintu.ppid.web import PAGE_SIZE, forbidden, staff_view, with_labels
from pintu.web.keyset import InvalidCursor, Key, filters_querystring, invalid_cursor_response, paginate
from pintu.web.viewkit import service_errors_to_form
from pintu.workdays.calendar import get_calendar

#: The register's orders (RequestFilterForm's "urut"), as keyset pages (pintu.web.keyset). Newest first by
#: default; within a day of receipt always by registration number, in the direction of the days; "tenggat":
#: the nearest deadline of the requests still awaiting their notice first (answered ones and no due date last).
NO_DUE = datetime.date(9999, 12, 31)
NEWEST_FIRST = [Key("received_day", descending=True), Key("number", descending=True)]
REGISTER_ORDERS = {
    "": NEWEST_FIRST,
    "terlama": [Key("received_day"), Key("number")],
    "tenggat": [Key("due_order"), Key("received_day"), Key("number")],
}


def _request(http_request, pk: int) -> InformationRequest:
    info = requests_handled_by(http_request.user).filter(pk=pk).first()
    if info is None:
        raise Http404
    return info


def _filtered(http_request):
    form = RequestFilterForm(http_request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    qs = register.filtered_requests(http_request.user, status=data.get("status", ""), q=data.get("q", ""),
                                    overdue=bool(data.get("terlambat")))  # fmt: skip
    section = card_section(http_request, figures.SECTIONS)
    if section is not None:  # the list behind a workspace card: the card's own queryset function
        qs = section.select(qs, timezone.localdate(), timezone.now())
    return form, qs


@staff_view
def request_register(request):
    form, qs = _filtered(request)
    order = REGISTER_ORDERS.get(form.cleaned_data.get("urut", "") if form.is_bound else "", NEWEST_FIRST)
    # the deadline counts only while the notice is awaited: a request already answered goes after every open one
    awaiting = Case(When(status__in=AWAITING_NOTICE, then="due_date"), default=Value(NO_DUE))
    qs = qs.annotate(due_order=Coalesce(awaiting, Value(NO_DUE)),
                     received_day=TruncDate("received_at", tzinfo=timezone.get_current_timezone()))  # fmt: skip
    try:
        page = paginate(qs, order, request.GET, PAGE_SIZE)
    except InvalidCursor:  # a forged or damaged page link: 400, not a 500
        return invalid_cursor_response(request)
    calendar = get_calendar()
    rows = [(r, clocks.current_clock(r, calendar)) for r in page.rows]
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "querystring": filters_querystring(request),
        "may_register": is_utama(request.user),
        **card_context(request, figures.SECTIONS, qs),
    }
    return render(request, "ppid/requests/staff_register.html", context)


@staff_view
def request_export(request, fmt: str):
    _form, qs = _filtered(request)
    return register.requests_export(qs, fmt, http_request=request).response()


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


# --- one request and its actions ----------------------------------------------------------------------


def _in_force_dik(user, info, *data):
    """The exemptions a notice may cite (any in force); the page lists a PPID Pembantu those of its agency."""
    items = dik_items_visible_to(user).filter(status=DikStatus.IN_FORCE).order_by("agency__name", "document")
    if not data and info.assigned_agency_id and not is_utama(user):
        items = items.filter(agency_id=info.assigned_agency_id)
    return items


@dataclass(frozen=True)
class ActionForm:
    """How the page shows one action: its form, and the form's name in the template (the reason actions
    share one). A plain button (record_payment) has no entry."""

    slot: str
    build: Callable  # (user, the request, *data) -> the form, bound when `data` (POST, FILES) is given


ACTION_FORMS = {
    "assign": ActionForm("assign_form", lambda user, info, *data: AssignForm(*data, agencies=assignable_agencies())),
    "extend": ActionForm("extend_form", lambda user, info, *data: ExtendForm(*data)),
    "issue_notice": ActionForm("notice_form",
                               lambda user, info, *data: NoticeForm(*data, dik_items=_in_force_dik(user, info, *data))),
    "deliver": ActionForm("deliver_form", lambda user, info, *data: DeliverForm(*data)),
    "record_receipt": ActionForm("receipt_form", lambda user, info, *data: NoticeReceiptForm(*data)),
    "mark_incomplete": ActionForm("reason_form", lambda user, info, *data: ReasonForm(*data)),
    "complete": ActionForm("reason_form", lambda user, info, *data: ReasonForm(*data)),
    "close": ActionForm("reason_form", lambda user, info, *data: ReasonForm(*data)),
    "convert_to_report": ActionForm("report_form", lambda user, info, *data: ToReportForm(*data)),
}  # fmt: skip
#: The reason actions share one URL, /<slug>/ (ppid:staff_request_action).
REASON_ACTIONS = {"belum-lengkap": "mark_incomplete", "lengkap": "complete", "tutup": "close"}


def _render_detail(http_request, info: InformationRequest, status: int = 200, **failed):
    """The request with the actions the user may take now; `failed`: the form that came back with errors."""
    user = http_request.user
    documents = list(info.documents.all())
    events = events_visible_to(user).filter(case_type="info_request", case_id=info.pk).order_by("-at", "-pk")
    forms = {page.slot: page.build(user, info) for page in ACTION_FORMS.values()} | failed
    for slot, form in forms.items():  # one page, many forms: every field id unique (id_extend_reason ...)
        form.auto_id = f"id_{slot.removesuffix('_form')}_%s"
    clock = clocks.current_clock(info, get_calendar())
    actions = {action.name for action in ACTIONS.available(user, info)}
    context = {
        "req": info,
        "actions": actions,
        "may_sign_letter": "sign_letter" in actions,  # ppid/includes/pending_letter.html
        "may_discard_letter": "discard_letter" in actions,
        "clock": clock,
        "next_step": next_step_for(user, info, clock),
        "contact": identity.identity_for_staff(user, info),
        "notice": next((d for d in reversed(documents) if d.is_notice), None),
        "notice_letter": info.notice_letter,
        "pending_letter": pending_letter(info),
        "documents": [d for d in documents if not d.is_notice],
        "events": with_labels(events.select_related("actor")),
        "failed": next(iter(failed), ""),
        **forms,
    }
    return render(http_request, "ppid/requests/staff_detail.html", context, status=status)


@staff_view
def request_detail(request, pk: int):
    return _render_detail(request, _request(request, pk))


def _uploads(form, http_request):
    """The delivered files checked by content (pintu.files); None, with the error on the form, if refused."""
    try:
        return clean_uploads([(f.name, f) for f in http_request.FILES.getlist("files")])
    except UploadRejected as exc:
        form.add_error("files", format_rejection(exc, get_language() or "id"))
        return None


def _act(request, pk: int, action: str):
    """One action on one request: refused (403) before the form is read when it is not the user's to take;
    the form's errors and the service's come back on the page (400)."""
    info = _request(request, pk)
    chosen = ACTIONS.check(action, request.user, info)
    page = ACTION_FORMS.get(action)
    if page is None:  # a plain button: what goes wrong is said in a message on the page
        try:
            outcome = ACTIONS.perform(action, user=request.user, case=info)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, outcome.message)
        return redirect("ppid:staff_request_detail", pk)
    form = page.build(request.user, info, request.POST, request.FILES)
    if form.is_valid():
        files = _uploads(form, request) if chosen.multipart else []
        if files is not None:
            try:
                outcome = ACTIONS.perform(action, user=request.user, case=info, data=form.cleaned_data, files=files)
            except ValidationError as exc:
                service_errors_to_form(form, exc)
            else:
                messages.success(request, outcome.message)
                if outcome.secret:
                    messages.info(request, _("Kode lacak laporan: %(code)s, kode rahasia: %(secret)s.")
                                  % {"code": outcome.created[0], "secret": outcome.secret})  # fmt: skip
                return redirect("ppid:staff_request_detail", pk)
    return _render_detail(request, info, status=400, **{page.slot: form})


@staff_view
@require_POST
def request_action(request, pk: int, action: str):
    return _act(request, pk, action)


@staff_view
@require_POST
def request_reason_action(request, pk: int, action: str):
    return _act(request, pk, REASON_ACTIONS[action])


# --- files --------------------------------------------------------------------------------------------


@staff_view
def request_staff_document(request, pk: int, doc_pk: int):
    document = opened_document(_request(request, pk), doc_pk, http_request=request)
    if document is None:
        raise Http404
    return serve_document(document)


@staff_view
def request_letter_draft(request, pk: int):
    return draft_letter_response(_request(request, pk), http_request=request)


@staff_view
def request_staff_identity_file(request, pk: int, kind: str):
    info = _request(request, pk)
    try:
        opened = identity.open_identity_file(info, kind, user=request.user, http_request=request)
    except FileNotFoundError:
        raise Http404
    return serve_bytes(opened.content, opened.content_type, opened.name, attachment=True)


# --- a complaint report of kind "permintaan informasi" becomes a request ----------------------------------


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
