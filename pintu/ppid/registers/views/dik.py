"""Staff pages of the DIK register: the list, the exemption form, one exemption with decide/lift."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from pintu.history.selectors import events_visible_to
from pintu.ppid import letter_drafts
from pintu.ppid.exemptions import DESCRIPTIONS
from pintu.ppid.registers import services
from pintu.ppid.registers.actions import DIK_ACTIONS
from pintu.ppid.registers.downloads import draft_response
from pintu.ppid.registers.forms import DecideForm, DikItemForm, ReasonForm
from pintu.ppid.registers.models import DikItem, DikStatus
from pintu.ppid.registers.permissions import may_edit_dik
from pintu.ppid.registers.selectors import dik_items_visible_to, register_agencies_for, register_dik_items
from pintu.ppid.registers.services.dik import DIK_FIELDS
from pintu.ppid.registers.views.entry_form import EntryForm, entry_views
from pintu.ppid.web import staff_view, with_labels
from pintu.web.viewkit import action_view

DETAIL = "ppid:staff_dik_detail"


def _item(request, pk: int) -> DikItem:
    return get_object_or_404(dik_items_visible_to(request.user), pk=pk)


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


ENTRY = EntryForm(DikItemForm, DIK_FIELDS, draft=services.draft_dik_item, update=services.update_dik_item,
                  may_edit=may_edit_dik, register="ppid:staff_dik", detail=DETAIL, template="ppid/staff/dik_form.html",
                  drafted=gettext_lazy("Draf pengecualian disimpan. PPID Utama akan menetapkannya."),
                  drafted_by_utama=gettext_lazy("Draf pengecualian disimpan; belum berlaku. Buat surat penetapannya "
                                                "dari halaman ini setelah uji konsekuensi."),
                  context=lambda item: {"item": item, "descriptions": _descriptions()})  # fmt: skip


dik_create, dik_edit = entry_views(ENTRY, _item)


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
        "pending_letter": letter_drafts.pending_letter(item),
        "decide_form": forms.get("decide_form") or DecideForm(),
        "lift_form": forms.get("lift_form") or ReasonForm(),
    }
    return render(request, "ppid/staff/dik_detail.html", context, status=400 if forms else 200)


@staff_view
def dik_detail(request, pk: int):
    return _render_detail(request, _item(request, pk))


dik_decide = staff_view(action_view(_item, DIK_ACTIONS, "decide", DecideForm, slot="decide_form",
                                    render_detail=_render_detail, detail=DETAIL))  # fmt: skip
#: A lift's reason may be empty for the form: the service says what is missing.
dik_lift = staff_view(action_view(_item, DIK_ACTIONS, "lift", ReasonForm, slot="lift_form",
                                  render_detail=_render_detail, detail=DETAIL, strict=False))  # fmt: skip


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
