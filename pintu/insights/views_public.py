"""The public transparency page (/statistik/) and its open data files (CSV, JSON)."""

import json

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import http_date
from django.views.decorators.http import require_GET

from pintu import pagecache
from pintu.agencies.models import OUTSIDE_KINDS, Agency, Area, AreaLevel
from pintu.categories.models import Category
from pintu.categories.selectors import by_localized_name
from pintu.insights import exports
from pintu.insights.filters import Filters
from pintu.insights.public import (
    SCOPES,
    current_document,
    current_table,
    is_default_view,
    public_figures,
    shared_figures,
)
from pintu.insights.suppression import footnotes
from pintu.insights.views_staff import (
    OPEN_ALL,
    file_response,
    filters_checked,
    key_figures_display,
    open_all,
    present,
)


def public_choices() -> dict:
    return {
        "agencies": Agency.objects.filter(active=True).exclude(kind__in=OUTSIDE_KINDS).order_by("name")
        .values("code", "name"),
        "kecamatan": Area.objects.filter(level=AreaLevel.KECAMATAN, active=True).order_by("name"),
        "categories": by_localized_name(Category.objects.only("code", "name", "name_en")),
    }  # fmt: skip


@require_GET
@filters_checked
def public_page(request):
    """The public statistics: the same for every visitor (the public scope, small counts suppressed), so
    the body is cached for everyone per language. The default view (no filter; folded or ?tampil=semua),
    which most visitors open, is kept once for every server and may lag a change by
    PINTU_STATS_MAX_STALE seconds (pintu.pagecache.shared; the body says when it was computed); a
    filtered view is cached per process and query string until any case records an event or the
    directory changes (pintu.pagecache)."""

    def build():
        return _public_body(request)

    if is_default_view(request.GET, allowed=(OPEN_ALL,)):
        body = shared_figures("statistics", build, vary=[open_all(request)], fragment=True)
    else:
        vary = [pagecache.query_vary(request), timezone.localdate()]
        body = pagecache.cached("statistics", build, scopes=SCOPES, vary=vary)
    return render(request, "insights/public.html", {"body": body})


def _public_body(request) -> str:
    filters = Filters.from_query(request.GET)
    figures = public_figures(filters)
    context = {
        "filters": filters,
        "k": figures.k,
        "k_last": figures.k - 1,
        "choices": public_choices(),
        "complaint_figures": key_figures_display(figures.complaints.key_figures),
        "complaint_notes": footnotes([f.value for f in figures.complaints.key_figures], figures.k),
        "ppid_notes": footnotes([f.value for f in figures.ppid.key_figures], figures.k),
        "complaint_tables": present(figures.complaints, filters, source="", drilldown=False, public=True),
        "ppid_figures": key_figures_display(figures.ppid.key_figures),
        "ppid_tables": present(figures.ppid, filters, source="", drilldown=False, public=True),
        "query": filters.query(),
        "open_all": open_all(request),  # ?tampil=semua: part of the cache key (query_vary holds every parameter)
        "computed_at": timezone.now(),  # "Data per ...": a body served stale says how old it is
    }
    return pagecache.render_fragment("insights/public_body.html", context)


def json_response(data, name: str | None = None, computed_at=None) -> HttpResponse:
    response = HttpResponse(json.dumps(data, ensure_ascii=False, indent=1), content_type="application/json")
    if name:
        response["Content-Disposition"] = f'attachment; filename="{name}"'
    if computed_at:
        response["Last-Modified"] = http_date(computed_at.timestamp())
    return response


@require_GET
@filters_checked
def open_data(request, key: str, fmt: str):
    """One table as CSV or JSON: the default period's from the shared store with the open data document
    (pintu.insights.public.current_table), a filtered one computed now; Last-Modified says when."""
    filters = Filters.from_query(request.GET)
    files = current_table(filters, request.GET, key)
    if files is None:
        raise Http404
    name = f"statistik-{key}-{filters.start}-{filters.end}"
    if fmt == "csv":
        response = file_response(files.csv, exports.CSV_TYPE, f"{name}.csv")
        response["Last-Modified"] = http_date(files.computed_at.timestamp())
        return response
    if fmt == "json":
        return json_response(files.record, f"{name}.json", files.computed_at)
    raise Http404


@require_GET
@filters_checked(as_json=True)
def open_data_all(request):
    filters = Filters.from_query(request.GET)
    document, computed_at = current_document(filters, request.GET)
    return json_response(document, f"statistik-{filters.start}-{filters.end}.json", computed_at)
