"""Staff pages of the DIK register: the list, the exemption form, one exemption with decide/lift."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.history.selectors import events_visible_to
from pintu.ppid.exemptions import DESCRIPTIONS
from pintu.ppid.registers import services
from pintu.ppid.registers.actions import DIK_ACTIONS
from pintu.ppid.registers.downloads import draft_response
from pintu.ppid.registers.forms import DecideForm, DikItemForm, ReasonForm
from pintu.ppid.registers.models import DikItem, DikStatus
from pintu.ppid.registers.permissions import may_edit_dik
from pintu.ppid.registers.selectors import dik_items_visible_to, register_agencies_for, register_dik_items
from pintu.ppid.registers.services import determination
from pintu.ppid.registers.services.dik import DIK_FIELDS
from pintu.ppid.web import staff_view, with_labels
from pintu.web.viewkit import service_errors_to_form


def _item(request, pk: int) -> DikItem:
    item = dik_items_visible_to(request.user).filter(pk=pk).first()
    if item is None:
        raise Http404
    return item


def _descriptions():
    return [(letter, str(text)) for letter, text in DESCRIPTIONS.items()]


@staff_view
def dik_register(request):
    items = register_dik_items(request.user)
    status = request.GET.get("status", "")
    if status in DikStatus.values:
        items = items.filter(status=status)
    context = {"items": items.order_by("agency__name", "exempt_until", "pk"), "status": status,
               "statuses": DikStatus.choices, "may_draft": register_agencies_for(request.user).exists()}  # fmt: skip
    return render(request, "ppid/staff/dik_register.html", context)


@staff_view
def dik_create(request):
    agencies = register_agencies_for(request.user).order_by("name")
    if not agencies.exists():
        return redirect("ppid:staff_dik")
    form = DikItemForm(request.POST or None, agencies=agencies)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            item = services.draft_dik_item(request.user, data["agency"], **{n: data.get(n) for n in DIK_FIELDS})
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Draf pengecualian disimpan. PPID Utama akan menetapkannya."))
            return redirect("ppid:staff_dik_detail", item.pk)
    return render(request, "ppid/staff/dik_form.html", {"form": form, "item": None, "descriptions": _descriptions()})


@staff_view
def dik_edit(request, pk: int):
    item = _item(request, pk)
    if not may_edit_dik(request.user, item):
        return redirect("ppid:staff_dik_detail", item.pk)
    form = DikItemForm(request.POST or None, initial={name: getattr(item, name) for name in DIK_FIELDS})
    if request.method == "POST" and form.is_valid():
        try:
            services.update_dik_item(request.user, item, **{n: form.cleaned_data.get(n) for n in DIK_FIELDS})
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Perubahan disimpan."))
            return redirect("ppid:staff_dik_detail", item.pk)
    return render(request, "ppid/staff/dik_form.html", {"form": form, "item": item, "descriptions": _descriptions()})


def _render_detail(request, item: DikItem, **forms):
    user = request.user
    available = {action.name for action in DIK_ACTIONS.available(user, item)}
    events = events_visible_to(user).filter(case_type="dik_item", case_id=item.pk).order_by("-at", "-pk")
    context = {
        "item": item,
        "events": with_labels(events),
        "may_edit": may_edit_dik(user, item),
        "may_decide": "decide" in available,
        "may_lift": "lift" in available,
        "may_sign": "sign_letter" in available,
        "may_discard": "discard_letter" in available,
        "pending_letter": determination.pending_letter(item),
        "decide_form": forms.get("decide_form") or DecideForm(),
        "lift_form": forms.get("lift_form") or ReasonForm(),
    }
    return render(request, "ppid/staff/dik_detail.html", context, status=400 if forms else 200)


@staff_view
def dik_detail(request, pk: int):
    return _render_detail(request, _item(request, pk))


@staff_view
@require_POST
def dik_decide(request, pk: int):
    item = _item(request, pk)
    DIK_ACTIONS.check("decide", request.user, item)  # refused before the form is read: a 403
    form = DecideForm(request.POST)
    if form.is_valid():
        try:
            outcome = DIK_ACTIONS.perform("decide", user=request.user, case=item, data=form.cleaned_data)
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, outcome.message)
            return redirect("ppid:staff_dik_detail", pk)
    return _render_detail(request, item, decide_form=form)


@staff_view
@require_POST
def dik_lift(request, pk: int):
    item = _item(request, pk)
    DIK_ACTIONS.check("lift", request.user, item)  # refused before the form is read: a 403
    form = ReasonForm(request.POST)
    form.is_valid()
    try:
        outcome = DIK_ACTIONS.perform("lift", user=request.user, case=item, data=form.cleaned_data)
    except ValidationError as exc:
        service_errors_to_form(form, exc)
        return _render_detail(request, item, lift_form=form)
    messages.success(request, outcome.message)
    return redirect("ppid:staff_dik_detail", pk)


@staff_view
@require_POST
def dik_letter_action(request, pk: int, action: str):
    """Approve and sign, or discard, the waiting determination letter (no form: a button)."""
    item = _item(request, pk)
    DIK_ACTIONS.check(action, request.user, item)  # refused before anything is read: a 403
    try:
        outcome = DIK_ACTIONS.perform(action, user=request.user, case=item, data={})
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, outcome.message)
    return redirect("ppid:staff_dik_detail", pk)


@staff_view
def dik_letter_draft(request, pk: int):
    return draft_response(_item(request, pk), http_request=request)
