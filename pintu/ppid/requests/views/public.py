"""The requester's side: the request form, the confirmation, tracking (number + secret, or own account),
and downloads of the notice, delivered files and own identity documents behind that check.

A visitor proves to be the requester by the secret once per session: the number then goes into
`request.session["tracked_info_requests"]`. The proof is the one every case type shares
(pintu.ppid.requests.tracking -> pintu.cases.tracking): one generic error for a wrong pair, whether the
number exists or not, at the same cost; wrong secrets counted per number and client.

The form keeps the identity and proxy files that passed the checks in draft storage (pintu.web.drafts,
one slot per field, a new file replacing the kept one) when it comes back with an error, and shows
every error at once: those of the files and those of the service (issue #16 item 7).
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from pintu import pagecache
from pintu.agencies.tree import root_pemkab
from pintu.cases.contact import read_with
from pintu.cases.tracking import TrackingLocked, remember_in_session
from pintu.files.validation import UploadRejected, clean_field_upload, format_rejection
from pintu.history.selectors import timeline_for_reporter
from pintu.letters.receipt_send import page_context, send_from_page
from pintu.letters.receipts import receipt_response
from pintu.notifications.consent_box import consented_channels
from pintu.ppid.config import PpidSettings
from pintu.ppid.requests import (
    clocks,
    identity,
    objection_grounds,
    phone_consent,
    progress,
    receipt_send,
    receipts,
    services,
)
from pintu.ppid.requests.actions import REQUESTER_ACTIONS
from pintu.ppid.requests.documents import requester_document, serve_bytes
from pintu.ppid.requests.forms import RequestForm, TrackForm
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.numbering import parse_number
from pintu.ppid.requests.tracking import prove_requester_secret
from pintu.ppid.web import with_labels
from pintu.privacy.sealed import seal, unseal
from pintu.security.ratelimit import limit_posts, post_fields
from pintu.security.responses import too_many_requests
from pintu.web import drafts
from pintu.web.viewkit import service_errors_to_form
from pintu.workdays.calendar import get_calendar

TRACKED_KEY = "tracked_info_requests"
DONE_KEY = "info_request_done"
DRAFT_FIELDS = (
    "requester_kind",
    "name",
    "id_number",
    "address",
    "occupation",
    "phone",
    "email",
    "information",
    "purpose",
    "obtain_method",
    "delivery_method",
    "idempotency_key",
)
FILE_SLOTS = {"identity_file": "ppid.identity_file", "proxy_file": "ppid.proxy_file"}  # field -> draft slot


def remember_tracked(request, number: str) -> None:
    remember_in_session(request, TRACKED_KEY, number)


def request_of_requester(http_request, slug: str, related=("assigned_agency",)) -> InformationRequest | None:
    """The request if this visitor proved to be its requester (secret in this session, or own account), with
    the `related` rows read in the same query."""
    number = parse_number(slug)
    if number is None:
        return None
    qs = InformationRequest.objects.select_related(*related)
    if number in http_request.session.get(TRACKED_KEY, []):
        return qs.filter(number=number).first()
    user = http_request.user
    if user.is_authenticated:
        return qs.filter(number=number, requester_user=user).first()
    return None


def clean_file(form, name: str):
    """One uploaded file validated by content; an error on the field (and None) when refused."""
    try:
        return clean_field_upload(form.files, name)
    except UploadRejected as exc:
        form.add_error(name, format_rejection(exc, get_language() or "id"))
        return False


def draft_from(form, user=None, *, kept: dict | None = None, **extra) -> services.RequestDraft | None:
    """The service's draft of the form; `kept` ({field: CleanFile or None}) are files already checked."""
    data = form.cleaned_data
    if kept is not None:
        identity_file, proxy_file = kept.get("identity_file"), kept.get("proxy_file")
    else:
        identity_file, proxy_file = clean_file(form, "identity_file"), clean_file(form, "proxy_file")
    if identity_file is False or proxy_file is False:
        return None
    values = {name: data.get(name) or "" for name in DRAFT_FIELDS}
    values["requester_kind"] = values["requester_kind"] or "perorangan"
    return services.RequestDraft(
        **values,
        notify_channels=consented_channels(data),
        identity_file=identity_file,
        proxy_file=proxy_file,
        requester_user=user,
        **extra,
    )


