"""The requester's objection pages: the form reached from the request tracking page, and the
objection's own page (the Atasan PPID's answer, the response, the dispute).

A visitor proves to be the requester by their account (owner of the request) or by the request's
tracking secret: either earlier in this session on the request tracking page (the request number is
then in `request.session[requests_public.TRACKED_KEY]`) or on this form. A filed objection's id goes into
`request.session[OBJECTION_SESSION_KEY]`, so the visitor can come back to it in the same session.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from pintu.agencies.tree import root_pemkab
from pintu.cases.tracking import OBJECTION, TrackingLocked, remember_in_session
from pintu.letters.receipt_send import page_context, send_from_page
from pintu.letters.receipts import receipt_response
from pintu.ppid.domain import DISPUTE_FILING_DAYS, OBJECTION_ANSWER_DAYS
from pintu.ppid.objections import filing, receipt_send, receipts, services
from pintu.ppid.objections.actions import FILING, REQUESTER_ACTIONS, grounds_offered
from pintu.ppid.objections.documents import answer_response
from pintu.ppid.objections.forms import ObjectionForm, ResponseForm
from pintu.ppid.objections.models import Objection
from pintu.ppid.objections.progress import for_requester
from pintu.ppid.objections.selectors import objections_of_requester
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.numbering import parse_number
from pintu.ppid.requests.tracking import prove_requester_secret
from pintu.ppid.requests.views import public as requests_public
from pintu.ppid.web import with_labels
from pintu.security.ratelimit import limit_posts
from pintu.security.responses import too_many_requests
from pintu.web.viewkit import service_errors_to_form

#: Where the request tracking page keeps the numbers this session proved (secret checked there).
REQUEST_SESSION_KEY = requests_public.TRACKED_KEY
OBJECTION_SESSION_KEY = "tracked_objections"


def _session_proved(request, info_request: InformationRequest) -> bool:
    return info_request.number in request.session.get(REQUEST_SESSION_KEY, [])


def _remember(request, objection: Objection) -> None:
    remember_in_session(request, OBJECTION_SESSION_KEY, objection.pk)


def _proof_for(request, objection: Objection):
    """The requester's proof for `objection` in this request, or None."""
    if objection.pk in request.session.get(OBJECTION_SESSION_KEY, []):
        return services.RequesterProof(objection.request_id, request.user if request.user.is_authenticated else None)
    if objection.request_id and _session_proved(request, objection.request):
        return services.RequesterProof(objection.request_id, None)
    if objections_of_requester(request.user).filter(pk=objection.pk).exists():
        return services.RequesterProof(objection.request_id, request.user)
    return None


@limit_posts("objection")  # floods; wrong secrets are counted per number and client by the tracking proof
def file_objection(request, number: str):
    canonical = parse_number(number)
    info_request = InformationRequest.objects.select_related("assigned_agency").filter(number=canonical).first()
    if info_request is None:
        raise Http404
    owner = request.user.is_authenticated and info_request.requester_user_id == request.user.pk
    proved = owner or _session_proved(request, info_request)
    if not FILING.get("file").applies(info_request):
        context = {"info_request": info_request, "not_yet": filing.refusal_for("a", info_request, timezone.localdate()),
                   "answer_days": OBJECTION_ANSWER_DAYS}  # fmt: skip
        return render(request, "ppid/objections/public_form.html", context, status=400 if request.POST else 200)
    form = ObjectionForm(request.POST or None, ask_secret=not proved, grounds=grounds_offered(info_request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if not proved:  # the request's secret, typed on this form: the shared, rate-limited proof
            try:
                proved = prove_requester_secret(request, info_request.number, data.get("secret", ""),
                                                scope=OBJECTION) is not None  # fmt: skip
            except TrackingLocked as locked:
                return too_many_requests(request, locked.retry_after, back=request.path)
        try:
            proof = services.prove_requester(info_request, user=request.user, session_proven=proved)
        except PermissionDenied as exc:
            form.add_error("secret", str(exc))
        else:
            try:
                outcome = FILING.perform("file", user=proof, case=info_request, data=data)
            except ValidationError as exc:
                service_errors_to_form(form, exc)
            except PermissionDenied as exc:
                form.add_error(None, str(exc))
            else:
                request.session.cycle_key()
                _remember(request, outcome.case)
                messages.success(request, outcome.message)
                return redirect("ppid:objection_track", outcome.case.pk)
    context = {"form": form, "info_request": info_request, "answer_days": OBJECTION_ANSWER_DAYS}
    return render(request, "ppid/objections/public_form.html", context, status=400 if form.errors else 200)


def _render_track(request, objection: Objection, proof, response_form=None):
    progress = for_requester(objection)
    context = {
        **progress,
        "events": with_labels(progress["events"]),
        "dispute_days": DISPUTE_FILING_DAYS,
        "response_form": response_form or ResponseForm(),
        **page_context(
            receipt_send.addresses_of(objection), reverse("ppid:objection_receipt_send", args=[objection.pk])
        ),  # fmt: skip
    }
    return render(request, "ppid/objections/public_track.html", context, status=400 if response_form else 200)


def _tracked(request, pk: int):
    objection = Objection.objects.select_related("request", "agency").filter(pk=pk).first()
    proof = _proof_for(request, objection) if objection else None
    if proof is None:
        raise Http404  # the same answer whether the objection exists or not
    return objection, proof


def objection_track(request, pk: int):
    objection, proof = _tracked(request, pk)
    return _render_track(request, objection, proof)


@require_GET
def objection_receipt(request, pk: int):
    objection, _proof = _tracked(request, pk)
    number = objection.request.number if objection.request_id else ""
    track_url = request.build_absolute_uri(f"{reverse('ppid:request_track')}?{urlencode({'nomor': number})}")
    pemda = root_pemkab()
    view = receipts.receipt_for(objection, track_url=track_url, body_name=pemda.name if pemda else "")
    return receipt_response(view)


@require_POST
def objection_receipt_send(request, pk: int):
    """Send the objection's receipt to the requester's own e-mail or WhatsApp (pintu.letters.receipt_send)."""
    objection, _proof = _tracked(request, pk)
    return send_from_page(request, receipt_send.KEY, objection, addresses=receipt_send.addresses_of(objection),
                          code=objection.number, received=objection.filed_at, secret="",
                          back=reverse("ppid:objection_track", args=[pk]))  # fmt: skip


@require_GET
def objection_answer(request, pk: int):
    """The Atasan PPID's signed answer (PDF) for the proven requester; nothing before it is signed."""
    objection, _proof = _tracked(request, pk)
    return answer_response(objection, http_request=request)


@require_POST
def objection_respond(request, pk: int):
    objection, proof = _tracked(request, pk)
    form = ResponseForm(request.POST)
    if form.is_valid():
        try:
            outcome = REQUESTER_ACTIONS.perform("respond", user=proof, case=objection, data=form.cleaned_data)
        except (ValidationError, PermissionDenied) as exc:
            form.add_error(None, exc.messages if isinstance(exc, ValidationError) else str(exc))
        else:
            messages.success(request, outcome.message)
            return redirect("ppid:objection_track", pk)
    return _render_track(request, objection, proof, response_form=form)
