"""One report for its handlers: the report, the reporter (if they may see them), the clocks, the full
timeline, and the forms of the actions allowed now. Each form posts to its own URL (PRG)."""

from dataclasses import dataclass, field

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.accounts.selectors import agencies_visible_to
from pintu.cases.actions import ActionNotAvailable
from pintu.complaints import watchers
from pintu.complaints.actions import ACTIONS
from pintu.complaints.choices import FORWARD_CHANNELS
from pintu.complaints.clocks import CLOCK_LABELS
from pintu.complaints.forms_staff import RevealForm
from pintu.complaints.identity import contact_for
from pintu.complaints.models import STATUS_LABELS, ArchiveKind
from pintu.complaints.next_step import for_viewer as next_step_for
from pintu.complaints.permissions import actor_for
from pintu.complaints.selectors import handled_by
from pintu.complaints.services import admin
from pintu.complaints.services.base import is_admin
from pintu.complaints.suggestions import panel as routing_panel
from pintu.complaints.timeline import staff_events
from pintu.complaints.views.common import cleaned_files, clock_of, service_errors_to_form
from pintu.complaints.views.staff import STAFF_CSS, staff_view
from pintu.complaints.views.staff_actions import FORMS
from pintu.complaints.workflow import Status


@dataclass
class TimelineItem:
    event: object
    label: str
    actor: str
    details: list = field(default_factory=list)  # (label, text)
    links: list = field(default_factory=list)  # (label, code, url)
    attachments: list = field(default_factory=list)


def _report_for(user, code: str):
    qs = handled_by(user).select_related(
        "category__default_agency", "kecamatan", "desa", "assigned_agency", "forwarded_to", "master", "parent"
    )
    return get_object_or_404(qs, code=code.upper())


def _status_label(value: str) -> str:
    try:
        return str(STATUS_LABELS[Status(value)])
    except ValueError:
        return value


def _timeline(user, report, attachments) -> tuple[list[TimelineItem], object]:
    channels = dict(FORWARD_CHANNELS)
    events = staff_events(user, report)
    codes = {e.payload.get(key) for e in events for key in ("suggested_agency", "from_agency") if e.payload.get(key)}
    agencies = {a.code: a for a in agencies_visible_to(user).filter(code__in=codes)} if codes else {}
    by_event: dict[int, list] = {}
    for attachment in attachments:
        if attachment.event_id:
            by_event.setdefault(attachment.event_id, []).append(attachment)
    items, suggestion = [], None
    for event in events:
        item = TimelineItem(event, event.label, event.actor_text)
        payload = event.payload or {}
        if event.status_to and event.status_from != event.status_to:
            item.details.append(
                (_("Status"), " → ".join(_status_label(s) for s in (event.status_from, event.status_to) if s))
            )
        if event.agency_id:
            item.details.append((_("Instansi"), event.agency.name))
        if code := payload.get("suggested_agency"):
            suggestion = agencies.get(code)
            item.details.append((_("Saran instansi"), suggestion.name if suggestion else code))
        if payload.get("channel") and event.kind == "forward_out":
            item.details.append((_("Saluran"), str(channels.get(payload["channel"], payload["channel"]))))
        if payload.get("reference"):
            item.details.append((_("Rujukan"), payload["reference"]))
        if payload.get("follow_up_date"):
            item.details.append((_("Tanggal tindak lanjut"), payload["follow_up_date"]))
        if payload.get("archive_kind") in ArchiveKind.values:
            item.details.append((_("Jenis arsip"), str(ArchiveKind(payload["archive_kind"]).label)))
        if payload.get("bounce_count"):
            item.details.append((_("Dikembalikan ke-"), str(payload["bounce_count"])))
        for key, value in payload.items() if event.kind == "edited" else ():
            if isinstance(value, list) and len(value) == 2:
                item.details.append((key, f"{value[0] or '–'} → {value[1] or '–'}"))
        for key, label in (("master", _("Laporan induk")), ("duplicate", _("Duplikat")), ("parent", _("Dipecah dari"))):
            if payload.get(key):
                item.links.append((label, payload[key], reverse("complaints:staff_detail", args=[payload[key]])))
        for code in payload.get("children") or ():
            item.links.append((_("Pecahan"), code, reverse("complaints:staff_detail", args=[code])))
        item.attachments = by_event.get(event.pk, [])
        items.append(item)
    if report.status not in (Status.TERVERIFIKASI, Status.DIBUKA_KEMBALI):
        suggestion = None
    return items, suggestion


