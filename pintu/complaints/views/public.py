"""The intake wizard for guests and signed-in citizens (GOV.UK: one thing per page).

The draft lives in the session under DRAFT_KEY, each step's answers as ReportDraft.to_payload of its
fields (read back with ReportDraft.from_payload), with the idempotency key made at the start and
carried to the final POST as a hidden field. Each step runs services.intake.validate_draft and
keeps the errors of its own fields, so the rules live in one place.

The last step keeps what was typed (issue #16 item 7): every POST of it, an error or an "Ubah" button
(`name="ubah"`, back to step 1 or 2), stores its answers in the draft (sealed: a NIK and contact
details in a session row must not be readable in a database dump) and each file that passed the
checks in draft storage (pintu.web.drafts, slot FILES_SLOT), so nothing has to be typed or chosen
again; the final POST takes the kept files with any new ones. Receipts (code and secret
of what this session submitted) live under RECEIPTS_KEY, keyed by code, so a retried final POST
lands on the same confirmation.
"""

import json
import uuid
from urllib.parse import urlencode

from django import forms
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_POST

from pintu.accounts.selectors import areas_visible_to
from pintu.agencies.models import AreaLevel
from pintu.categories.selectors import categories_visible_to
from pintu.complaints import area_maps, receipt_send
from pintu.complaints.forms_public import FinishForm, WhatForm, WhereForm
from pintu.complaints.identity import contact_masked_for_reporter
from pintu.complaints.models import ReportKind
from pintu.complaints.phone_consent import consent_of
from pintu.complaints.selectors import similar_open_reports
from pintu.complaints.services.intake import ReportDraft, submit_report, validate_draft
from pintu.complaints.views.common import service_errors_to_form
from pintu.complaints.views.public_track import remember_tracked, report_of_reporter
from pintu.letters.receipt_send import page_context
from pintu.notifications.consent import channels_label
from pintu.notifications.consent_box import consented_channels
from pintu.privacy.sealed import seal, unseal
from pintu.security.ratelimit import limit_posts
from pintu.security.spam import HONEYPOT, RENDERED_AT
from pintu.web import drafts

DRAFT_KEY = "lapor_draft"
RECEIPTS_KEY = "lapor_receipts"
MAX_RECEIPTS = 5
RADIO_FIELDS = {
    name
    for form in (WhatForm, WhereForm)
    for name, field in form.base_fields.items()
    if isinstance(field.widget, forms.RadioSelect)
}
FILES_SLOT = "lapor.files"
NOT_KEPT = {"idempotency_key", "files", HONEYPOT, RENDERED_AT}  # the last step's fields not kept in the draft
EDIT_STEPS = {"what": "complaints:intake_what", "where": "complaints:intake_where"}  # "Ubah" buttons
STEPS = {  # step url name -> the draft fields it asks for
    "complaints:intake_what": ("kind", "category", "title", "text"),
    "complaints:intake_where": ("kecamatan", "desa", "latitude", "longitude", "incident_date"),
}


# --- the draft in the session --------------------------------------------------------------------


def _state(request, *, create: bool = False) -> dict | None:
    state = request.session.get(DRAFT_KEY)
    if state is None and create:
        state = {"key": uuid.uuid4().hex}
        request.session[DRAFT_KEY] = state
    return state


def _save(request, state: dict, **changes) -> None:
    request.session[DRAFT_KEY] = {**state, **changes}


def _keep_answers(request, form) -> None:
    """Keep the last step's answers as typed (not validated) in the draft, sealed."""
    state = _state(request)
    if state is None:
        return
    answers = {}
    for name in form.fields:
        if name not in NOT_KEPT:
            values = request.POST.getlist(name)
            answers[name] = values if len(values) > 1 else (values[0] if values else "")
    _save(request, state, finish=seal(json.dumps(answers)))


def _kept_answers(state: dict) -> dict:
    sealed = state.get("finish")
    opened = unseal(sealed) if sealed else None
    try:
        return json.loads(opened) if opened else {}
    except ValueError:
        return {}


def _forget_draft(request) -> None:
    request.session.pop(DRAFT_KEY, None)
    drafts.remove(request, FILES_SLOT)


def _submit_identities(request, *args, **kwargs) -> list[str]:
    """The e-mail and phone the submission limit counts; an "Ubah" POST submits nothing."""
    if request.POST.get("ubah"):
        return []
    return [request.POST.get("email", ""), request.POST.get("phone", "")]


def _areas(request):
    return areas_visible_to(request.user)


