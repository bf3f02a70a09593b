"""After the Atasan's answer (pintu.ppid.objections.services, as the web's objections_staff.py): the PPID
Utama records the requester's response given on paper, the dispute filed at the Komisi Informasi and
each stage of it (mediation, adjudication, court).

The objection is read through objections_visible_to (404 otherwise); require_utama is checked before
any input is read (403), then the same service as the web page.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.ppid import serializers as s
from pintu.api.ppid import serializers_more as m
from pintu.api.ppid.views_staff import TAG, PpidStaff, objection_for
from pintu.apikit.schema import STAFF, errors
from pintu.ppid.models_objections import Dispute
from pintu.ppid.objections import services


class ObjectionRespond(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Catat tanggapan pemohon atas jawaban keberatan (PPID Utama)",
                   request=m.ObjectionResponseInput,
                   responses={200: s.ObjectionSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        objection = objection_for(request.user, pk)
        services.require_utama(request.user)
        form = m.ObjectionResponseInput(data=request.data)
        form.is_valid(raise_exception=True)
        services.record_response(request.user, objection, form.validated_data["response"])
        return Response(s.ObjectionSerializer(objection_for(request.user, pk)).data)


class ObjectionDispute(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Catat sengketa informasi di Komisi Informasi (PPID Utama)",
                   request=m.DisputeInput, responses={201: m.DisputeSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        objection = objection_for(request.user, pk)
        services.require_utama(request.user)
        form = m.DisputeInput(data=request.data)
        form.is_valid(raise_exception=True)
        result = services.record_dispute(request.user, objection, **form.validated_data)
        return Response(m.DisputeSerializer(result.dispute, context={"warning": result.warning}).data, status=201)


class DisputeStep(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Catat tahap sengketa: mediasi, ajudikasi, pengadilan (PPID Utama)",
                   request=m.DisputeStepInput, responses={200: m.DisputeSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        objection = objection_for(request.user, pk)
        services.require_utama(request.user)
        dispute = Dispute.objects.filter(objection=objection).first()
        if dispute is None:
            raise exceptions.NotFound(_("Belum ada sengketa untuk keberatan ini."))
        form = m.DisputeStepInput(data=request.data)
        form.is_valid(raise_exception=True)
        dispute = services.record_dispute_step(request.user, dispute, **form.validated_data)
        return Response(m.DisputeSerializer(dispute).data)