def _take_files(request, form) -> dict:
    """Keep each file that passed (a new one replaces the kept one); an error on its field for each refused."""
    kept = {}
    for field, slot in FILE_SLOTS.items():
        upload = form.files.get(field) if form.files else None
        for message in drafts.take_uploads(request, slot, [upload] if upload else [], replace=True,
                                           language=get_language() or "id"):  # fmt: skip
            form.add_error(field, message)
        kept[field] = next(iter(drafts.clean_files(request, slot)), None)
    return kept


def _without_shown(form, exc: ValidationError) -> ValidationError:
    """The service's errors minus those of fields that already show one (a refused file is not also missing)."""
    if not hasattr(exc, "error_dict"):
        return exc
    return ValidationError({name: errs for name, errs in exc.error_dict.items() if name not in form.errors})


@limit_posts("info_request", identities=post_fields("email", "phone"))
def request_create(request):
    user = request.user if request.user.is_authenticated else None
    initial = {"name": user.get_full_name(), "email": user.email} if user else {}
    posted = request.method == "POST"
    form = RequestForm(request.POST if posted else None, request.FILES if posted else None, initial=initial)
    if posted and form.is_valid():
        kept = _take_files(request, form)
        draft = draft_from(form, user, kept=kept)
        try:
            if form.errors:
                services.validate_draft(draft)  # every other problem too; nothing is saved
            else:
                submitted = services.submit_request(draft)
        except ValidationError as exc:
            service_errors_to_form(form, _without_shown(form, exc))
        else:
            if not form.errors:
                for slot in FILE_SLOTS.values():
                    drafts.remove(request, slot)
                request.session.cycle_key()
                remember_tracked(request, submitted.request.number)
                request.session[DONE_KEY] = {"number": submitted.request.number, "secret": seal(submitted.secret)}
                return redirect("ppid:request_done")
    kept_files = {field: drafts.kept(request, slot) for field, slot in FILE_SLOTS.items()}
    context = {"form": form, "settings": PpidSettings.load(), "kept_files": kept_files,
               "remove_field": drafts.REMOVE_FIELD}  # fmt: skip
    return render(request, "ppid/requests/form.html", context, status=400 if form.errors else 200)


@require_GET
def request_done(request):
    done = request.session.get(DONE_KEY)
    if not done:
        return redirect("ppid:request_track")
    info = InformationRequest.objects.filter(number=done["number"]).first()
    if info is None:
        raise Http404
    contact = identity.identity_for_requester(info)
    context = {"req": info, "secret": unseal(done.get("secret")), "contact": contact,
               "phone_consent": phone_consent.consent_of(info),
               **page_context(receipt_send.addresses_of(info), reverse("ppid:request_receipt_send"))}  # fmt: skip
    return render(request, "ppid/requests/done.html", context)


def _just_filed(request):
    """The confirmation's session entry and the request this session just filed (None: none, or gone)."""
    done = request.session.get(DONE_KEY)
    return done, (InformationRequest.objects.filter(number=done["number"]).first() if done else None)


@require_GET
def request_receipt(request):
    """The PDF receipt of the request this session just filed (with its secret, as on the page)."""
    done, info = _just_filed(request)
    if info is None:
        return redirect("ppid:request_track")
    track_url = request.build_absolute_uri(f"{reverse('ppid:request_track')}?{urlencode({'nomor': info.number})}")
    pemda = root_pemkab()
    view = receipts.receipt_for(info, secret=unseal(done.get("secret")) or "", track_url=track_url,
                                body_name=pemda.name if pemda else "")  # fmt: skip
    return receipt_response(view)


@require_POST
def request_receipt_send(request):
    """Send the receipt of the request this session just filed to the requester's own e-mail or WhatsApp."""
    done, info = _just_filed(request)
    if info is None:
        return redirect("ppid:request_track")
    return send_from_page(request, receipt_send.KEY, info, addresses=receipt_send.addresses_of(info), code=info.number,
                          received=info.received_at, secret=unseal(done.get("secret")) or "",
                          back=reverse("ppid:request_done"))  # fmt: skip