def _draft_from(request, state: dict, **extra) -> ReportDraft:
    """The ReportDraft of what the session holds (ReportDraft.from_payload; objects looked up again through
    the selectors, so an area or category gone since is found missing by validate_draft)."""
    payload = {**state.get("what", {}), **state.get("where", {})}
    return ReportDraft.from_payload(
        payload, areas=_areas(request), categories=categories_visible_to(request.user), **extra
    )


def _check(form, draft: ReportDraft, fields) -> None:
    """Run the service's validation; show the errors of this step's fields that parsing did not find."""
    try:
        validate_draft(draft)
    except ValidationError as exc:
        mine = {name: msgs for name, msgs in exc.message_dict.items() if name in fields and name not in form.errors}
        if mine:
            service_errors_to_form(form, ValidationError(mine))


def _next(request, default: str) -> str:
    return "complaints:intake_finish" if request.POST.get("kembali") else default


# --- pages ---------------------------------------------------------------------------------------


def intake(request):
    return render(request, "complaints/public/intake_start.html", {"state": _state(request)})


@require_POST
def intake_reset(request):
    _forget_draft(request)
    return redirect("complaints:intake_what")


def intake_what(request):
    state = _state(request, create=True)
    categories = categories_visible_to(request.user).filter(active=True).order_by("sort_order", "name")
    posted = request.POST if request.method == "POST" else None  # `POST or None` leaves an empty POST unbound: a 500
    form = WhatForm(posted, initial=state.get("what"), categories=categories)
    if request.method == "POST":
        form.is_valid()
        data = form.cleaned_data
        draft = ReportDraft(title=data.get("title", ""), text=data.get("text", ""), kecamatan=None,
                            kind=data.get("kind", ""), category=data.get("category"))  # fmt: skip
        _check(form, draft, STEPS["complaints:intake_what"])
        if not form.errors:
            _save(request, state, what=draft.to_payload(STEPS["complaints:intake_what"]))
            return redirect(_next(request, "complaints:intake_where"))
    context = {"form": form, "back": request.GET.get("kembali"), "step": 1}
    return render(request, "complaints/public/intake_what.html", context)


def intake_where(request):
    state = _state(request)
    if not state or "what" not in state:
        return redirect("complaints:intake_what")
    areas = _areas(request)
    kecamatan = areas.filter(level=AreaLevel.KECAMATAN).order_by("name")
    desa = list(areas.filter(level__in=[AreaLevel.DESA, AreaLevel.KELURAHAN]).select_related("parent")
                .order_by("parent__name", "name"))  # fmt: skip
    initial = {**state.get("where", {}), **area_maps.picked(request, kecamatan, desa)}  # chosen on the map
    form = WhereForm(request.POST if request.method == "POST" else None, initial=initial, kecamatan=kecamatan,
                     desa=desa)  # fmt: skip
    if request.method == "POST":
        form.is_valid()
        data = form.cleaned_data
        draft = ReportDraft(title="", text="", kecamatan=data.get("kecamatan"), desa=data.get("desa"),
                            latitude=data.get("latitude"), longitude=data.get("longitude"),
                            incident_date=data.get("incident_date"))  # fmt: skip
        _check(form, draft, STEPS["complaints:intake_where"])
        if not form.errors:
            _save(request, state, where=draft.to_payload(STEPS["complaints:intake_where"]))
            return redirect(_next(request, "complaints:intake_similar"))
    back = request.GET.get("kembali")
    maps = area_maps.wizard_maps(kecamatan, desa, selected_kecamatan=form["kecamatan"].value(),
                                 selected_desa=form["desa"].value(), back=bool(back))  # fmt: skip
    context = {"form": form, "back": back, "maps": maps, "step": 2}
    return render(request, "complaints/public/intake_where.html", context)


def intake_similar(request):
    state = _state(request)
    if not state or "where" not in state:
        return redirect("complaints:intake_where")
    draft = _draft_from(request, state)
    similar = []
    if draft.kecamatan is not None:
        similar = similar_open_reports(kecamatan=draft.kecamatan, desa=draft.desa, text=f"{draft.title}\n{draft.text}")
    _save(request, state, similar=len(similar))
    if not similar:
        return redirect("complaints:intake_finish")
    return render(request, "complaints/public/intake_similar.html", {"similar": similar})


