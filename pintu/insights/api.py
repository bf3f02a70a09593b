"""Read-only JSON API of the public statistics (/api/v1/statistik/), the same data as the open data files.

Anyone may read it; it returns exactly what the public page shows (rahasia reports left out,
small counts suppressed as the string "<k"). Documented in the OpenAPI schema (drf-spectacular). The
summary and each table of the default period are the open data downloads', from the shared store
(pintu.insights.public): at most PINTU_STATS_MAX_STALE seconds behind a change, the Last-Modified header
saying when they were computed.
"""

from django.utils.http import http_date
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.apikit.schema import READ_PUBLIC, errors
from pintu.insights.filters import FilterError, Filters
from pintu.insights.public import current_document, current_table

TAG = ["statistik"]
FILTER_PARAMS = [
    OpenApiParameter("dari", str, description="Tanggal awal (YYYY-MM-DD); bawaan: 12 bulan terakhir"),
    OpenApiParameter("sampai", str, description="Tanggal akhir (YYYY-MM-DD); bawaan: hari ini"),
    OpenApiParameter("instansi", str, description="Kode instansi (termasuk unit di bawahnya)"),
    OpenApiParameter("wilayah", str, description="Kode Kemendagri atau BPS kecamatan/desa"),
    OpenApiParameter("kategori", str, description="Kode kategori"),
]
VALUE_HELP = "Angka, null bila tidak ada data, atau teks '<k' bila disembunyikan karena terlalu kecil."


class CellField(serializers.JSONField):
    """A number, null, or the string "<k" of a suppressed count."""


class ColumnSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    kind = serializers.ChoiceField(choices=["label", "count", "rate", "days", "number"])


class TableSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    columns = ColumnSerializer(many=True)
    rows = serializers.ListField(child=serializers.DictField(child=CellField(help_text=VALUE_HELP)))


class KeyFigureSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()
    value = CellField(allow_null=True, help_text=VALUE_HELP)


class SectionSerializer(serializers.Serializer):
    key_figures = KeyFigureSerializer(many=True)
    tables = TableSerializer(many=True)


class PeriodSerializer(serializers.Serializer):
    start = serializers.DateField()
    end = serializers.DateField()


class SummarySerializer(serializers.Serializer):
    period = PeriodSerializer()
    filters = serializers.DictField(child=serializers.CharField())
    min_cell = serializers.IntegerField(help_text="Jumlah terkecil yang ditampilkan; di bawahnya disembunyikan.")
    suppressed_as = serializers.CharField()
    complaints = SectionSerializer()
    ppid = SectionSerializer()


def api_filters(request) -> Filters:
    """The page's filters; a date that cannot be read or lies outside 1970-2099 is a 400 naming it."""
    try:
        return Filters.from_query(request.query_params, strict=True)
    except FilterError as error:
        raise ValidationError(error.errors) from None


class StatisticsSummary(APIView):
    permission_classes = []

    @extend_schema(operation_id="statistik_summary", tags=TAG, summary="Semua angka statistik publik",
                   parameters=FILTER_PARAMS,
                   responses={200: SummarySerializer, **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request):
        document, computed_at = current_document(api_filters(request), request.query_params)
        return Response(document, headers={"Last-Modified": http_date(computed_at.timestamp())})


class StatisticsTable(APIView):
    permission_classes = []

    @extend_schema(operation_id="statistik_table", tags=TAG, summary="Satu tabel statistik publik",
                   parameters=FILTER_PARAMS,
                   responses={200: TableSerializer, **errors(*READ_PUBLIC)})  # fmt: skip
    def get(self, request, key: str):
        files = current_table(api_filters(request), request.query_params, key)
        if files is None:
            raise NotFound("Tabel statistik tidak dikenal.")
        return Response(files.record, headers={"Last-Modified": http_date(files.computed_at.timestamp())})