def request_track(request):
    form = TrackForm(request.POST or None, initial={"number": request.GET.get("nomor", "")})
    if request.method == "POST" and form.is_valid():
        try:
            info = prove_requester_secret(request, form.cleaned_data["number"], form.cleaned_data["secret"])
        except TrackingLocked as locked:
            return too_many_requests(request, locked.retry_after, back=reverse("ppid:request_track"))
        if info is not None:
            request.session.cycle_key()
            remember_tracked(request, info.number)
            return redirect("ppid:request_track_detail", info.slug)
        form.add_error("number", _("Nomor pendaftaran atau kode rahasia salah."))
    return render(request, "ppid/requests/track_form.html", {"form": form})


def _denied(slug: str):
    return redirect(f"{reverse('ppid:request_track')}?{urlencode({'nomor': slug})}")


@require_GET
def request_track_detail(request, slug: str):
    # the identity with the request (pintu.cases.contact.read_with); the agency only when the cached parts are built
    info = request_of_requester(request, slug, related=("identity",))
    if info is None:
        return _denied(slug)
    row = read_with(info, "identity", identity.identity_of)  # read with the request: masked identity and consent
    context = {
        "req": info,
        **_cached_parts(info),
        "contact": identity.masked_for_requester(row),
        "phone_consent": phone_consent.consent_in(row),
        "may_object": objection_grounds.may_object(info),  # the offer rule of objections.actions.FILING
    }
    return render(request, "ppid/requests/track_detail.html", context)


def _cached_parts(info) -> dict:
    """The request's status, clock, history and documents (the notice and the delivered files: every document
    saved or deleted moves the request's own version) and the header's Pemkab, the same for whoever proved
    to be its requester: cached per request, language and hour until it records an event or the directory
    changes (pintu.pagecache). Called only after the visitor's proof is checked; the identity, the phone
    consent and the offers stay live."""
    scopes = (pagecache.case_scope("info_request", info.pk), pagecache.DIRECTORY)
    hour = timezone.localtime().strftime("%Y-%m-%d %H")

    def build() -> dict:
        clock = clocks.current_clock(info, get_calendar())
        context = {"req": info, "clock": clock, "steps": progress.progress_steps(info.status),
                   "deadline": progress.deadline_sentence(clock)}  # fmt: skip
        events = with_labels(timeline_for_reporter("info_request", info.pk))
        documents = list(info.documents.all())
        return {
            "top": pagecache.render_fragment("ppid/requests/track_top.html", context),
            "history": pagecache.render_fragment("ppid/includes/history.html", {"events": events}),
            "notice": next((d for d in reversed(documents) if d.is_notice), None),
            "documents": [d for d in documents if not d.is_notice],
            "pemda": root_pemkab(),
        }

    return pagecache.cached("request_track", build, scopes=scopes, vary=(info.pk, hour))


@require_POST
def request_stop_phone(request, slug: str):
    """The requester stops WhatsApp/SMS messages about this request (the consent is withdrawn, audited)."""
    info = request_of_requester(request, slug)
    if info is None:
        return _denied(slug)
    user = request.user if request.user.is_authenticated and info.requester_user_id == request.user.pk else None
    was_active = phone_consent.consent_of(info).active
    outcome = REQUESTER_ACTIONS.perform("stop_phone", user=user, case=info, data={"via": "tracking_page"},
                                        request=request)  # fmt: skip
    if was_active:
        messages.success(request, outcome.message)
    return redirect(reverse("ppid:request_track_detail", args=[info.slug]) + "#kontak")


@require_GET
def request_document(request, slug: str, pk: int):
    info = request_of_requester(request, slug)
    if info is None:
        raise Http404
    return requester_document(info, pk, request)


@require_GET
def request_identity_file(request, slug: str, kind: str):
    info = request_of_requester(request, slug)
    if info is None:
        raise Http404
    try:
        opened = identity.open_identity_file(info, kind, user=request.user, as_requester=True, http_request=request)
    except (FileNotFoundError, PermissionDenied):
        raise Http404
    return serve_bytes(opened.content, opened.content_type, opened.name, attachment=True)
