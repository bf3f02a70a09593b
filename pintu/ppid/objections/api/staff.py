"""Objections on the staff API: the inbox, one objection, an objection received on paper, the disputes,
and every staff action of objections.actions (the Atasan PPID's answer; what the PPID Utama records:
the requester's response given on paper, the dispute at the Komisi Informasi and each of its stages).

Reads start from objections_visible_to / disputes_visible_to (404 otherwise); who may act is checked
before any input is read (a 403); the serializer gives `perform` the keys the page's form gives.
"""

from datetime import datetime, time
from functools import partial

from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, generics, serializers
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.actions import CaseActionView
from pintu.apikit.ids import row_or_404
from pintu.apikit.schema import STAFF, action_schema, errors, list_schema
from pintu.ppid.api.common import STAFF_TAG as TAG
from pintu.ppid.api.common import PpidStaff
from pintu.ppid.objections import services
from pintu.ppid.objections.actions import ACTIONS, dispute_of
from pintu.ppid.objections.api import serializers as s
from pintu.ppid.objections.selectors import disputes_visible_to, objections_visible_to
from pintu.ppid.permissions import require_utama
from pintu.ppid.requests.numbering import parse_number
from pintu.ppid.requests.selectors import requests_visible_to


def objection_for(user, pk: int):
    return row_or_404(objections_visible_to(user), pk, _("Keberatan tidak ditemukan."))


@list_schema(tags=TAG, summary="Kotak masuk keberatan", codes=STAFF)
class StaffObjectionList(generics.ListAPIView):
    permission_classes = [PpidStaff]
    serializer_class = s.ObjectionSerializer

    def get_queryset(self):
        return objections_visible_to(self.request.user)


class StaffObjectionDetail(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Satu keberatan (petugas)", responses={200: s.ObjectionSerializer,
                   **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int):
        return Response(s.ObjectionSerializer(objection_for(request.user, pk)).data)


def _filed_at(day):
    """As the web form: today means now; an earlier receipt date means 09:00 that day."""
    if day is None or day == timezone.localdate():
        return timezone.now()
    return timezone.make_aware(datetime.combine(day, time(9, 0)))


class StaffObjectionRegister(APIView):
    """An objection received on paper or at the desk, registered by the PPID Utama (the web's paper form)."""

    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Catat keberatan yang diterima di atas kertas (PPID Utama)",
                   request=s.PaperObjectionInput,
                   responses={201: s.ObjectionSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request):
        require_utama(request.user, services.UTAMA_RECORDS)
        form = s.PaperObjectionInput(data=request.data)
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


@list_schema(tags=TAG, summary="Sengketa informasi di Komisi Informasi", codes=STAFF)
class StaffDisputeList(generics.ListAPIView):
    permission_classes = [PpidStaff]
    serializer_class = s.DisputeSerializer

    def get_queryset(self):
        return disputes_visible_to(self.request.user).select_related("commission")


# --- the staff actions (objections.actions.ACTIONS) -----------------------------------------------------


class ObjectionAction(CaseActionView):
    """One action of objections.actions on an objection the caller sees (pintu.apikit.actions); the answer is
    the objection as it is now."""

    permission_classes = [PpidStaff]
    actions = ACTIONS

    def case_for(self, user, pk: int):
        return objection_for(user, pk)

    def answer(self, request, objection, outcome) -> Response:
        return Response(s.ObjectionSerializer(objection_for(request.user, objection.pk)).data)


# the schema of each action below: its summary (and body, when not its serializer's)
objection_action = partial(action_schema, tags=TAG, answer=s.ObjectionSerializer, codes=STAFF)
dispute_action = partial(action_schema, tags=TAG, answer=s.DisputeSerializer, codes=STAFF)


@objection_action(summary="Tanggapan Atasan PPID atas keberatan")
class DecideObjection(ObjectionAction):
    """The Atasan PPID's written answer."""

    action, serializer = "decide", s.PpidDecideObjectionInput


class NoInput(serializers.Serializer):
    """No body."""


@objection_action(summary="Setujui dan tandatangani draf surat tanggapan keberatan", request=None)
class SignAnswer(ObjectionAction):
    """The signatory of the objection answer approves and signs the waiting draft: the answer takes effect."""

    action, serializer = "sign_letter", NoInput


@objection_action(summary="Batalkan draf surat tanggapan keberatan", request=None)
class DiscardAnswer(ObjectionAction):
    """Drop the waiting draft of the answer."""

    action, serializer = "discard_letter", NoInput


@objection_action(summary="Catat tanggapan pemohon atas jawaban keberatan (PPID Utama)")
class ObjectionRespond(ObjectionAction):
    """The requester's response given on paper, recorded by the PPID Utama."""

    action, serializer = "respond", s.ObjectionResponseInput


@dispute_action(summary="Catat sengketa informasi di Komisi Informasi (PPID Utama)", status=201)
class ObjectionDispute(ObjectionAction):
    """The dispute the requester filed at the Komisi Informasi, recorded by the PPID Utama (a late filing
    is recorded with a warning: the Komisi Informasi decides whether to accept it)."""

    action, serializer = "dispute", s.DisputeInput

    def answer(self, request, objection, outcome) -> Response:
        result = outcome.case
        return Response(s.DisputeSerializer(result.dispute, context={"warning": result.warning}).data, status=201)


@dispute_action(summary="Catat tahap sengketa: mediasi, ajudikasi, pengadilan (PPID Utama)")
class DisputeStep(ObjectionAction):
    """A stage of the dispute (mediation, adjudication, court) and its result, recorded by the PPID Utama."""

    action, serializer = "dispute_step", s.DisputeStepInput

    def before_input(self, objection) -> None:
        if dispute_of(objection) is None:
            raise exceptions.NotFound(_("Belum ada sengketa untuk keberatan ini."))

    def answer(self, request, objection, outcome) -> Response:
        return Response(s.DisputeSerializer(outcome.case).data)
