"""The DIK register (informasi yang dikecualikan) on the staff API, as the web's staff pages: the register,
one exemption, drafting and editing (its keepers), and the actions of registers.actions.DIK_ACTIONS:
putting it in force and lifting it (the PPID Utama).

Reads start from dik_items_visible_to (another agency's draft is a 404); who may act is checked before
any input is read (a 403); then the same service as the page.
"""

from functools import partial

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.actions import CaseActionView
from pintu.apikit.ids import chosen_row, row_or_404
from pintu.apikit.schema import STAFF, action_schema, errors, list_schema
from pintu.ppid.api.common import STAFF_TAG as TAG
from pintu.ppid.api.common import PpidStaff
from pintu.ppid.registers import services
from pintu.ppid.registers.actions import DIK_ACTIONS
from pintu.ppid.registers.api import serializers as m
from pintu.ppid.registers.downloads import draft_response
from pintu.ppid.registers.models import DikStatus
from pintu.ppid.registers.permissions import require_keeper
from pintu.ppid.registers.selectors import dik_items_visible_to, register_agencies_for, register_dik_items


def dik_for(user, pk: int):
    return row_or_404(dik_items_visible_to(user), pk, _("Pengecualian DIK tidak ditemukan."))


def _body(item) -> dict:
    return m.StaffDikItemSerializer(item).data


@list_schema(
    tags=TAG,
    summary="DIK (daftar informasi yang dikecualikan, petugas)",
    parameters=[OpenApiParameter("status", str, enum=list(DikStatus.values))],
    codes=STAFF,
)
class StaffDikList(generics.ListAPIView):
    """The register the user works on: every agency for the Pemkab-wide roles, own agencies otherwise."""

    permission_classes = [PpidStaff]
    serializer_class = m.StaffDikItemSerializer

    def get_queryset(self):
        qs = register_dik_items(self.request.user)
        if self.request.query_params.get("status") in DikStatus.values:
            qs = qs.filter(status=self.request.query_params["status"])
        return qs


class StaffDikDraft(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Buat draf pengecualian DIK", request=m.DikDraftInput,
                   responses={201: m.StaffDikItemSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request):
        agencies = register_agencies_for(request.user)
        if not agencies.exists():
            raise exceptions.PermissionDenied(_("Hanya PPID Pembantu atau PPID Utama yang mengelola DIK."))
        form = m.DikDraftInput(data=request.data)
        form.is_valid(raise_exception=True)
        fields = dict(form.validated_data)
        agency = chosen_row(agencies, _("Pilih instansi dari daftar."), field="agency", code=fields.pop("agency"))
        item = services.draft_dik_item(request.user, agency, **fields)
        return Response(_body(item), status=201)


class StaffDikDetail(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Satu pengecualian DIK (petugas)",
                   responses={200: m.StaffDikItemSerializer, **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int):
        return Response(_body(dik_for(request.user, pk)))


class StaffDikUpdate(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Ubah pengecualian DIK (hanya kolom yang dikirim)", request=m.DikFieldsInput,
                   responses={200: m.StaffDikItemSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        item = dik_for(request.user, pk)
        require_keeper(request.user, item.agency)
        form = m.DikFieldsInput(data=request.data)
        form.is_valid(raise_exception=True)
        return Response(_body(services.update_dik_item(request.user, item, **form.validated_data)))


class DikAction(CaseActionView):
    """One action of registers.actions.DIK_ACTIONS on an exemption the caller sees (pintu.apikit.actions)."""

    permission_classes = [PpidStaff]
    actions = DIK_ACTIONS

    def case_for(self, user, pk: int):
        return dik_for(user, pk)

    def answer(self, request, item, outcome) -> Response:
        return Response(_body(outcome.case or item))


dik_action = partial(action_schema, tags=TAG, answer=m.StaffDikItemSerializer, codes=STAFF)  # each action's schema


@dik_action(summary="Tetapkan pengecualian DIK (PPID Utama)")
class StaffDikDecide(DikAction):
    """Put the exemption in force, recording who decided it and when (the PPID Utama)."""

    action, serializer = "decide", m.DikDecideInput


@dik_action(summary="Cabut pengecualian DIK (PPID Utama)")
class StaffDikLift(DikAction):
    """End the exemption, with a reason (the PPID Utama): the information is open again."""

    action, serializer = "lift", m.DikLiftInput


@dik_action(summary="Setujui dan tandatangani surat penetapan DIK")
class StaffDikSignLetter(DikAction):
    """Approve and sign the waiting determination letter (its signatory): the exemption comes in force."""

    action, serializer = "sign_letter", m.DikLetterInput


@dik_action(summary="Batalkan draf surat penetapan DIK")
class StaffDikDiscardLetter(DikAction):
    """Drop the waiting determination letter (the PPID Utama or the signatory)."""

    action, serializer = "discard_letter", m.DikLetterInput


class StaffDikLetterDraft(APIView):
    """The waiting determination letter as a PDF to read: watermarked DRAF, unnumbered, unsigned."""

    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, operation_id="staff_ppid_dik_letter_draft", summary="Draf surat penetapan DIK (PDF)",
                   responses={(200, "application/pdf"): bytes, **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int):
        return draft_response(dik_for(request.user, pk), http_request=request)