def render_detail(request, report, *, bound=None, revealed=None, status=200):
    """The report page; `bound` = (action name, form) re-shows a form with its errors."""
    user = request.user
    actor = actor_for(user, report)
    attachments = list(report.attachments.all())
    timeline, suggestion = _timeline(user, report, attachments)
    forms = []
    for spec in ACTIONS.available(user, report):
        if spec.name not in FORMS:
            continue  # an action of the API only (admin_close: the page's "close" does it)
        if bound and bound[0] == spec.name:
            form = bound[1]
        else:
            extra = {"suggestion": suggestion} if spec.name == "disposition" else {}
            form = FORMS[spec.name](report=report, user=user, auto_id=f"id_{spec.name}_%s", **extra)
        forms.append((spec, form, bool(form.is_bound and form.errors)))
    reveal_form = None
    if is_admin(user) and report.anonim and revealed is None:
        reveal_form = (
            bound[1] if bound and bound[0] == "reveal" else RevealForm(report=report, user=user, auto_id="id_reveal_%s")
        )
    clock = clock_of(report)
    context = {
        "report": report,
        "actor": actor,
        "next_step": next_step_for(user, report, clock),
        "contact": revealed or contact_for(user, report),
        "revealed": revealed is not None,
        "reveal_form": reveal_form,
        "clock": clock,
        "due_dates": [(CLOCK_LABELS[name], getattr(report, f"{name}_due")) for name in CLOCK_LABELS],
        "timeline": timeline,
        "attachments": attachments,
        "forms": forms,
        "error_form": bound[1] if bound and bound[1].errors else None,
        "children": handled_by(user).filter(parent=report).only("code", "title"),
        "duplicates": handled_by(user).filter(master=report).only("code", "title"),
        "forwardings": report.forwardings.select_related("agency"),
        "staff_css": STAFF_CSS,
        "routing_panel": routing_panel(user, report),  # suggestions + similar open reports (admin, before OPD)
        "watcher_count": watchers.count_for(report),  # "Saya juga mengalami ini": a priority signal
    }
    response = render(request, "complaints/staff/detail.html", context, status=status)
    patch_cache_control(response, private=True, no_store=True)  # personal data: never cached
    return response


@staff_view()
def detail(request, code):
    return render_detail(request, _report_for(request.user, code))


def _reveal(request, report):
    form = RevealForm(request.POST, report=report, user=request.user, auto_id="id_reveal_%s")
    if form.is_valid():
        try:
            contact = admin.reveal_identity(
                report, user=request.user, reason=form.cleaned_data["reason"], http_request=request
            )
        except ValidationError as exc:
            service_errors_to_form(form, exc)
        else:  # shown on this response only: a reload asks again, nothing is kept in the session
            return render_detail(request, report, revealed=contact)
    return render_detail(request, report, bound=("reveal", form))


@require_POST
@staff_view()
def action(request, code, action):
    """One action of the report page: ACTIONS decides whether it is offered, FORMS parses its input."""
    user = request.user
    report = _report_for(user, code)
    if action == "reveal":
        return _reveal(request, report)
    form_class = FORMS.get(action)
    if form_class is None:
        raise Http404
    try:
        ACTIONS.check(action, user, report)  # PermissionDenied (not yours) becomes the 403 page
    except ActionNotAvailable as exc:  # yours, but not in this status
        messages.error(request, " ".join(exc.messages))
        return redirect("complaints:staff_detail", code=report.code)
    form = form_class(request.POST, request.FILES, report=report, user=user, auto_id=f"id_{action}_%s")
    outcome = None
    if form.is_valid():
        files = cleaned_files(form, "files", (get_language() or "id")[:2]) if "files" in form.fields else []
        if files is not None:
            try:
                outcome = ACTIONS.perform(action, user=user, case=report, data=form.cleaned_data, files=files)
            except ValidationError as exc:
                service_errors_to_form(form, exc)
    if outcome is None:
        return render_detail(request, _report_for(user, code), bound=(action, form))
    messages.success(request, outcome.message)
    if handled_by(user).filter(pk=report.pk).exists():
        return redirect("complaints:staff_detail", code=report.code)
    return redirect("complaints:staff_inbox")  # e.g. sent back: no longer at this OPD
