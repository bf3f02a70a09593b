"""The DIK register (informasi yang dikecualikan) for PPID staff, as the web's pintu/ppid/views/staff_dik.py:
the register, one exemption, drafting and editing (the keepers), putting in force and lifting (PPID Utama).

Reads start from dik_items_visible_to (another agency's draft is a 404); who may act is checked with
the services' own rules (require_keeper, require_utama) before any input is read; then the same service.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.accounts.access import scope_of
from pintu.api.ppid import serializers_more as m
from pintu.api.ppid.views_staff import TAG, PpidStaff
from pintu.apikit.ids import checked_id
from pintu.apikit.schema import STAFF, errors
from pintu.ppid import services
from pintu.ppid.models import DikStatus
from pintu.ppid.selectors import ALL_REGISTER_ROLES, dik_items_visible_to, own_agency_ids, register_agencies_for
from pintu.ppid.services.permissions import require_keeper, require_utama


def dik_for(user, pk: int):
    item = dik_items_visible_to(user).filter(pk=checked_id(pk)).first()
    if item is None:
        raise exceptions.NotFound(_("Pengecualian DIK tidak ditemukan."))
    return item


def _body(item) -> dict:
    return m.StaffDikItemSerializer(item).data


class StaffDikList(generics.ListAPIView):
    """The register the user works on: every agency for the Pemkab-wide roles, own agencies otherwise."""

    permission_classes = [PpidStaff]
    serializer_class = m.StaffDikItemSerializer

    @extend_schema(tags=TAG, summary="DIK (daftar informasi yang dikecualikan, petugas)",
                   parameters=[OpenApiParameter("status", str, enum=list(DikStatus.values))],
                   responses={200: m.StaffDikItemSerializer(many=True), **errors(*STAFF)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        user = self.request.user
        qs = dik_items_visible_to(user)
        if not scope_of(user).has(*ALL_REGISTER_ROLES):
            qs = qs.filter(agency_id__in=own_agency_ids(user))
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
        agency = agencies.filter(code=fields.pop("agency")).first()
        if agency is None:
            raise exceptions.ValidationError({"agency": [_("Pilih instansi dari daftar.")]})
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


class StaffDikDecide(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Tetapkan pengecualian DIK (PPID Utama)", request=m.DikDecideInput,
                   responses={200: m.StaffDikItemSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        item = dik_for(request.user, pk)
        require_utama(request.user, _("Hanya PPID Utama yang dapat menetapkan informasi yang dikecualikan."))
        form = m.DikDecideInput(data=request.data)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        return Response(_body(services.decide_dik_item(request.user, item, data["decided_by"], data["decided_at"])))


class StaffDikLift(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Cabut pengecualian DIK (PPID Utama)", request=m.DikLiftInput,
                   responses={200: m.StaffDikItemSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        item = dik_for(request.user, pk)
        require_utama(request.user, _("Hanya PPID Utama yang dapat mencabut pengecualian."))
        form = m.DikLiftInput(data=request.data)
        form.is_valid(raise_exception=True)
        return Response(_body(services.lift_dik_item(request.user, item, form.validated_data["reason"])))
