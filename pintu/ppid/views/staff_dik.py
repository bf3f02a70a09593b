"""Staff pages of the DIK register: the list, the exemption form, one exemption with decide/lift."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.accounts.access import scope_of
from pintu.history.selectors import events_visible_to
from pintu.ppid import domain, services
from pintu.ppid.exemptions import DESCRIPTIONS
from pintu.ppid.forms import DecideForm, DikItemForm, ReasonForm
from pintu.ppid.models import DikItem, DikStatus
from pintu.ppid.selectors import ALL_REGISTER_ROLES, dik_items_visible_to, own_agency_ids, register_agencies_for
from pintu.ppid.services.dik import DIK_FIELDS
from pintu.ppid.services.permissions import is_ppid_utama, may_keep
from pintu.ppid.views.common import EVENT_LABELS, service_errors_to_form, staff_view


def _item(request, pk: int) -> DikItem:
    item = dik_items_visible_to(request.user).filter(pk=pk).first()
    if item is None:
        raise Http404
    return item


def _descriptions():
    return [(letter, str(text)) for letter, text in DESCRIPTIONS.items()]


@staff_view
def dik_register(request):
    items = dik_items_visible_to(request.user)
    if not scope_of(request.user).has(*ALL_REGISTER_ROLES):
        items = items.filter(agency_id__in=own_agency_ids(request.user))
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
    if not (may_keep(request.user, item.agency) and item.status in domain.DIK_EDITABLE):
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
    utama = is_ppid_utama(user)
    events = events_visible_to(user).filter(case_type="dik_item", case_id=item.pk).order_by("-at", "-pk")
    context = {
        "item": item,
        "events": [(event, EVENT_LABELS.get(event.kind, event.kind)) for event in events],
        "may_edit": may_keep(user, item.agency) and item.status in domain.DIK_EDITABLE,
        "may_decide": utama and domain.target_of(domain.DIK_TRANSITIONS, "decide", item.status) is not None,
        "may_lift": utama and domain.target_of(domain.DIK_TRANSITIONS, "lift", item.status) is not None,
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
    form = DecideForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.decide_dik_item(request.user, item, data.get("decided_by", ""), data.get("decided_at"))
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:
            messages.success(request, _("Pengecualian ditetapkan dan tampil di DIK publik."))
            return redirect("ppid:staff_dik_detail", pk)
    return _render_detail(request, item, decide_form=form)


@staff_view
@require_POST
def dik_lift(request, pk: int):
    item = _item(request, pk)
    form = ReasonForm(request.POST)
    form.is_valid()
    try:
        services.lift_dik_item(request.user, item, form.cleaned_data.get("reason", ""))
    except ValidationError as exc:
        service_errors_to_form(form, exc)
        return _render_detail(request, item, lift_form=form)
    messages.success(request, _("Pengecualian dicabut; informasinya kembali terbuka."))
    return redirect("ppid:staff_dik_detail", pk)
