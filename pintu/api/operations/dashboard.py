"""The leaders' dashboard as an API (as the web's insights:dashboard, :download, :report_pdf, :cases).

Same roles (DASHBOARD_ROLES), same scope per role (`insight_scope(user)`), same filters (`Filters`) and
the same functions as the page (complaint_tables, ppid_tables, staff_figures, pdf.build_report): the
figures are equal for the same user and filters. Staff figures are not suppressed, exactly as on the
page; the public, suppressed figures are `/api/v1/statistik/`. Unlike the page, which ignores a filter
it cannot read, the API answers 400 naming the parameter.
"""

from django.http import HttpResponse
from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, generics
from rest_framework.response import Response
from rest_framework.views import APIView

from pintu.api.operations import dashboard_serializers as s
from pintu.apikit.pagination import DefaultCursorPagination
from pintu.apikit.permissions import roles
from pintu.apikit.schema import STAFF, binary, errors, list_schema
from pintu.insights import exports, pdf, periods
from pintu.insights.dashboard import complaint_tables
from pintu.insights.drill import REPORT_DIMS, REQUEST_DIMS
from pintu.insights.filters import Filters, date_problems
from pintu.insights.ppid_dashboard import ppid_tables
from pintu.insights.scope import DASHBOARD_ROLES, insight_scope
from pintu.insights.staff_figures import FILE_FORMATS, REPORTS, REQUESTS, cases_behind, find_table, table_file
from pintu.workdays.bounds import EARLIEST, LATEST

TAG = ["statistik (pimpinan dan pejabat)"]
DashboardRoles = roles(*DASHBOARD_ROLES)
FILTER_PARAMS = [
    OpenApiParameter("dari", OpenApiTypes.DATE, description="Tanggal awal; bawaan: 12 bulan terakhir"),
    OpenApiParameter("sampai", OpenApiTypes.DATE, description="Tanggal akhir; bawaan: hari ini"),
    OpenApiParameter("instansi", str, description="Kode instansi (termasuk unit di bawahnya)"),
    OpenApiParameter("wilayah", str, description="Kode Kemendagri atau BPS kecamatan/desa"),
    OpenApiParameter("kategori", str, description="Kode kategori (pengaduan saja)"),
]
PDF_KINDS = ("bulanan", "triwulanan")


def filters_from(params) -> Filters:
    """The page's Filters, after checking every parameter given can be read (else 400, nothing computed)."""
    problems = date_problems(params)  # unreadable, or outside 1970-2099 (date arithmetic overflows beyond)
    if problems:
        raise exceptions.ValidationError(problems)
    filters = Filters.from_query(params)
    unknown = {
        "instansi": (filters.agency, _("Tidak ada instansi dengan kode ini.")),
        "wilayah": (filters.area, _("Tidak ada kecamatan atau desa dengan kode ini.")),
        "kategori": (filters.category, _("Tidak ada kategori dengan kode ini.")),
    }
    for name, (found, message) in unknown.items():
        if (params.get(name) or "").strip() and found is None:
            problems[name] = [message]
    if problems:
        raise exceptions.ValidationError(problems)
    return filters


def _figures(section) -> list[dict]:
    return [
        {"key": f.key, "label": str(f.label), "value": exports.cell(f.value), "kind": f.kind, "basis": f.basis}
        for f in section.key_figures
    ]


def _table(table, source: str, drilldown: bool) -> dict:
    record = exports.to_record(table)
    drill = []
    if drilldown:
        drill = [{"row": i, "sumber": source, **d} for i, d in enumerate(table.drill) if d and d.get("dim")]
    return {**record, "note": str(table.note), "unit": str(table.unit), "drill": drill}


def _choices(pairs) -> list[dict]:
    return [{"value": value, "label": str(label)} for value, label in pairs]


def dashboard_document(user, filters: Filters) -> dict:
    """Everything of the staff page for this user and these filters, as one JSON document."""
    scope = insight_scope(user)
    complaints, ppid = complaint_tables(scope, filters), ppid_tables(scope, filters)
    return {
        "period": {"start": filters.start.isoformat(), "end": filters.end.isoformat()},
        "filters": filters.params(),
        "scope": {
            "complaints": scope.complaints, "ppid": scope.ppid, "whole_pemkab": scope.whole_pemkab,
            "report_drilldown": scope.report_drilldown, "request_drilldown": scope.request_drilldown,
        },
        "suppressed": False,
        "complaints": {"key_figures": _figures(complaints),
                       "tables": [_table(t, REPORTS, scope.report_drilldown) for t in complaints.tables]},
        "ppid": {"key_figures": _figures(ppid),
                 "tables": [_table(t, REQUESTS, scope.request_drilldown) for t in ppid.tables]},
        "reports": {"months": _choices(periods.recent_months()), "quarters": _choices(periods.recent_quarters())},
    }  # fmt: skip


