"""The public register of reports (list and detail) and "Laporan saya" for signed-in citizens.

The public never sees who sent a report, not even for biasa reports: no template here renders a
name, an e-mail, a phone number or an event's actor.
"""

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from pintu import pagecache
from pintu.accounts.selectors import agencies_visible_to, areas_visible_to
from pintu.agencies.models import OUTSIDE_KINDS, AreaLevel
from pintu.agencies.tree import root_pemkab
from pintu.categories.selectors import categories_visible_to
from pintu.complaints.forms_follow import FollowForm
from pintu.complaints.forms_public import PublicFilterForm
from pintu.complaints.identity import reporter_names
from pintu.complaints.progress import progress_steps
from pintu.complaints.public_text import public_attachments, public_events
from pintu.complaints.search import filter_matching
from pintu.complaints.selectors import public_reports, reports_visible_to
from pintu.complaints.timeline import with_labels
from pintu.complaints.views.common import clock_of
from pintu.history.models import Visibility
from pintu.history.selectors import public_timeline
from pintu.web.keyset import InvalidCursor, Key, capped_count, filters_querystring, invalid_cursor_response, paginate

PAGE_SIZE = 20
LIST_RELATED = ("category", "kecamatan", "desa", "assigned_agency")
#: Newest first, the id breaking ties; matches the index report_newest_idx (keyset pages, pintu.web.keyset).
NEWEST_FIRST = [Key("submitted_at", descending=True), Key("id", descending=True)]
COUNT_CAP = 10_000  # "more than 10,000": counting a million rows on every page view is not worth it


def _filter_form(request) -> PublicFilterForm:
    user = request.user
    return PublicFilterForm(
        request.GET or None,
        categories=categories_visible_to(user).filter(active=True).order_by("sort_order", "name"),
        kecamatan=areas_visible_to(user).filter(level=AreaLevel.KECAMATAN).order_by("name"),
        agencies=agencies_visible_to(user).exclude(kind__in=OUTSIDE_KINDS).order_by("name"),
    )


def public_list(request):
    """The register. The anonymous public's page body is cached per query string and language until a
    report, the directory or a category changes (pintu.pagecache); a signed-in user's is rendered afresh
    (an administrator's filter lists inactive categories and areas too)."""
    scopes = (pagecache.REPORTS, pagecache.DIRECTORY)
    body = pagecache.for_public(request, "report_list", lambda: _list_body(request), scopes=scopes,
                                vary=[pagecache.query_vary(request)])  # fmt: skip
    if isinstance(body, HttpResponse):  # a damaged page link: never cached
        return body
    return render(request, "complaints/public/list.html", {"body": body})


def _list_body(request):
    form = _filter_form(request)
    filters = form.filters() if form.is_bound else {}
    reports = public_reports().select_related(*LIST_RELATED)
    for name, lookup in (
        ("category", "category"),
        ("kecamatan", "kecamatan"),
        ("opd", "assigned_agency"),
        ("status", "status"),
    ):
        if name in filters:
            reports = reports.filter(**{lookup: filters[name]})
    if filters.get("q"):
        reports = filter_matching(reports, filters["q"])
    # Search results too are newest first (not by rank): the same keyset pages at any depth.
    try:
        page = paginate(reports, NEWEST_FIRST, request.GET, PAGE_SIZE)
    except InvalidCursor:  # a forged or damaged page link: 400, not a 500
        return invalid_cursor_response(request)
    count, count_more = capped_count(reports, COUNT_CAP)
    context = {
        "form": form,
        "page": page,
        "count": count,
        "count_more": count_more,
        "querystring": filters_querystring(request),
        "filtered": bool(filters),
    }
    return pagecache.render_fragment("complaints/public/list_body.html", context)


def public_detail(request, code: str):
    report = get_object_or_404(public_reports().select_related(*LIST_RELATED), code=code)
    return render_public_detail(request, report)


def render_public_detail(request, report, *, follow_form=None, status: int = 200):
    """The public page of a report, with the "Saya juga mengalami ini" form (public_follow posts to it).

    The page is the same for every visitor (only public events and attachments, never who sent it), so
    its body is cached per report and language until the report records an event or the directory
    changes (pintu.pagecache); its clock counts working days, so the hour is part of the key. The cached
    parts also hold the empty follow form's field and the header's Pemkab (both the same for everyone);
    the form's tag with its CSRF token stays outside, and a form sent back with errors is rendered live."""
    scopes = (pagecache.case_scope("report", report.pk), pagecache.DIRECTORY)
    hour = timezone.localtime().strftime("%Y-%m-%d %H")
    parts = pagecache.cached("report_detail", lambda: _detail_parts(report), scopes=scopes, vary=(report.pk, hour))
    context = {"report": report, **parts, "follow_form": follow_form}
    return render(request, "complaints/public/detail.html", context, status=status)


def _detail_parts(report) -> dict:
    events = public_timeline("report", report.pk)
    names = reporter_names(report)  # read once for redacting both the events' reasons and the file names
    attachments = report.attachments.filter(visibility=Visibility.PUBLIC)
    context = {
        "report": report,
        "clock": clock_of(report),
        "steps": progress_steps(report.status),
        "events": with_labels(public_events(report, events.order_by("at", "pk"), names=names)),
        "attachments": public_attachments(report, attachments, names=names),
    }
    return {
        "body": pagecache.render_fragment("complaints/public/detail_body.html", context),
        "follow_field": pagecache.render_fragment("web/includes/field.html", {"field": FollowForm()["destination"]}),
        "pemda": root_pemkab(),
    }


@login_required
def my_reports(request):
    reports = reports_visible_to(request.user).filter(reporter_user=request.user).select_related(*LIST_RELATED)
    page = Paginator(reports.order_by("-submitted_at", "-pk"), PAGE_SIZE).get_page(request.GET.get("halaman"))
    return render(request, "complaints/public/my_reports.html", {"page": page})
