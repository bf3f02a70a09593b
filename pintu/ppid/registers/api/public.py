"""The public registers on the API: the published DIP (list, one item, its documents, CSV/XLSX export)
and the DIK in force (the web's ppid:dip_list, dip_detail, dip_file, dip_export_csv/xlsx, dik_list).

Each reads through the same selector and builds its file with the same function as its page
(registers.downloads): a draft item's document is a 404 for the public, the export is the page's file.
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.ids import checked_id
from pintu.apikit.schema import READ_PUBLIC, errors, list_schema
from pintu.ppid.api.common import PUBLIC_TAG as TAG
from pintu.ppid.api.files import FileView, document_responses, per_formats
from pintu.ppid.downloads import FORMATS
from pintu.ppid.registers import downloads
from pintu.ppid.registers.api import serializers as s
from pintu.ppid.registers.models import DikStatus, DipCategory
from pintu.ppid.registers.selectors import dik_items_visible_to, public_dip_items


@list_schema(
    tags=TAG,
    summary="Daftar Informasi Publik (DIP)",
    parameters=[
        OpenApiParameter("category", str, enum=DipCategory.values),
        OpenApiParameter("agency", str, description="kode instansi"),
    ],
    codes=READ_PUBLIC,
)
class DipList(generics.ListAPIView):
    serializer_class = s.DipItemSerializer

    def get_queryset(self):
        qs = public_dip_items()
        params = self.request.query_params
        if params.get("category") in DipCategory.values:
            qs = qs.filter(category=params["category"])
        if params.get("agency"):
            qs = qs.filter(agency__code=params["agency"][:40])
        return qs


class DipDetail(APIView):
    @extend_schema(tags=TAG, summary="Satu informasi DIP", responses={200: s.DipItemSerializer,
                   **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, pk: int):
        return Response(s.DipItemSerializer(get_object_or_404(public_dip_items(), pk=checked_id(pk))).data)


class DipFile(FileView):
    """One document of a DIP item the caller may see (the public: published items only)."""

    @extend_schema(tags=TAG, operation_id="ppid_dip_file", summary="Unduh berkas informasi DIP",
                   responses=document_responses(*READ_PUBLIC))  # fmt: skip
    def get(self, request, pk: int):
        row = downloads.visible_dip_file(request.user, checked_id(pk))
        if row is None:
            raise exceptions.NotFound(_("Berkas tidak ditemukan."))
        return downloads.dip_file_response(row)


class DipExport(FileView):
    """The published DIP (all agencies or one), the same file as the public page's download links."""

    def get(self, request):
        form = s.DipExportFilter(data=request.query_params)
        form.is_valid(raise_exception=True)
        data = form.validated_data
        qs = downloads.published_dip(request.user, q=data["q"], category=data["category"], agency_code=data["agency"])
        return downloads.dip_export(qs, self.fmt, data["agency"]).response()


DIP_EXPORT = per_formats(
    DipExport, FORMATS, operation_id="ppid_dip_export_{fmt}", tags=TAG, codes=READ_PUBLIC,
    parameters=[s.DipExportFilter], summary="Unduh DIP yang diumumkan ({FMT}), dengan saringan daftar DIP",
)  # fmt: skip


@list_schema(tags=TAG, summary="Daftar Informasi yang Dikecualikan (DIK) yang berlaku", codes=READ_PUBLIC)
class PublicDikList(generics.ListAPIView):
    """Exemptions in force, as the web's list (a draft or lifted item is never listed)."""

    serializer_class = s.PublicDikItemSerializer

    def get_queryset(self):
        items = dik_items_visible_to(self.request.user).filter(status=DikStatus.IN_FORCE)
        return items.select_related("agency", "letter")
