"""Staff pages of objections and disputes: the register (filters, CSV/XLSX), paper registration, one
objection with the actions allowed now (decide, record response, record dispute, record stage), and the
list of disputes. Every rule is in pintu.ppid.objections.services."""

from datetime import datetime, time

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from pintu.history.selectors import events_visible_to
from pintu.ppid import downloads
from pintu.ppid.forms_objections import (
    DecideForm,
    DisputeForm,
    DisputeStepForm,
    PaperObjectionForm,
    RegisterFilterForm,
    ResponseForm,
)
from pintu.ppid.models_objections import Dispute, StageAction
from pintu.ppid.models_requests import InformationRequest
from pintu.ppid.objections import clocks, services
from pintu.ppid.objections import workflow as wf
from pintu.ppid.objections.selectors import disputes_visible_to, objections_visible_to
from pintu.ppid.requests.numbering import parse_number
from pintu.ppid.views.common import paginate, querystring_without_page, service_errors_to_form, staff_view
from pintu.workdays.calendar import get_calendar

EVENT_LABELS = {
    "filed": gettext_lazy("Keberatan dicatat"),
    "decide": gettext_lazy("Atasan PPID memberikan tanggapan"),
    "accept": gettext_lazy("Pemohon menerima tanggapan"),
    "go_to_ki": gettext_lazy("Pemohon mengajukan sengketa ke Komisi Informasi"),
    "escalated": gettext_lazy("Melewati batas tanggapan: diteruskan ke Atasan PPID dan PPID Utama"),
    "dispute_filed": gettext_lazy("Sengketa dicatat di Komisi Informasi"),
}


def event_label(kind: str) -> str:
    if kind in EVENT_LABELS:
        return EVENT_LABELS[kind]
    if kind.startswith("dispute_"):
        action = kind.removeprefix("dispute_")
        return StageAction(action).label if action in StageAction.values else kind
    return kind


def _filtered(request):
    form = RegisterFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    qs = downloads.filtered_objections(request.user, status=data.get("status", ""), grounds=data.get("alasan", ""),
                                       year=data.get("tahun"))  # fmt: skip
    return form, qs


@staff_view
def objection_register(request):
    form, qs = _filtered(request)
    today = timezone.localdate()
    page = paginate(request, qs.order_by("status", "answer_due", "pk"))
    context = {"form": form, "page": page, "today": today, "querystring": querystring_without_page(request),
               "may_register": services.is_utama(request.user)}  # fmt: skip
    return render(request, "ppid/objections/register.html", context)


@staff_view
def objection_export(request, fmt: str):
    _form, qs = _filtered(request)
    return downloads.objections_export(qs, fmt, http_request=request).response()


@staff_view
def objection_create(request):
    if not services.is_utama(request.user):
        return redirect("ppid:staff_objections")
    form = PaperObjectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        info_request = None
        if data["request_number"]:
            number = parse_number(data["request_number"])
            info_request = InformationRequest.objects.filter(number=number).first() if number else None
            if info_request is None:
                form.add_error("request_number", _("Nomor pendaftaran permohonan tidak ditemukan."))
        if not form.errors:
            filed_on = data["filed_on"]
            filed_at = timezone.now() if filed_on == timezone.localdate() else timezone.make_aware(
                datetime.combine(filed_on, time(9, 0)))  # fmt: skip
            try:
                objection = services.register_objection(
                    request.user, info_request=info_request, grounds=data["grounds"], description=data["description"],
                    requester_name=data["requester_name"], is_proxy=data["is_proxy"], proxy_name=data["proxy_name"],
                    contact=data["contact"], information=data["information"],
                    ground_arose_on=data["ground_arose_on"], filed_at=filed_at,
                )  # fmt: skip
            except ValidationError as exc:
                service_errors_to_form(form, exc)
            else:
                messages.success(request, _("Keberatan %(number)s dicatat.") % {"number": objection.number})
                return redirect("ppid:staff_objection_detail", objection.pk)
    return render(request, "ppid/objections/create.html", {"form": form}, status=400 if form.errors else 200)


def _objection(request, pk: int):
    objection = objections_visible_to(request.user).filter(pk=pk).first()
    if objection is None:
        raise Http404
    return objection


def _dispute_of(objection) -> Dispute | None:
    try:
        return objection.dispute
    except Dispute.DoesNotExist:
        return None


