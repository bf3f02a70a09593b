"""A DIP row's documents and the berkala refresh (the web's staff_dip.add_files / remove_file / refresh).

The row is read through dip_items_visible_to (404 otherwise); require_keeper, the web's own rule, is
checked before any input is read (403); then the same service as the web page. Files go through
pintu.files validation with the DIP policy (larger files, long PDFs), as on the web.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.ppid import serializers as s
from pintu.api.ppid import serializers_last as last
from pintu.api.ppid.views_dip import TAG, item_for
from pintu.api.ppid.views_staff import PpidStaff
from pintu.apikit.ids import checked_id
from pintu.apikit.schema import STAFF, errors
from pintu.apikit.uploads import cleaned_files
from pintu.ppid import services
from pintu.ppid.services.files import DIP_UPLOAD_POLICY
from pintu.ppid.services.permissions import require_keeper


class StaffDipAddFiles(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Tambah berkas informasi DIP (multipart, field files)",
                   request={"multipart/form-data": last.DipFilesInput},
                   responses={201: last.DipFileSerializer(many=True), **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        item = item_for(request.user, pk)
        require_keeper(request.user, item.agency)
        files = cleaned_files(request, policy=DIP_UPLOAD_POLICY)
        if not files:
            raise exceptions.ValidationError({"files": [_("Pilih sedikitnya satu berkas.")]})
        saved = services.add_dip_files(request.user, item, files)
        return Response(last.DipFileSerializer(saved, many=True).data, status=201)


class StaffDipRemoveFile(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Hapus satu berkas informasi DIP; jawabannya berkas yang tersisa", request=None,
                   responses={200: last.DipFileSerializer(many=True), **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int, file_pk: int):
        item = item_for(request.user, pk)
        require_keeper(request.user, item.agency)
        row = item.files.filter(pk=checked_id(file_pk)).first()
        if row is None:
            raise exceptions.NotFound(_("Berkas tidak ditemukan."))
        services.remove_dip_file(request.user, row)
        return Response(last.DipFileSerializer(item.files.order_by("pk"), many=True).data)


class StaffDipRefresh(APIView):
    permission_classes = [PpidStaff]

    @extend_schema(tags=TAG, summary="Catat pembaruan informasi berkala yang diumumkan", request=last.DipRefreshInput,
                   responses={200: s.StaffDipItemSerializer, **errors(*STAFF)})  # fmt: skip
    def post(self, request, pk: int):
        item = item_for(request.user, pk)
        require_keeper(request.user, item.agency)
        form = last.DipRefreshInput(data=request.data)
        form.is_valid(raise_exception=True)
        item = services.refresh_berkala(request.user, item, form.validated_data["date"])
        return Response(s.StaffDipItemSerializer(item).data)
