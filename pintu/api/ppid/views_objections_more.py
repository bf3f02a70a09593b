"""The last objection actions of the web on the API: the PPID Utama registers an objection received on
paper (the web's objections_staff.objection_create), staff read the disputes (objections_staff.dispute_list),
and the requester answers the Atasan PPID's decision (objections_public.objection_respond).

Staff: require_utama is checked before any input is read (403); disputes are read through
disputes_visible_to. The requester proves ownership as on api:ppid_track_objection (the account or the
X-Tracking-Secret header, rate-limited); the objection is then one of that request's. Every rule is in
pintu.ppid.objections.services, the same functions the web calls.
"""

from datetime import datetime, time

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.ppid import serializers as s
from pintu.api.ppid import serializers_last as last
from pintu.api.ppid import serializers_more as m
from pintu.api.ppid.views_public import SECRET_HEADER, tracked_request
from pintu.api.ppid.views_public import TAG as PUBLIC_TAG
from pintu.api.ppid.views_staff import TAG, PpidStaff
from pintu.apikit.ids import checked_id
from pintu.apikit.schema import STAFF, WRITE_PUBLIC, errors
from pintu.ppid.objections import services
from pintu.ppid.objections.selectors import disputes_visible_to
from pintu.ppid.requests.numbering import parse_number
from pintu.ppid.requests.selectors import requests_visible_to


def _filed_at(day):
    """As the web form: today means now; an earlier receipt date means 09:00 that day."""
    if day is None or day == timezone.localdate():
        return timezone.now()
    return timezone.make_aware(datetime.combine(day, time(9, 0)))


class StaffObjectionRegister(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Catat keberatan yang diterima di atas kertas (PPID Utama)",
                   request=last.PaperObjectionInput,
                   responses={201: s.ObjectionSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request):
        services.require_utama(request.user)
        form = last.PaperObjectionInput(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        info_request = None
        if data["request_number"]:
            number = parse_number(data["request_number"])
            info_request = requests_visible_to(request.user).filter(number=number).first() if number else None
            if info_request is None:
                message = _("Nomor pendaftaran permohonan tidak ditemukan.")
                raise exceptions.ValidationError({"request_number": [message]})
        objection = services.register_objection(
            request.user, info_request=info_request, grounds=data["grounds"], description=data["description"],
            requester_name=data["requester_name"], is_proxy=data["is_proxy"], proxy_name=data["proxy_name"],
            contact=data["contact"], information=data["information"], ground_arose_on=data["ground_arose_on"],
            filed_at=_filed_at(data["filed_on"]),
        )  # fmt: skip
        return Response(s.ObjectionSerializer(objection).data, status=201)


class StaffDisputeList(generics.ListAPIView):
    permission_classes = [PpidStaff]
    serializer_class = m.DisputeSerializer

    @extend_schema(tags=TAG, summary="Sengketa informasi di Komisi Informasi",
                   responses={200: m.DisputeSerializer(many=True), **errors(*STAFF)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return disputes_visible_to(self.request.user).select_related("commission")


class RequesterObjectionRespond(APIView):
    """The requester accepts the Atasan PPID's answer or goes to the Komisi Informasi."""

    @extend_schema(tags=PUBLIC_TAG, summary="Tanggapan pemohon atas jawaban keberatan", parameters=[SECRET_HEADER],
                   request=m.ObjectionResponseInput,
                   responses={200: s.ObjectionSerializer, **errors(*WRITE_PUBLIC)})  # fmt: skip
    def post(self, request, slug: str, pk: int):
        info = tracked_request(request, slug)
        objection = info.objections.filter(pk=checked_id(pk)).first()
        if objection is None:
            raise exceptions.NotFound(_("Keberatan tidak ditemukan."))
        proof = services.prove_requester(info, user=request.user, secret=request.headers.get("X-Tracking-Secret", ""))
        form = m.ObjectionResponseInput(data=request.data)
        form.is_valid(raise_exception=True)
        objection = services.record_response(proof, objection, form.validated_data["response"])
        return Response(s.ObjectionSerializer(objection).data)
