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
from pintu.apikit.schema import READ_PUBLIC, WRITE_PUBLIC, errors
from pintu.cases.tracking import TrackingLocked
from pintu.files.validation import UploadRejected, clean_upload, format_rejection
from pintu.history.selectors import timeline_for_reporter
from pintu.ppid.api.common import PUBLIC_TAG as TAG
from pintu.ppid.api.common import SECRET_HEADER, SIGNED_IN, SignedInList
from pintu.ppid.requests import identity, services
from pintu.ppid.requests.api import serializers as s
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.numbering import parse_number
from pintu.ppid.requests.selectors import requests_visible_to
from pintu.ppid.requests.tracking import prove_requester_secret


def uploaded_file(request, name: str):
    upload = request.FILES.get(name) if request.FILES else None
    if upload is None:
        return None
    try:
        return clean_upload(upload.name, upload)
    except UploadRejected as exc:
        raise exceptions.ValidationError({name: [format_rejection(exc)]}) from None


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
        data = {k: v for k, v in form.validated_data.items() if k not in ("identity_file", "proxy_file")}
        draft = services.RequestDraft(
            **data, identity_file=uploaded_file(request, "identity_file"),
            proxy_file=uploaded_file(request, "proxy_file"), idempotency_key=key,
            requester_user=request.user if request.user.is_authenticated else None,
        )  # fmt: skip
        result = services.submit_request(draft)
        info = result.request
        body = {"number": info.number, "slug": info.slug, "secret": result.secret, "created": result.created,
                "status": info.status}  # fmt: skip
        return Response(s.PpidRequestSubmittedSerializer(body).data, status=201 if result.created else 200)


def tracked_request(request, slug: str) -> InformationRequest:
    number = parse_number(slug)
    user = request.user
    if number and user.is_authenticated:
        own = requests_visible_to(user).filter(number=number, requester_user=user).first()
        if own is not None:
            return own
    try:
        info = prove_requester_secret(request, slug, request.headers.get("X-Tracking-Secret", ""))
    except TrackingLocked as locked:  # this client guessed too often: say how long to wait
        raise exceptions.Throttled(locked.retry_after) from None
    if info is None:
        raise exceptions.NotFound(_("Nomor pendaftaran atau kode rahasia salah."))
    return info


def requester_body(info: InformationRequest) -> dict:
    context = {"identity": identity.identity_for_requester(info),
               "events": timeline_for_reporter("info_request", info.pk).order_by("at", "pk")}  # fmt: skip
    return s.PpidRequestSerializer(info, context=context).data


class RequestTrack(APIView):
    @extend_schema(tags=TAG, summary="Lacak permohonan", parameters=[SECRET_HEADER],
                   responses={200: s.PpidRequestSerializer, **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, slug: str):
        return Response(requester_body(tracked_request(request, slug)))


class MyRequests(SignedInList):
    serializer_class = s.PpidRequestListSerializer

    @extend_schema(tags=TAG, summary="Permohonan saya", responses={200: s.PpidRequestListSerializer(many=True),
                   **errors(*SIGNED_IN)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        user = self.request.user
        return requests_visible_to(user).filter(requester_user=user)
