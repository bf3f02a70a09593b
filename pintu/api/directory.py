"""The public directory: categories, agencies (inside and outside the Pemkab) and areas, from their selectors."""

from django.urls import path
from drf_spectacular.utils import OpenApiParameter
from rest_framework import generics, serializers

from pintu.accounts.roles import Role
from pintu.accounts.selectors import agencies_visible_to, areas_visible_to
from pintu.agencies.models import OUTSIDE_KINDS, Agency, Area, AreaLevel
from pintu.apikit.refs import AgencyRefSerializer
from pintu.apikit.schema import READ_PUBLIC, list_schema
from pintu.categories.models import Category
from pintu.categories.selectors import categories_visible_to
from pintu.letters.selectors import officers_by_agency

TAG = ["direktori"]


class CategorySerializer(serializers.ModelSerializer):
    default_agency = AgencyRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Category
        fields = ("id", "code", "name", "name_en", "parent", "default_agency", "needs_field_check")


class AgencySerializer(serializers.ModelSerializer):
    outside = serializers.BooleanField(source="is_outside", read_only=True)
    email = serializers.CharField(read_only=True, help_text="Boleh kosong.")
    website = serializers.CharField(read_only=True, help_text="Boleh kosong.")
    ppid_pembantu = serializers.SerializerMethodField(help_text="Nama PPID Pembantu unit ini (penanda tangan); kosong "
                                                      "bila tidak ada.")  # fmt: skip

    class Meta:
        model = Agency
        fields = (
            "id", "code", "name", "short_name", "kind", "outside", "parent", "area", "email", "phone", "website",
            "address", "channel_note", "head_name", "head_title", "liaison_name", "ppid_pembantu",
        )  # fmt: skip

    def get_ppid_pembantu(self, agency) -> str:
        officer = self.context.get("ppid_officers", {}).get(agency.pk)
        return officer.name if officer else ""


class AreaSerializer(serializers.ModelSerializer):
    class Meta:
        model = Area
        fields = ("id", "level", "name", "code", "bps_code", "parent")


@list_schema(tags=TAG, summary="Kategori pengaduan", codes=READ_PUBLIC)
class CategoryList(generics.ListAPIView):
    serializer_class = CategorySerializer

    def get_queryset(self):
        return categories_visible_to(self.request.user)


OUTSIDE_PARAM = OpenApiParameter(
    "outside", bool, description="true: hanya instansi di luar pemda; false: hanya di dalam pemda"
)


@list_schema(tags=TAG, summary="Instansi (di dalam dan di luar pemda)", parameters=[OUTSIDE_PARAM], codes=READ_PUBLIC)
class AgencyList(generics.ListAPIView):
    serializer_class = AgencySerializer

    def get_serializer_context(self):
        # each unit's PPID Pembantu as the letters know them, as /instansi/ shows them
        return {**super().get_serializer_context(), "ppid_officers": officers_by_agency(Role.PPID_PEMBANTU)}

    def get_queryset(self):
        qs = agencies_visible_to(self.request.user)
        outside = (self.request.query_params.get("outside") or "").lower()
        if outside in ("true", "1"):
            qs = qs.filter(kind__in=OUTSIDE_KINDS)
        elif outside in ("false", "0"):
            qs = qs.exclude(kind__in=OUTSIDE_KINDS)
        return qs


LEVEL_PARAM = OpenApiParameter("level", str, enum=[AreaLevel.KECAMATAN, AreaLevel.DESA, AreaLevel.KELURAHAN])
PARENT_PARAM = OpenApiParameter("parent", int, description="id wilayah induk (mis. desa dalam satu kecamatan)")


@list_schema(
    tags=TAG,
    summary="Wilayah: kecamatan dan desa/kelurahan",
    parameters=[LEVEL_PARAM, PARENT_PARAM],
    codes=READ_PUBLIC,
)
class AreaList(generics.ListAPIView):
    serializer_class = AreaSerializer

    def get_queryset(self):
        qs = areas_visible_to(self.request.user)
        params = self.request.query_params
        if params.get("level") in AreaLevel.values:
            qs = qs.filter(level=params["level"])
        if (parent := params.get("parent", "")).isascii() and parent.isdigit() and len(parent) < 18:  # "²" too
            qs = qs.filter(parent_id=int(parent))
        return qs


urlpatterns = [
    path("categories/", CategoryList.as_view(), name="categories"),
    path("agencies/", AgencyList.as_view(), name="agencies"),
    path("areas/", AreaList.as_view(), name="areas"),
]