@limit_posts("report_submit", identities=_submit_identities)
def intake_finish(request):
    state = _state(request)
    receipts = request.session.get(RECEIPTS_KEY, {})
    posted_key = request.POST.get("idempotency_key", "")
    if request.method == "POST" and posted_key:
        for code, receipt in receipts.items():
            if receipt.get("key") == posted_key:  # a second click or a reload of the final POST
                return redirect("complaints:intake_done", code)
    if not state or "what" not in state:
        return redirect("complaints:intake_what")
    if "where" not in state:
        return redirect("complaints:intake_where")
    user = request.user if request.user.is_authenticated else None
    initial = {"idempotency_key": state["key"]}
    if user:
        initial.update(name=user.get_full_name(), email=user.email)
    initial.update(_kept_answers(state))
    posted = request.method == "POST"  # an empty POST must still bind the form (see intake_what)
    form = FinishForm(request.POST if posted else None, request.FILES if posted else None, initial=initial)
    earlier = []
    if request.method == "POST":
        form.is_valid()
        _keep_answers(request, form)
        for message in drafts.take_uploads(request, FILES_SLOT, request.FILES.getlist("files"),
                                           language=get_language() or "id"):  # fmt: skip
            form.add_error("files", message)  # every refused file at once; those that passed are kept
        if request.POST.get("ubah") in EDIT_STEPS:
            return redirect(f"{reverse(EDIT_STEPS[request.POST['ubah']])}?kembali=1")
        data = form.cleaned_data
        draft = _draft_from(
            request, state, anonim=bool(data.get("anonim")), rahasia=bool(data.get("rahasia")),
            privacy=data.get("privacy") or "", name=data.get("name", ""), email=data.get("email", ""),
            phone=data.get("phone", ""), nik=data.get("nik", ""),
            notify_channels=consented_channels(data), files=drafts.clean_files(request, FILES_SLOT),
            idempotency_key=state["key"],
            reporter_user=user,
            language=(get_language() or "id")[:2],
        )  # fmt: skip
        try:
            if form.errors:
                validate_draft(draft)  # collect every other problem too; nothing is saved
            else:
                result = submit_report(draft)
                return _submitted(request, state, result)
        except ValidationError as exc:
            earlier = _split_errors(form, exc)
    shown = _draft_from(request, state)
    context = {"form": form, "earlier": earlier, "draft": shown, "state": state, "step": 3,
               "kind_label": ReportKind(shown.kind).label if shown.kind in ReportKind.values else "",
               "kept_files": drafts.kept(request, FILES_SLOT), "remove_field": drafts.REMOVE_FIELD}  # fmt: skip
    return render(request, "complaints/public/intake_finish.html", context)


def _split_errors(form, exc: ValidationError) -> list[dict]:
    """Errors of this page go on its form; those of earlier steps become links back to the step."""
    if not hasattr(exc, "error_dict"):
        service_errors_to_form(form, exc)
        return []
    earlier, here = [], {}
    for name, messages in exc.message_dict.items():
        step = next((url for url, fields in STEPS.items() if name in fields), None)
        if step:
            anchor = f"id_{name}_0" if name in RADIO_FIELDS else f"id_{name}"  # radios: the first one
            target = f"{reverse(step)}?kembali=1#{anchor}"
            earlier += [{"message": message, "url": target} for message in messages]
        elif name not in form.errors:
            here[name] = messages
    if here:
        service_errors_to_form(form, ValidationError(here))
    return earlier


def _submitted(request, state: dict, result):
    report = result.report
    receipts = request.session.get(RECEIPTS_KEY, {})
    if result.created:
        receipts[report.code] = {"key": state["key"], "secret": seal(result.secret)}  # sessions are a table
        request.session[RECEIPTS_KEY] = dict(list(receipts.items())[-MAX_RECEIPTS:])
        _forget_draft(request)
        remember_tracked(request, report.code)
    # Not created: a concurrent twin of this POST made the report and keeps the session up to date;
    # writing the session here could overwrite the receipt holding the secret.
    return redirect("complaints:intake_done", report.code)


def intake_done(request, code: str):
    receipt = request.session.get(RECEIPTS_KEY, {}).get(code)
    report = report_of_reporter(request, code)
    if report is None:
        return redirect(f"{reverse('complaints:track')}?{urlencode({'kode': code})}")
    consent = consent_of(report)
    context = {"report": report, "secret": unseal((receipt or {}).get("secret")),
               "contact": contact_masked_for_reporter(report), "phone_consent": consent,
               "phone_channels_label": channels_label(consent.channels),
               **page_context(receipt_send.addresses_of(report),
                              reverse("complaints:intake_receipt_send", args=[report.code]))}  # fmt: skip
    return render(request, "complaints/public/intake_done.html", context)
