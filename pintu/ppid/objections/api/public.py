"""Objections on the public API, for their requester: filing one on a request, listing and reading the
objections of a request, answering the Atasan PPID's decision, and the signed-in citizen's own.

The requester proves ownership as on api:ppid_track_request (the request's account, or the
X-Tracking-Secret header, rate-limited: requests.api.public.tracked_request); an objection of another
request is the same 404 as one that does not exist. Each reads what the tracking page reads
(objections.progress) and acts through objections.actions, as the page does.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.ids import row_or_404
from pintu.apikit.schema import READ_PUBLIC, WRITE_PUBLIC, binary_responses, errors, list_schema
from pintu.ppid.api.common import PUBLIC_TAG as TAG
from pintu.ppid.api.common import SECRET_HEADER, SIGNED_IN, SignedInList
from pintu.ppid.objections import services
from pintu.ppid.objections.actions import FILING, REQUESTER_ACTIONS
from pintu.ppid.objections.api import serializers as s
from pintu.ppid.objections.documents import answer_response
from pintu.ppid.objections.progress import for_requester
from pintu.ppid.objections.selectors import objections_of_requester
from pintu.ppid.requests.api.public import tracked_request


def _proof(request, info):
    return services.prove_requester(info, user=request.user, secret=request.headers.get("X-Tracking-Secret", ""))


def _objection_of(info, pk: int):
    return row_or_404(info.objections.select_related("request", "agency"), pk, _("Keberatan tidak ditemukan."))


class ObjectionFile(APIView):
    """The requester files a keberatan on their request (proved by account or secret)."""

    @extend_schema(tags=TAG, summary="Ajukan keberatan", parameters=[SECRET_HEADER], request=s.ObjectionFileSerializer,
                   responses={201: s.ObjectionSerializer, **errors(*WRITE_PUBLIC)})  # fmt: skip
    def post(self, request, slug: str):
        info = tracked_request(request, slug)
        form = s.ObjectionFileSerializer(data=request.data)
        form.is_valid(raise_exception=True)
        outcome = FILING.perform("file", user=_proof(request, info), case=info, data=form.validated_data)
        return Response(s.ObjectionSerializer(outcome.case).data, status=201)


@list_schema(tags=TAG, summary="Keberatan atas satu permohonan", parameters=[SECRET_HEADER], codes=READ_PUBLIC)
class TrackObjectionList(generics.ListAPIView):
    """The objections filed on one request, for its requester (a guest learns their ids here)."""

    serializer_class = s.ObjectionSerializer

    def get_queryset(self):
        info = tracked_request(self.request, self.kwargs["slug"])
        return info.objections.select_related("request", "agency")


class TrackObjection(APIView):
    """The requester reads one objection on their request: status, answer, clock, dispute and timeline."""

    @extend_schema(tags=TAG, summary="Lacak keberatan", parameters=[SECRET_HEADER],
                   responses={200: s.TrackedObjectionSerializer, **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, slug: str, pk: int):
        objection = _objection_of(tracked_request(request, slug), pk)
        return Response(s.TrackedObjectionSerializer(for_requester(objection)).data)


class TrackObjectionAnswer(APIView):
    """The Atasan PPID's signed answer (PDF, byte for byte the signed letter); 404 before it is signed."""

    @extend_schema(tags=TAG, summary="Unduh surat tanggapan keberatan bertanda tangan",
                   operation_id="ppid_track_objection_answer", parameters=[SECRET_HEADER],
                   responses=binary_responses(*READ_PUBLIC))  # fmt: skip
    def get(self, request, slug: str, pk: int):
        objection = _objection_of(tracked_request(request, slug), pk)
        return answer_response(objection, http_request=request)


class RequesterObjectionRespond(APIView):
    """The requester accepts the Atasan PPID's answer or goes to the Komisi Informasi."""

    @extend_schema(tags=TAG, summary="Tanggapan pemohon atas jawaban keberatan", parameters=[SECRET_HEADER],
                   request=s.ObjectionResponseInput,
                   responses={200: s.ObjectionSerializer, **errors(*WRITE_PUBLIC)})  # fmt: skip
    def post(self, request, slug: str, pk: int):
        info = tracked_request(request, slug)
        objection = _objection_of(info, pk)
        proof = _proof(request, info)
        REQUESTER_ACTIONS.check("respond", proof, objection)
        form = s.ObjectionResponseInput(data=request.data)
        form.is_valid(raise_exception=True)
        outcome = REQUESTER_ACTIONS.perform("respond", user=proof, case=objection, data=form.validated_data)
        return Response(s.ObjectionSerializer(outcome.case).data)


@list_schema(tags=TAG, summary="Keberatan saya", codes=SIGNED_IN)
class MyObjections(SignedInList):
    serializer_class = s.ObjectionSerializer

    def get_queryset(self):
        return objections_of_requester(self.request.user)
