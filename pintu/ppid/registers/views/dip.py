"""Staff pages of the DIP register under /ppid/staf/: the register, the item form, one item with its
files, actions and history. The actions on a row are registers.actions.DIP_ACTIONS (the list the API uses):
the page checks who may act before it reads a form and shows only what the row's state calls for."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.agencies.models import Agency
from pintu.files.validation import UploadRejected, clean_uploads, format_rejection
from pintu.history.selectors import events_visible_to
from pintu.ppid import domain
from pintu.ppid.config import PpidSettings
from pintu.ppid.permissions import is_utama
from pintu.ppid.registers import services
from pintu.ppid.registers.actions import DIP_ACTIONS
from pintu.ppid.registers.forms import DipFilesForm, DipFilterForm, DipItemForm, ReasonForm, RefreshForm
from pintu.ppid.registers.models import DipFile, DipItem, DipStatus
from pintu.ppid.registers.permissions import may_edit_dip
from pintu.ppid.registers.search import filter_matching
from pintu.ppid.registers.selectors import dip_items_visible_to, register_agencies_for, register_dip_items
from pintu.ppid.registers.services.dip import DIP_FIELDS, missing_for_publication
from pintu.ppid.registers.services.files import DIP_UPLOAD_POLICY
from pintu.ppid.registers.views.entry_form import EntryForm, entry_views
from pintu.ppid.web import paginate, querystring_without_page, staff_view, with_labels
from pintu.web.viewkit import action_view, perform_with_form

DETAIL, FORM = "ppid:staff_dip_detail", "ppid/staff/dip_form.html"


def _item(request, pk: int) -> DipItem:
    return get_object_or_404(dip_items_visible_to(request.user), pk=pk)


@staff_view
def register(request):
    items = register_dip_items(request.user)
    agencies = Agency.objects.filter(pk__in=items.values("agency_id")).order_by("name")
    form = DipFilterForm(request.GET or None, agencies=agencies)
    status = request.GET.get("status", "")
    form.is_valid()
    data = getattr(form, "cleaned_data", {})  # unbound: no filter; otherwise the valid fields still filter
    if status in DipStatus.values:
        items = items.filter(status=status)
    if data.get("kategori"):
        items = items.filter(category=data["kategori"])
    if data.get("instansi"):
        items = items.filter(agency__code=data["instansi"])
    items = filter_matching(items, data.get("q", "")).order_by("agency__name", "number", "pk")
    today, remind = timezone.localdate(), PpidSettings.load().berkala_remind_days
    page = paginate(request, items)
    rows = [(item, domain.due_state(item.next_due_date, today, remind)) for item in page.object_list]
    context = {
        "form": form, "page": page, "rows": rows, "status": status, "statuses": DipStatus.choices,
        "querystring": querystring_without_page(request), "is_utama": is_utama(request.user),
        "may_draft": register_agencies_for(request.user).exists(),
    }  # fmt: skip
    return render(request, "ppid/staff/dip_register.html", context)


DRAFTED = gettext_lazy("Draf informasi disimpan. PPID Utama akan memeriksa dan mengumumkannya.")
DRAFTED_BY_UTAMA = gettext_lazy("Draf informasi disimpan; belum tampil di DIP publik. Umumkan dari halaman ini "
                                "setelah kolom DIP lengkap.")  # fmt: skip


def _changed(item: DipItem) -> str:
    if item.status == DipStatus.PUBLISHED:  # only the PPID Utama edits it (services.update_dip_item)
        return _("Perubahan disimpan dan langsung tampil di DIP publik.")
    return _("Perubahan disimpan.")


ENTRY = EntryForm(DipItemForm, DIP_FIELDS, draft=services.draft_dip_item, update=services.update_dip_item,
                  may_edit=may_edit_dip, register="ppid:staff_register", detail=DETAIL, template=FORM,
                  drafted=DRAFTED, drafted_by_utama=DRAFTED_BY_UTAMA, changed=_changed)  # fmt: skip


create, edit = entry_views(ENTRY, _item)


def _render_detail(request, item: DipItem, **forms):
    user = request.user
    available = {action.name for action in DIP_ACTIONS.available(user, item)}
    events = events_visible_to(user).filter(case_type="dip_item", case_id=item.pk).order_by("-at", "-pk")
    missing = missing_for_publication(item)
    context = {
        "item": item,
        "files": item.files.all(),
        "events": with_labels(events),
        "may_edit": may_edit_dip(user, item),
        "may_publish": "publish" in available,
        "may_withdraw": "withdraw" in available,
        "may_refresh": "refresh" in available,
        "missing": missing,
        "missing_labels": [str(DipItem._meta.get_field(name).verbose_name) for name in missing],
        "withdraw_form": forms.get("withdraw_form") or ReasonForm(),
        "refresh_form": forms.get("refresh_form") or RefreshForm(initial={"date": timezone.localdate()}),
        "files_form": forms.get("files_form") or DipFilesForm(),
        "publish_errors": forms.get("publish_errors", []),
    }
    return render(request, "ppid/staff/dip_detail.html", context, status=400 if forms else 200)


@staff_view
def detail(request, pk: int):
    return _render_detail(request, _item(request, pk))


@staff_view
@require_POST
def publish(request, pk: int):
    item = _item(request, pk)
    try:
        outcome = DIP_ACTIONS.perform("publish", user=request.user, case=item)
    except ValidationError as exc:
        return _render_detail(request, item, publish_errors=exc.messages)
    messages.success(request, outcome.message)
    if request.POST.get("back") == "register":
        return redirect("ppid:staff_register")
    return redirect("ppid:staff_dip_detail", pk)


def _act(request, item, action: str, form, slot: str, files=()):
    """Run `action` with the form's cleaned data; the service's errors back on the page (400)."""
    on_error = lambda form: _render_detail(request, item, **{slot: form})  # noqa: E731
    return perform_with_form(request, DIP_ACTIONS, item, action, form, on_error=on_error, detail=DETAIL, files=files)


#: A withdrawal's reason may be empty for the form: the service says what is missing.
withdraw = staff_view(action_view(_item, DIP_ACTIONS, "withdraw", ReasonForm, slot="withdraw_form",
                                  render_detail=_render_detail, detail=DETAIL, strict=False))  # fmt: skip
refresh = staff_view(action_view(_item, DIP_ACTIONS, "refresh", RefreshForm, slot="refresh_form",
                                 render_detail=_render_detail, detail=DETAIL))  # fmt: skip


@staff_view
@require_POST
def add_files(request, pk: int):
    item = _item(request, pk)
    DIP_ACTIONS.check("add_files", request.user, item)  # refused before the form is read: a 403
    form = DipFilesForm(request.POST, request.FILES)
    form.is_valid()
    uploads = [(f.name, f) for f in request.FILES.getlist("files")]
    if not uploads:
        form.add_error("files", _("Pilih sedikitnya satu berkas."))
        return _render_detail(request, item, files_form=form)
    try:
        cleaned = clean_uploads(uploads, DIP_UPLOAD_POLICY)
    except UploadRejected as exc:
        form.add_error("files", format_rejection(exc, get_language() or "id"))
        return _render_detail(request, item, files_form=form)
    return _act(request, item, "add_files", form, "files_form", files=cleaned)


@staff_view
@require_POST
def remove_file(request, pk: int, file_pk: int):
    item = _item(request, pk)
    DIP_ACTIONS.check("remove_file", request.user, item)
    row = DipFile.objects.filter(pk=file_pk, item=item).first()
    if row is None:
        raise Http404
    outcome = DIP_ACTIONS.perform("remove_file", user=request.user, case=item, data={"file": row})
    messages.success(request, outcome.message)
    return redirect("ppid:staff_dip_detail", pk)
