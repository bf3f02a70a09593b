"""The leaders' dashboard (/pimpinan/statistik/), its downloads, PDF reports and drill-down lists.

Every view asks `insight_scope(request.user)` what the user may see and reads the same filters
from the query string; nothing here computes a figure (pintu.insights.dashboard does).
"""

from functools import wraps

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.agencies.models import OUTSIDE_KINDS, Agency, Area, AreaLevel
from pintu.categories.models import Category
from pintu.categories.selectors import by_localized_name
from pintu.insights import pdf, periods
from pintu.insights.dashboard import complaint_tables
from pintu.insights.filters import DATE_PARAMS, FilterError, Filters
from pintu.insights.ppid_dashboard import ppid_tables
from pintu.insights.render import chart_for, display, rows_for_display
from pintu.insights.scope import DASHBOARD_ROLES, InsightScope, insight_scope
from pintu.insights.staff_figures import REPORTS, REQUESTS, cases_behind, default_source, find_table, table_file
from pintu.insights.suppression import table_footnotes
from pintu.web import viewkit
from pintu.web.viewkit import roles_required

PAGE_SIZE = 50
#: ?tampil=semua renders the folded charts and tables open (desktop reading, printing): the leaders' dashboard
#: and the public statistics page (whose cached body varies by the whole query string, this included).
OPEN_ALL = "tampil"


def open_all(request) -> bool:
    """Whether the page renders every folded chart and table open (no JavaScript needed)."""
    return request.GET.get(OPEN_ALL) == "semua"


def forbidden(request, message=None):
    message = message or _("Halaman ini hanya untuk pimpinan dan pejabat yang berwenang.")
    return viewkit.forbidden(request, message, back=(reverse("insights:public"), _("Lihat statistik publik")))


def bad_filters(request, error: FilterError, *, as_json: bool = False):
    """400: a filter that cannot be used (a date out of range), with the reason and a way back without it."""
    messages = [message for values in error.errors.values() for message in values]
    if as_json:
        return JsonResponse({"detail": " ".join(messages), "errors": error.errors}, status=400)
    params = request.GET.copy()
    for name in (*DATE_PARAMS, *error.errors):
        params.pop(name, None)
    back = request.path + (f"?{params.urlencode()}" if params else "")
    return render(request, "insights/bad_filters.html", {"messages_list": messages, "back": back}, status=400)


def filters_checked(view=None, *, as_json: bool = False):
    """Decorate a view reading Filters.from_query: a FilterError becomes the 400 of `bad_filters`."""

    def decorate(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except FilterError as error:
                return bad_filters(request, error, as_json=as_json or kwargs.get("fmt") == "json")

        return wrapper

    return decorate(view) if view is not None else decorate


def dashboard_view(view):
    return roles_required(DASHBOARD_ROLES, forbidden)(filters_checked(view))


def filter_choices(scope: InsightScope) -> dict:
    agencies = Agency.objects.filter(active=True).exclude(kind__in=OUTSIDE_KINDS)
    if not scope.whole_pemkab:
        own = (scope.complaint_agencies or frozenset()) | (scope.ppid_agencies or frozenset())
        agencies = agencies.filter(pk__in=own)
    return {
        "agencies": agencies.order_by("name").values("code", "name"),
        "kecamatan": Area.objects.filter(level=AreaLevel.KECAMATAN, active=True).order_by("name"),
        "categories": by_localized_name(Category.objects.only("code", "name", "name_en")),
    }


def present(section, filters: Filters, *, source: str, drilldown: bool, public: bool = False) -> list[dict]:
    """Tables with their chart, display rows and links, as the templates want them."""
    cases_url = reverse("insights:cases")
    file_url = "insights:open_data" if public else "insights:download"
    result = []
    for table in section.tables:
        rows = rows_for_display(table)
        links = []
        for drill in table.drill or [None] * len(rows):
            links.append(f"{cases_url}?{filters.query(sumber=source, **drill)}" if drilldown and drill else "")
        formats = ("csv", "json") if public else ("csv", "xlsx")
        downloads = [(fmt.upper(), reverse(file_url, args=[table.key, fmt]) + "?" + filters.query()) for fmt in formats]
        names = [column.label for column in table.columns]
        labelled = [list(zip(names, cells, strict=False)) for cells in rows]  # each cell with its column (data-label)
        result.append({
            "table": table, "chart": chart_for(table), "downloads": downloads,
            "rows": list(zip(labelled, links + [""] * len(rows), strict=False)),
            "footnotes": table_footnotes(table),
        })  # fmt: skip
    return result


def key_figures_display(figures) -> list[dict]:
    return [{"key": f.key, "label": f.label, "value": display(f.value, f.kind)} for f in figures]


@dashboard_view
def dashboard(request):
    scope = insight_scope(request.user)
    filters = Filters.from_query(request.GET)
    complaints = complaint_tables(scope, filters)
    ppid = ppid_tables(scope, filters)
    context = {
        "scope": scope,
        "filters": filters,
        "choices": filter_choices(scope),
        "complaint_figures": key_figures_display(complaints.key_figures),
        "complaint_tables": present(complaints, filters, source="laporan", drilldown=scope.report_drilldown),
        "ppid_figures": key_figures_display(ppid.key_figures),
        "ppid_tables": present(ppid, filters, source="ppid", drilldown=scope.request_drilldown),
        "months": periods.recent_months(),
        "quarters": periods.recent_quarters(),
        "query": filters.query(),
        "open_all": open_all(request),
    }
    return render(request, "insights/dashboard.html", context)


def _find_table(scope, filters, key: str):
    table = find_table(scope, filters, key)
    if table is None:
        raise Http404
    return table


def file_response(content: bytes, content_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@dashboard_view
def download(request, key: str, fmt: str):
    scope = insight_scope(request.user)
    filters = Filters.from_query(request.GET)
    table = _find_table(scope, filters, key)
    found = table_file(table, filters, fmt)
    if found is None:
        raise Http404
    return file_response(*found)


@dashboard_view
def report_pdf(request, kind: str, period: str):
    scope = insight_scope(request.user)
    try:
        start, end, title = periods.parse(kind, period)
    except ValueError:
        raise Http404 from None
    filters = Filters.from_query(request.GET).with_period(start, end)
    content = pdf.build_report(scope, filters, title)
    return file_response(content, "application/pdf", f"laporan-pimpinan-{period}.pdf")


@dashboard_view
def cases(request):
    """The cases behind one figure: same scope, same filters, the figure's own condition."""
    scope = insight_scope(request.user)
    filters = Filters.from_query(request.GET)
    dim, value = request.GET.get("dim", ""), request.GET.get("val", "")
    source = request.GET.get("sumber") or default_source(scope)
    source = REQUESTS if source == REQUESTS else REPORTS
    qs = cases_behind(request.user, scope, filters, source, dim, value)
    if qs is None:
        raise Http404
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("halaman"))
    params = request.GET.copy()
    params.pop("halaman", None)
    context = {
        "page": page, "source": source, "filters": filters, "dim": dim, "value": value,
        "query": params.urlencode(), "back": filters.query(), "today": timezone.localdate(),
    }  # fmt: skip
    return render(request, "insights/cases.html", context)