class Dashboard(APIView):
    permission_classes = [DashboardRoles]

    @extend_schema(
        operation_id="staff_statistics", tags=TAG, summary="Dasbor pimpinan: semua angka dalam lingkup peran Anda",
        parameters=FILTER_PARAMS, responses={200: s.DashboardSerializer, **errors(*STAFF)},
    )  # fmt: skip
    def get(self, request):
        return Response(dashboard_document(request.user, filters_from(request.query_params)))


class BinaryView(APIView):
    """A file answer: the Accept header does not pick a renderer (errors are still JSON)."""

    permission_classes = [DashboardRoles]

    def perform_content_negotiation(self, request, force=False):
        return super().perform_content_negotiation(request, force=True)

    @staticmethod
    def file(content: bytes, content_type: str, name: str) -> HttpResponse:
        response = HttpResponse(content, content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Cache-Control"] = "private, no-store"
        return response


class TableDownload(BinaryView):
    """One table of the dashboard as the page's download: the same scope, filters and file."""

    @extend_schema(
        operation_id="staff_statistics_download", tags=TAG, summary="Unduh satu tabel dasbor (CSV atau XLSX)",
        parameters=[*FILTER_PARAMS, OpenApiParameter("fmt", str, OpenApiParameter.PATH, enum=list(FILE_FORMATS))],
        responses={**binary("text/csv", exports.XLSX_TYPE), **errors(*STAFF)},
    )  # fmt: skip
    def get(self, request, key: str, fmt: str):
        if fmt not in FILE_FORMATS:
            raise exceptions.NotFound(_("Format unduhan tidak dikenal: gunakan csv atau xlsx."))
        filters = filters_from(request.query_params)
        table = find_table(insight_scope(request.user), filters, key)
        if table is None:
            raise exceptions.NotFound(_("Tabel statistik tidak dikenal."))
        return self.file(*table_file(table, filters, fmt))


class ReportPdf(BinaryView):
    """The monthly or quarterly PDF report of the page (the period replaces the filters' dates)."""

    @extend_schema(
        operation_id="staff_statistics_report_pdf", tags=TAG, summary="Laporan pimpinan bulanan atau triwulanan (PDF)",
        parameters=[
            *FILTER_PARAMS, OpenApiParameter("kind", str, OpenApiParameter.PATH, enum=list(PDF_KINDS)),
            OpenApiParameter("period", str, OpenApiParameter.PATH, description="TTTT-BB atau TTTT-Qn"),
        ],
        responses={**binary("application/pdf"), **errors(*STAFF)},
    )  # fmt: skip
    def get(self, request, kind: str, period: str):
        try:
            start, end, title = periods.parse(kind, period)
        except ValueError:
            start = None
        if start is None or not EARLIEST <= start <= end <= LATEST:
            message = _("Periode tidak valid: gunakan TTTT-BB untuk laporan bulanan atau TTTT-Qn untuk triwulanan.")
            raise exceptions.ValidationError({"period": [message]})
        filters = filters_from(request.query_params).with_period(start, end)
        content = pdf.build_report(insight_scope(request.user), filters, title)
        return self.file(content, "application/pdf", f"laporan-pimpinan-{period}.pdf")


CASE_PARAMS = [*FILTER_PARAMS, OpenApiParameter("val", str, description="Nilai dimensi, dari `drill` tabel")]


class ReportCasePagination(DefaultCursorPagination):
    ordering = ("-submitted_at", "-pk")  # as the web's list


class RequestCasePagination(DefaultCursorPagination):
    ordering = ("-received_at", "-pk")


class CaseList(generics.ListAPIView):
    """The cases behind one figure (dim/val from a table's `drill`), within the user's own case list."""

    permission_classes = [DashboardRoles]
    source = ""
    dims: tuple = ()

    def get_queryset(self):
        params = self.request.query_params
        dim, value = (params.get("dim") or "").strip(), params.get("val") or ""
        if dim and dim not in self.dims:
            raise exceptions.ValidationError({"dim": [_("Dimensi tidak dikenal untuk daftar ini.")]})
        filters = filters_from(params)
        qs = cases_behind(self.request.user, insight_scope(self.request.user), filters, self.source, dim, value)
        if qs is None:
            raise exceptions.NotFound(_("Anda tidak dapat membuka daftar kasus ini."))
        return qs


def cases_schema(operation_id: str, summary: str):
    """list_schema for a CaseList: the dashboard's filters, `val`, and `dim` out of the view's own dims."""

    def decorate(view):
        parameters = [*CASE_PARAMS, OpenApiParameter("dim", str, enum=list(view.dims))]
        schema = list_schema(operation_id=operation_id, tags=TAG, summary=summary, parameters=parameters, codes=STAFF)
        return schema(view)

    return decorate


@cases_schema("staff_statistics_report_cases", "Laporan di balik satu angka")
class ReportCases(CaseList):
    serializer_class = s.ReportCaseSerializer
    pagination_class = ReportCasePagination
    source, dims = REPORTS, REPORT_DIMS


@cases_schema("staff_statistics_request_cases", "Permohonan informasi di balik satu angka")
class RequestCases(CaseList):
    serializer_class = s.RequestCaseSerializer
    pagination_class = RequestCasePagination
    source, dims = REQUESTS, REQUEST_DIMS
