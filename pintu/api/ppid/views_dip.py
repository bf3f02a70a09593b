"""DIP management for PPID staff: the register as the officer sees it, drafting and editing a row.

Publishing and withdrawing: views_dip_actions.py. Permission and validation are the
services' (pintu.ppid.services.dip); reads start from dip_items_visible_to.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.accounts.selectors import agencies_visible_to
from pintu.api.ppid import serializers as s
from pintu.api.ppid.views_staff import PpidStaff
from pintu.apikit.ids import checked_id
from pintu.apikit.schema import STAFF, errors
from pintu.ppid import services
from pintu.ppid.selectors import dip_items_visible_to, own_agency_ids
from pintu.ppid.services.permissions import is_ppid_utama, require_keeper

TAG = ["PPID (petugas)"]


def item_for(user, pk: int):
    item = dip_items_visible_to(user).filter(pk=checked_id(pk)).first()
    if item is None:
        raise exceptions.NotFound(_("Informasi DIP tidak ditemukan."))
    return item


class StaffDipList(generics.ListAPIView):
    permission_classes = [PpidStaff]
    serializer_class = s.StaffDipItemSerializer

    @extend_schema(tags=TAG, summary="DIP (semua status yang terlihat oleh Anda)",
                   responses={200: s.StaffDipItemSerializer(many=True), **errors(*STAFF)})  # fmt: skip
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return dip_items_visible_to(self.request.user)


class StaffDipDraft(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Buat draf informasi DIP", request=s.DipDraftInput,
                   responses={201: s.StaffDipItemSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request):
        user = request.user
        if not (is_ppid_utama(user) or own_agency_ids(user)):
            raise exceptions.PermissionDenied(_("Hanya PPID Pembantu atau PPID Utama yang mengelola DIP."))
        form = s.DipDraftInput(data=request.data)
        form.is_valid(raise_exception=True)
        fields = dict(form.validated_data)
        agency = agencies_visible_to(user).filter(code=fields.pop("agency")).first()
        if agency is None:
            raise exceptions.ValidationError({"agency": [_("Pilih instansi dari daftar.")]})
        item = services.draft_dip_item(user, agency, **fields)
        return Response(s.StaffDipItemSerializer(item).data, status=201)


class StaffDipDetail(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Satu informasi DIP (petugas)", responses={200: s.StaffDipItemSerializer,
                   **errors(*STAFF)})  # fmt: skip
    def get(self, request, pk: int):
        return Response(s.StaffDipItemSerializer(item_for(request.user, pk)).data)


class StaffDipUpdate(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Ubah kolom informasi DIP (hanya yang dikirim)", request=s.DipFieldsInput,
                   responses={200: s.StaffDipItemSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        item = item_for(request.user, pk)
        require_keeper(request.user, item.agency)
        form = s.DipFieldsInput(data=request.data)
        form.is_valid(raise_exception=True)
        item = services.update_dip_item(request.user, item, **form.validated_data)
        return Response(s.StaffDipItemSerializer(item).data)
