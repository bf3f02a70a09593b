"""Staff pages of objections and disputes: the register (filters, CSV/XLSX), paper registration, one
objection with the actions allowed now (decide, record response, record dispute, record stage), and the
list of disputes. What may be done is objections.actions.ACTIONS (the list the API uses): this page maps
an action to its form; every rule is in pintu.ppid.objections.services."""

from datetime import datetime, time

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.cases.card_lists import card_context, card_section
from pintu.history.selectors import events_visible_to
from pintu.ppid import letter_drafts
from pintu.ppid.objections import clocks, figures, register, services
from pintu.ppid.objections import workflow as wf
from pintu.ppid.objections.actions import ACTIONS, dispute_of
from pintu.ppid.objections.documents import answer_draft_response
from pintu.ppid.objections.forms import (
    DecideForm,
    DisputeForm,
    DisputeStepForm,
    PaperObjectionForm,
    RegisterFilterForm,
    ResponseForm,
)
from pintu.ppid.objections.next_step import for_viewer as next_step_for
from pintu.ppid.objections.selectors import disputes_visible_to, objections_visible_to
from pintu.ppid.permissions import is_atasan, is_utama
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.numbering import parse_number
from pintu.ppid.web import paginate, querystring_without_page, staff_view, with_labels
from pintu.web.viewkit import service_errors_to_form
from pintu.workdays.calendar import get_calendar


def _filtered(request):
    form = RegisterFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    qs = register.filtered_objections(request.user, status=data.get("status", ""), grounds=data.get("alasan", ""),
                                       year=data.get("tahun"))  # fmt: skip
    section = card_section(request, figures.SECTIONS)
    if section is not None:  # the list behind a workspace card: the card's own queryset function
        qs = section.select(qs, timezone.localdate(), timezone.now())
    return form, qs


@staff_view
def objection_register(request):
    form, qs = _filtered(request)
    today = timezone.localdate()
    page = paginate(request, qs.order_by("status", "answer_due", "pk"))
    context = {"form": form, "page": page, "today": today, "querystring": querystring_without_page(request),
               "may_register": is_utama(request.user), **card_context(request, figures.SECTIONS, qs)}  # fmt: skip
    return render(request, "ppid/objections/register.html", context)


@staff_view
def objection_export(request, fmt: str):
    _form, qs = _filtered(request)
    return register.objections_export(qs, fmt, http_request=request).response()


@staff_view
def objection_create(request):
    if not is_utama(request.user):
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


def _render_detail(request, objection, **forms):
    user = request.user
    calendar = get_calendar()
    dispute = dispute_of(objection)
    available = {action.name for action in ACTIONS.available(user, objection)}
    events = events_visible_to(user).filter(case_type="objection", case_id=objection.pk).order_by("at", "pk")
    stage_actions = wf.dispute_actions(dispute.status) if dispute else []
    clock = clocks.objection_clock(calendar, objection)
    context = {
        "objection": objection,
        "dispute": dispute,
        "steps": dispute.steps.select_related("recorded_by") if dispute else [],
        "clock": clock,
        "next_step": next_step_for(user, objection, clock),
        "dispute_clocks": clocks.dispute_clocks(calendar, dispute) if dispute else [],
        "dispute_deadline": clocks.dispute_filing_deadline(calendar, objection),
        "events": with_labels(events),
        "may_decide": "decide" in available,
        "may_sign_letter": "sign_letter" in available,
        "may_discard_letter": "discard_letter" in available,
        "pending_letter": letter_drafts.pending_letter(objection),
        "may_respond": "respond" in available,
        "may_dispute": "dispute" in available,
        "stage_actions": stage_actions if "dispute_step" in available else [],
        "decide_form": forms.get("decide_form") or DecideForm(initial={
            "atasan_name": user.full_name or user.get_username(),
            "atasan_post": services.atasan_post_of(user) if is_atasan(user) else "",
        }),
        "response_form": forms.get("response_form") or ResponseForm(),
        "dispute_form": forms.get("dispute_form") or DisputeForm(),
        "step_form": forms.get("step_form") or DisputeStepForm(actions=stage_actions),
        "request_info": objection.request,
        "is_utama": is_utama(user),
    }  # fmt: skip
    return render(request, "ppid/objections/detail.html", context, status=400 if forms else 200)


@staff_view
def objection_detail(request, pk: int):
    return _render_detail(request, _objection(request, pk))


#: The page's form for each staff action (objections.actions.ACTIONS), by its name in the template.
ACTION_FORMS = {
    "decide": ("decide_form", lambda dispute, *data: DecideForm(*data)),
    "respond": ("response_form", lambda dispute, *data: ResponseForm(*data)),
    "dispute": ("dispute_form", lambda dispute, *data: DisputeForm(*data)),
    "dispute_step": ("step_form",
                     lambda dispute, *data: DisputeStepForm(*data, actions=wf.dispute_actions(dispute.status))),
}  # fmt: skip


def _act(request, pk: int, action: str):
    """Refused (403) before the form is read when the action is not the user's; errors back on the page."""
    objection = _objection(request, pk)
    ACTIONS.check(action, request.user, objection)
    dispute = dispute_of(objection)
    if action == "dispute_step" and dispute is None:
        raise Http404
    slot, build = ACTION_FORMS[action]
    form = build(dispute, request.POST)
    if form.is_valid():
        try:
            outcome = ACTIONS.perform(action, user=request.user, case=objection, data=form.cleaned_data)
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, outcome.message)
            if getattr(outcome.case, "late", False):
                messages.warning(request, outcome.case.warning)
            return redirect("ppid:staff_objection_detail", pk)
    return _render_detail(request, objection, **{slot: form})


def _letter_action(request, pk: int, action: str):
    """Approve and sign, or discard, the waiting answer (no form); refused (403) when not the user's."""
    objection = _objection(request, pk)
    ACTIONS.check(action, request.user, objection)
    try:
        outcome = ACTIONS.perform(action, user=request.user, case=objection, data={})
    except ValidationError as exc:
        for message in exc.messages:
            messages.error(request, message)
    else:
        messages.success(request, outcome.message)
    return redirect("ppid:staff_objection_detail", pk)


@staff_view
@require_POST
def objection_action(request, pk: int, action: str):
    """One staff action, named by its URL (objections/urls.py): a form (ACTION_FORMS) or a letter button."""
    if action in ACTION_FORMS:
        return _act(request, pk, action)
    return _letter_action(request, pk, action)


@staff_view
def objection_letter_draft(request, pk: int):
    return answer_draft_response(_objection(request, pk), http_request=request)


@staff_view
def dispute_list(request):
    calendar = get_calendar()
    disputes = disputes_visible_to(request.user).order_by("status", "finish_due", "pk")
    rows = [(d, clocks.dispute_clocks(calendar, d)) for d in disputes]
    return render(request, "ppid/objections/disputes.html", {"rows": rows})
