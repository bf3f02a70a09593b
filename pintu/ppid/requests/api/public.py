"""Information requests on the public API: submitting one, tracking it, and the signed-in citizen's own.

A guest requester proves ownership per call with the request number (slug) in the path and the secret
in `X-Tracking-Secret`, through the proof every case type shares (pintu.ppid.requests.tracking ->
pintu.cases.tracking): a wrong pair is one generic 404 at the same cost; wrong secrets count per number
and client (a 429 for that client only, never for the requester).
`tracked_request` is that proof for every `track/ppid/requests/{slug}/...` endpoint (objections and the
requester's downloads too).
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.idempotency import IDEMPOTENCY_HEADER, scoped_key
from pintu.apikit.schema import READ_PUBLIC, WRITE_PUBLIC, errors, list_schema
from pintu.apikit.tracking import proved_case
from pintu.files.validation import UploadRejected, clean_field_upload, format_rejection
from pintu.history.selectors import timeline_for_reporter
from pintu.notifications.api_fields import PhoneConsentSerializer
from pintu.ppid.api.common import PUBLIC_TAG as TAG
from pintu.ppid.api.common import SECRET_HEADER, SIGNED_IN, SignedInList
from pintu.ppid.requests import identity, phone_consent, services
from pintu.ppid.requests.actions import REQUESTER_ACTIONS
from pintu.ppid.requests.api import serializers as s
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.numbering import parse_number
from pintu.ppid.requests.selectors import requests_visible_to
from pintu.ppid.requests.tracking import prove_requester_secret


def uploaded_file(request, name: str):
    try:
        return clean_field_upload(request.FILES, name)
    except UploadRejected as exc:
        raise exceptions.ValidationError({name: [format_rejection(exc)]}) from None


def request_draft(request, form, key: str, **extra) -> services.RequestDraft:
    """The service's draft of a valid submission body (the public one, or the desk's): its fields, the identity
    and proxy files checked by content, the scoped Idempotency-Key."""
    data = {k: v for k, v in form.validated_data.items() if k not in ("identity_file", "proxy_file")}
    return services.RequestDraft(
        **data, identity_file=uploaded_file(request, "identity_file"),
        proxy_file=uploaded_file(request, "proxy_file"), idempotency_key=key, **extra,
    )  # fmt: skip


def submitted(result) -> Response:
    """The answer to a submission: the number, the secret (once), and 201 for a new request (200 for a replay)."""
    info = result.request
    body = {"number": info.number, "slug": info.slug, "secret": result.secret, "created": result.created,
            "status": info.status}  # fmt: skip
    return Response(s.PpidRequestSubmittedSerializer(body).data, status=201 if result.created else 200)


class RequestSubmit(APIView):
    @extend_schema(
        tags=TAG, summary="Ajukan permohonan informasi", parameters=[IDEMPOTENCY_HEADER],
        request={"multipart/form-data": s.PpidRequestSubmitSerializer,
                 "application/json": s.PpidRequestSubmitSerializer},
        responses={201: s.PpidRequestSubmittedSerializer, 200: s.PpidRequestSubmittedSerializer,
                   **errors(*WRITE_PUBLIC, 422)},
    )  # fmt: skip
    def post(self, request):
        key = scoped_key(request)
        form = s.PpidRequestSubmitSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        requester = request.user if request.user.is_authenticated else None
        result = services.submit_request(request_draft(request, form, key, requester_user=requester))
        return submitted(result)


def tracked_request(request, slug: str) -> InformationRequest:
    number = parse_number(slug)

    def own(user):
        return requests_visible_to(user).filter(number=number, requester_user=user).first() if number else None

    message = _("Nomor pendaftaran atau kode rahasia salah.")
    return proved_case(request, slug, own=own, prove=prove_requester_secret, not_found=message)


def requester_body(info: InformationRequest) -> dict:
    context = {"identity": identity.identity_for_requester(info),
               "events": timeline_for_reporter("info_request", info.pk).order_by("at", "pk")}  # fmt: skip
    return s.PpidRequestSerializer(info, context=context).data


class RequestStopPhone(APIView):
    @extend_schema(tags=TAG, summary="Berhenti kabar permohonan lewat WhatsApp/SMS", parameters=[SECRET_HEADER],
                   request=None, responses={200: PhoneConsentSerializer, **errors(*WRITE_PUBLIC)})  # fmt: skip
    def post(self, request, slug: str):
        info = tracked_request(request, slug)
        user = request.user if request.user.is_authenticated and info.requester_user_id == request.user.pk else None
        REQUESTER_ACTIONS.perform("stop_phone", user=user, case=info, data={"via": "api"}, request=request)
        return Response(PhoneConsentSerializer(phone_consent.consent_of(info)).data)


class RequestTrack(APIView):
    @extend_schema(tags=TAG, summary="Lacak permohonan", parameters=[SECRET_HEADER],
                   responses={200: s.PpidRequestSerializer, **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, slug: str):
        return Response(requester_body(tracked_request(request, slug)))


@list_schema(tags=TAG, summary="Permohonan saya", codes=SIGNED_IN)
class MyRequests(SignedInList):
    serializer_class = s.PpidRequestListSerializer

    def get_queryset(self):
        user = self.request.user
        return requests_visible_to(user).filter(requester_user=user)
