"""The leaders' dashboard as data, for the web page (views_staff) and the API (pintu.api.operations) alike:
one table by key, a table as a CSV/XLSX file, and the cases behind a figure.

Scope and filters are decided by the callers with `insight_scope(user)` and `Filters`; the functions
here only combine them, so both surfaces give the same figures and the same case lists.
"""

from django.db.models import QuerySet
from django.utils.translation import gettext as _

from pintu.complaints.selectors import reports_visible_to
from pintu.insights import exports
from pintu.insights.dashboard import complaint_tables
from pintu.insights.drill import REPORT_DIMS, REQUEST_DIMS, report_drill_q, request_drill_q
from pintu.insights.filters import Filters
from pintu.insights.ppid_dashboard import ppid_tables
from pintu.insights.scope import InsightScope
from pintu.insights.tables import Table
from pintu.ppid.requests.selectors import requests_handled_by

REPORTS, REQUESTS = "laporan", "ppid"
FILE_FORMATS = ("csv", "xlsx")


def find_table(scope: InsightScope, filters: Filters, key: str) -> Table | None:
    """The dashboard table `key` for this scope (None when the scope has no such table)."""
    for section in (complaint_tables(scope, filters), ppid_tables(scope, filters)):
        for table in section.tables:
            if table.key == key:
                return table
    return None


def table_file(table: Table, filters: Filters, fmt: str) -> tuple[bytes, str, str] | None:
    """(content, content type, file name) of a table download; None for an unknown format."""
    name = f"{table.key}-{filters.start}-{filters.end}"
    if fmt == "csv":
        return exports.to_csv(table), exports.CSV_TYPE, f"{name}.csv"
    if fmt == "xlsx":
        text = _("Periode %(start)s s.d. %(end)s") % {"start": filters.start, "end": filters.end}
        return exports.to_xlsx(table, text), exports.XLSX_TYPE, f"{name}.xlsx"
    return None


def default_source(scope: InsightScope) -> str:
    return REPORTS if scope.report_drilldown else REQUESTS


def cases_behind(user, scope: InsightScope, filters: Filters, source: str, dim: str, value: str) -> QuerySet | None:
    """The cases behind one figure, newest first: the user's own case selector, the dashboard scope, the
    filters and the figure's condition. None when the user has no drill-down for `source` or `dim` is
    not one of its dimensions (the callers answer 404)."""
    if source == REQUESTS:
        if not scope.request_drilldown or (dim and dim not in REQUEST_DIMS):
            return None
        return (requests_handled_by(user).filter(scope.request_q("fact__")).filter(filters.request_q("fact__"))
                .filter(request_drill_q(dim, value, "fact__")).order_by("-received_at", "-pk"))  # fmt: skip
    if not scope.report_drilldown or (dim and dim not in REPORT_DIMS):
        return None
    return (reports_visible_to(user).filter(scope.report_q("fact__")).filter(filters.report_q("fact__"))
            .filter(report_drill_q(dim, value, "fact__")).select_related("assigned_agency", "fact", "kecamatan")
            .order_by("-submitted_at", "-pk"))  # fmt: skip