def _render_detail(request, objection, **forms):
    user = request.user
    calendar = get_calendar()
    dispute = _dispute_of(objection)
    utama, atasan = services.is_utama(user), services.is_atasan(user)
    events = events_visible_to(user).filter(case_type="objection", case_id=objection.pk).order_by("at", "pk")
    context = {
        "objection": objection,
        "dispute": dispute,
        "steps": dispute.steps.select_related("recorded_by") if dispute else [],
        "clock": clocks.objection_clock(calendar, objection),
        "dispute_clocks": clocks.dispute_clocks(calendar, dispute) if dispute else [],
        "dispute_deadline": clocks.dispute_filing_deadline(calendar, objection),
        "events": [(event, event_label(event.kind)) for event in events],
        "may_decide": atasan and wf.Action.DECIDE in wf.allowed_actions(objection.status, wf.Actor.ATASAN),
        "may_respond": utama and bool(wf.allowed_actions(objection.status, wf.Actor.UTAMA)),
        "may_dispute": utama and dispute is None and objection.status != wf.Status.CLOSED,
        "stage_actions": wf.dispute_actions(dispute.status) if dispute and utama else [],
        "decide_form": forms.get("decide_form")
        or DecideForm(
            initial={
                "atasan_name": user.full_name or user.get_username(),
                "atasan_post": services.atasan_post_of(user) if atasan else "",
            }
        ),  # fmt: skip
        "response_form": forms.get("response_form") or ResponseForm(),
        "dispute_form": forms.get("dispute_form") or DisputeForm(),
        "step_form": forms.get("step_form")
        or DisputeStepForm(actions=wf.dispute_actions(dispute.status) if dispute else []),  # fmt: skip
        "request_info": objection.request,
        "is_utama": utama,
    }
    return render(request, "ppid/objections/detail.html", context, status=400 if forms else 200)


@staff_view
def objection_detail(request, pk: int):
    return _render_detail(request, _objection(request, pk))


@staff_view
@require_POST
def objection_decide(request, pk: int):
    objection = _objection(request, pk)
    services.require_atasan(request.user)  # refused before the form is read: a 403, never a form error
    form = DecideForm(request.POST)
    if form.is_valid():
        try:
            data = form.cleaned_data
            services.decide_objection(request.user, objection, decision=data["decision"], text=data["decision_text"],
                                      atasan_name=data["atasan_name"], atasan_post=data["atasan_post"])  # fmt: skip
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Tanggapan atas keberatan disimpan dan dikirim kepada pemohon."))
            return redirect("ppid:staff_objection_detail", pk)
    return _render_detail(request, objection, decide_form=form)


@staff_view
@require_POST
def objection_respond(request, pk: int):
    objection = _objection(request, pk)
    services.require_utama(request.user)  # refused before the form is read: a 403, never a form error
    form = ResponseForm(request.POST)
    if form.is_valid():
        try:
            services.record_response(request.user, objection, form.cleaned_data["response"])
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Tanggapan pemohon dicatat."))
            return redirect("ppid:staff_objection_detail", pk)
    return _render_detail(request, objection, response_form=form)


@staff_view
@require_POST
def objection_dispute(request, pk: int):
    objection = _objection(request, pk)
    services.require_utama(request.user)  # refused before the form is read: a 403, never a form error
    form = DisputeForm(request.POST)
    if form.is_valid():
        try:
            result = services.record_dispute(request.user, objection, **form.cleaned_data)
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Sengketa informasi dicatat."))
            if result.late:
                messages.warning(request, result.warning)
            return redirect("ppid:staff_objection_detail", pk)
    return _render_detail(request, objection, dispute_form=form)


@staff_view
@require_POST
def objection_dispute_step(request, pk: int):
    objection = _objection(request, pk)
    services.require_utama(request.user)  # refused before the form is read: a 403, never a form error
    dispute = _dispute_of(objection)
    if dispute is None:
        raise Http404
    form = DisputeStepForm(request.POST, actions=wf.dispute_actions(dispute.status))
    if form.is_valid():
        try:
            services.record_dispute_step(request.user, dispute, **form.cleaned_data)
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Tahap sengketa dicatat."))
            return redirect("ppid:staff_objection_detail", pk)
    return _render_detail(request, objection, step_form=form)


@staff_view
def dispute_list(request):
    calendar = get_calendar()
    disputes = disputes_visible_to(request.user).order_by("status", "finish_due", "pk")
    rows = [(d, clocks.dispute_clocks(calendar, d)) for d in disputes]
    return render(request, "ppid/objections/disputes.html", {"rows": rows})
