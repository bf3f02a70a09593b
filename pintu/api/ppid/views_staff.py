"""PPID staff endpoints: the request inbox and its actions, the objection inbox and the Atasan's decision.

Reads start from requests_handled_by / objections_visible_to (another agency's case is a 404); every
action calls the same service as the staff page (pintu/ppid/views/requests_staff.py, objections_staff.py).
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.accounts.selectors import agencies_visible_to
from pintu.agencies.models import OUTSIDE_KINDS
from pintu.api.ppid import serializers as s
from pintu.apikit.ids import checked_id
from pintu.apikit.permissions import roles
from pintu.apikit.refs import MessageSerializer
from pintu.apikit.schema import STAFF, errors
from pintu.apikit.uploads import cleaned_files
from pintu.history.selectors import events_visible_to
from pintu.ppid.models import DikStatus
from pintu.ppid.models_requests import STATUS_CHOICES
from pintu.ppid.objections import services as objection_services
from pintu.ppid.objections.selectors import objections_visible_to
from pintu.ppid.requests import identity, permissions, services
from pintu.ppid.requests.selectors import requests_handled_by
from pintu.ppid.selectors import STAFF_ROLES, dik_items_visible_to

TAG = ["PPID (petugas)"]
PpidStaff = roles(*STAFF_ROLES)


def request_for(user, pk: int):
    info = requests_handled_by(user).filter(pk=checked_id(pk)).first()
    if info is None:
        raise exceptions.NotFound(_("Permohonan tidak ditemukan."))
    return info


def staff_request_body(user, info) -> dict:
    events = events_visible_to(user).filter(case_type="info_request", case_id=info.pk).order_by("at", "pk")
    context = {"identity": identity.identity_for_staff(user, info), "events": events}
    return s.PpidRequestSerializer(info, context=context).data


class StaffRequestList(generics.ListAPIView):
    permission_classes = [PpidStaff]
    serializer_class = s.PpidRequestListSerializer

    @extend_schema(tags=TAG, summary="Kotak masuk permohonan informasi",
                   parameters=[OpenApiParameter("status", str, enum=[v for v, _label in STATUS_CHOICES])],
                   responses={200: s.PpidRequestListSerializer(many=True), **errors(*STAFF)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        qs = requests_handled_by(self.request.user)
        if self.request.query_params.get("status") in dict(STATUS_CHOICES):
            qs = qs.filter(status=self.request.query_params["status"])
        return qs


class StaffRequestDetail(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Satu permohonan (petugas)", responses={200: s.PpidRequestSerializer,
                   **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int):
        return Response(staff_request_body(request.user, request_for(request.user, pk)))


class RequestAction(APIView):
    """Base: check who may act (the services' own permission functions, before reading any input), validate
    `serializer`, call `run(user, info, data)` -> message."""

    permission_classes = [PpidStaff]
    serializer = s.PpidReasonInput
    utama_only = False

    def run(self, user, info, data) -> str:
        raise NotImplementedError

    def post(self, request, pk: int):
        info = request_for(request.user, pk)
        if self.utama_only:
            permissions.require_utama(request.user)
        else:
            permissions.actor_for(request.user, info)  # PPID Utama or the assigned Pembantu; else 403
        form = self.serializer(data=request.data)
        form.is_valid(raise_exception=True)
        message = self.run(request.user, info, form.validated_data)
        return Response({"detail": message})


def _doc(summary: str, serializer):
    return extend_schema(tags=TAG, summary=summary, request=serializer,
                         responses={200: MessageSerializer, **errors(*STAFF)})  # fmt: skip


class AssignRequest(RequestAction):
    utama_only = True
    serializer = s.PpidAssignInput

    @_doc("Tugaskan ke PPID Pembantu (PPID Utama)", s.PpidAssignInput)
    def post(self, request, pk: int):
        return super().post(request, pk)

    def run(self, user, info, data):
        agency = agencies_visible_to(user).exclude(kind__in=OUTSIDE_KINDS).filter(code=data["agency"]).first()
        if agency is None:
            raise exceptions.ValidationError({"agency": [_("Pilih instansi dari daftar.")]})
        services.assign_request(user, info, agency, data["note"])
        return _("Permohonan ditugaskan.")


class MarkIncomplete(RequestAction):
    utama_only = True
    @_doc("Tandai perlu dilengkapi", s.PpidReasonInput)
    def post(self, request, pk: int):
        return super().post(request, pk)

    def run(self, user, info, data):
        services.mark_incomplete(user, info, data["reason"])
        return _("Permohonan ditandai perlu dilengkapi.")


class CompleteRequest(RequestAction):
    utama_only = True
    @_doc("Tandai lengkap (hitungan dimulai)", s.PpidReasonInput)
    def post(self, request, pk: int):
        return super().post(request, pk)

    def run(self, user, info, data):
        services.complete_request(user, info, data["reason"])
        return _("Permohonan lengkap; hitungan hari kerja dimulai.")


class CloseRequest(RequestAction):
    @_doc("Tutup permohonan", s.PpidReasonInput)
    def post(self, request, pk: int):
        return super().post(request, pk)

    def run(self, user, info, data):
        services.close_request(user, info, data["reason"])
        return _("Permohonan ditutup.")


class ExtendRequest(RequestAction):
    serializer = s.PpidExtendInput

    @_doc("Perpanjang jangka waktu (sekali, maks. 7 hari kerja)", s.PpidExtendInput)
    def post(self, request, pk: int):
        return super().post(request, pk)

    def run(self, user, info, data):
        services.extend_request(user, info, data["reason"], data["days"])
        return _("Perpanjangan dicatat dan diberitahukan kepada pemohon.")


class IssueNotice(RequestAction):
    serializer = s.PpidNoticeInput

    @_doc("Terbitkan pemberitahuan tertulis (keputusan)", s.PpidNoticeInput)
    def post(self, request, pk: int):
        return super().post(request, pk)

    def run(self, user, info, data):
        values = dict(data)
        decision = values.pop("decision")
        if values.get("refusal_dik"):
            dik = dik_items_visible_to(user).filter(pk=values["refusal_dik"], status=DikStatus.IN_FORCE).first()
            if dik is None:
                raise exceptions.ValidationError({"refusal_dik": [_("Pengecualian DIK itu tidak berlaku.")]})
            values["refusal_dik"] = dik
        else:
            values["refusal_dik"] = None
        services.issue_notice(user, info, decision, **values)
        return _("Pemberitahuan tertulis diterbitkan dan dikirim.")


class RecordPayment(RequestAction):
    serializer = s.PpidReasonInput

    @_doc("Catat pembayaran biaya", None)
    def post(self, request, pk: int):
        return super().post(request, pk)

    def run(self, user, info, data):
        services.record_payment(user, info)
        return _("Pembayaran dicatat.")


class DeliverInformation(RequestAction):
    serializer = s.PpidDeliverInput

    @extend_schema(tags=TAG, summary="Serahkan informasi (berkas dan/atau catatan)",
                   request={"multipart/form-data": s.PpidDeliverInput, "application/json": s.PpidDeliverInput},
                   responses={200: MessageSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        return super().post(request, pk)

    def run(self, user, info, data):
        services.deliver_information(user, info, cleaned_files(self.request), data["note"])
        return _("Informasi diserahkan kepada pemohon.")


# --- objections -----------------------------------------------------------------------------------------


def objection_for(user, pk: int):
    objection = objections_visible_to(user).filter(pk=checked_id(pk)).first()
    if objection is None:
        raise exceptions.NotFound(_("Keberatan tidak ditemukan."))
    return objection


class StaffObjectionList(generics.ListAPIView):
    permission_classes = [PpidStaff]
    serializer_class = s.ObjectionSerializer

    @extend_schema(tags=TAG, summary="Kotak masuk keberatan", responses={200: s.ObjectionSerializer(many=True),
                   **errors(*STAFF)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return objections_visible_to(self.request.user)


class StaffObjectionDetail(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Satu keberatan (petugas)", responses={200: s.ObjectionSerializer,
                   **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int):
        return Response(s.ObjectionSerializer(objection_for(request.user, pk)).data)


class DecideObjection(APIView):
    """The Atasan PPID's written answer (the service refuses everyone else with 403)."""

    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Tanggapan Atasan PPID atas keberatan", request=s.PpidDecideObjectionInput,
                   responses={200: s.ObjectionSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        objection = objection_for(request.user, pk)
        objection_services.require_atasan(request.user)
        form = s.PpidDecideObjectionInput(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        objection = objection_services.decide_objection(
            request.user, objection, decision=data["decision"], text=data["decision_text"],
            atasan_name=data["atasan_name"], atasan_post=data["atasan_post"],
        )  # fmt: skip
        return Response(s.ObjectionSerializer(objection_for(request.user, objection.pk)).data)
