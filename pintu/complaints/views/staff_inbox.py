"""The officers' inbox: what is due first, the clock of each case in its row, and bulk verification."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import Coalesce
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from pintu.accounts.access import scope_of
from pintu.complaints import figures
from pintu.complaints.clocks import current_clock
from pintu.complaints.forms_staff import InboxFilterForm
from pintu.complaints.inbox import CURRENT_DUE, NO_DUE
from pintu.complaints.models import ComplaintSettings, Escalation
from pintu.complaints.permissions import may_enter_reports
from pintu.complaints.search import filter_matching
from pintu.complaints.selectors import ALL_REPORT_ROLES, handled_by, verification_queue
from pintu.complaints.services import bulk
from pintu.complaints.services.base import is_admin
from pintu.complaints.views.staff import STAFF_CSS, staff_view
from pintu.complaints.workflow import Status
from pintu.web.keyset import InvalidCursor, Key, capped_count, filters_querystring, invalid_cursor_response, paginate
from pintu.workdays.calendar import get_calendar

PAGE_SIZE = 50
COUNT_CAP = 10_000
#: Keyset orderings (pintu.web.keyset): "semua" newest first; the other sections due first, a report
#: without a running clock last (its due date coalesced to inbox.NO_DUE so the key is never NULL).
NEWEST_FIRST = [Key("submitted_at", descending=True), Key("id", descending=True)]
DUE_FIRST = [Key("due_order"), Key("submitted_at"), Key("id")]
COORDINATOR_TABS = [
    ("verifikasi", gettext_lazy("Perlu verifikasi")),
    ("lewat", gettext_lazy("Lewat tenggat")),
    ("ditandai", gettext_lazy("Ditandai")),
    ("dilimpahkan", gettext_lazy("Dilimpahkan")),
    ("semua", gettext_lazy("Semua")),
]
OPD_TABS = [
    ("baru", gettext_lazy("Baru")),
    ("diproses", gettext_lazy("Diproses")),
    ("menunggu", gettext_lazy("Menunggu pelapor")),
    ("ditindaklanjuti", gettext_lazy("Ditindaklanjuti")),
    ("lewat", gettext_lazy("Lewat tenggat")),
    ("semua", gettext_lazy("Semua")),
]
OPD_STATUSES = {
    "baru": list(figures.NEW_AT_OPD),
    "diproses": [Status.DIPROSES],
    "menunggu": [Status.PERLU_INFO],
    "ditindaklanjuti": [Status.DITINDAKLANJUTI],
}


def _filtered(qs, filters: InboxFilterForm | None):
    if filters is None or not filters.is_valid():
        return qs
    data = filters.cleaned_data
    for field, value in (
        ("status", data["status"]),
        ("assigned_agency", data["agency"]),
        ("kecamatan", data["kecamatan"]),
        ("category", data["category"]),
    ):
        if value:
            qs = qs.filter(**{field: value})
    return filter_matching(qs, data["q"])


def _reports(user, tab: str, filters: InboxFilterForm | None = None):
    """The reports of one inbox section, due first (the whole list "semua": newest first, filtered)."""
    if tab == "verifikasi":
        qs = verification_queue(user).annotate(due_order=Coalesce("verify_due", Value(NO_DUE)))
    elif tab == "semua":
        qs = _filtered(handled_by(user), filters)
    else:
        qs = handled_by(user)
        if tab == "lewat":
            qs = figures.overdue(qs, timezone.localdate())
        elif tab in figures.SECTIONS:  # a list opened from a workspace card: the card's own queryset
            qs = figures.SECTIONS[tab].select(qs, timezone.localdate(), timezone.now())
        elif tab == "ditandai":
            qs = qs.filter(Q(bounce_flagged=True) | Q(berkadar_pengawasan=True)).exclude(
                status__in=[Status.SELESAI, Status.DIARSIPKAN]
            )
        elif tab == "dilimpahkan":
            qs = qs.filter(status=Status.DILIMPAHKAN)
        else:
            qs = qs.filter(status__in=OPD_STATUSES[tab])
        qs = qs.annotate(current_due=CURRENT_DUE, due_order=Coalesce(CURRENT_DUE, Value(NO_DUE)))
    return (
        qs.select_related("category", "category__clock", "kecamatan", "assigned_agency", "forwarded_to")
        .prefetch_related("pauses")
        .annotate(escalated=Exists(Escalation.objects.filter(report=OuterRef("pk"))))
    )


def _tab_count(user, tab: str) -> int:
    return _reports(user, tab).count()


@staff_view()
def inbox(request):
    user = request.user
    coordinator = scope_of(user).has(*ALL_REPORT_ROLES)
    tabs = COORDINATOR_TABS if coordinator else OPD_TABS
    names = [name for name, _label in tabs] + list(figures.SECTIONS)  # a card's section is no tab of its own
    tab = request.GET.get("tab") if request.GET.get("tab") in names else names[0]
    filters = InboxFilterForm(request.GET or None, user=user) if tab == "semua" else None
    reports = _reports(user, tab, filters)
    try:
        page = paginate(reports, NEWEST_FIRST if tab == "semua" else DUE_FIRST, request.GET, PAGE_SIZE)
    except InvalidCursor:  # a forged or damaged page link: 400, not a 500
        return invalid_cursor_response(request)
    count, count_more = capped_count(reports, COUNT_CAP)
    calendar, defaults = get_calendar(), ComplaintSettings.load()
    rows = [(report, current_clock(report, calendar, defaults=defaults)) for report in page.object_list]
    can_bulk = tab == "verifikasi" and is_admin(user)
    context = {
        "tabs": [(name, label, _tab_count(user, name) if name != "semua" else None) for name, label in tabs],
        "tab": tab,
        "tab_label": figures.SECTIONS[tab].label if tab in figures.SECTIONS else dict(tabs)[tab],
        "filters": filters or (InboxFilterForm(user=user) if tab == "semua" else None),
        "page": page,
        "count": count,
        "count_more": count_more,
        "rows": rows,
        "querystring": filters_querystring(request, "page"),
        "can_bulk": can_bulk,
        "can_enter": may_enter_reports(user),
        "staff_css": STAFF_CSS,
    }
    return render(request, "complaints/staff/inbox.html", context)


@require_POST
@staff_view()
def bulk_verify(request):
    """Verify several reports of the queue at once; each one on its own, each failure reported."""
    try:
        outcome = bulk.bulk_verify(request.user, request.POST.getlist("codes"))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("complaints:staff_inbox")
    for failure in outcome.failed:
        messages.error(request, failure.message)
    done = outcome.verified
    if done:
        messages.success(
            request, _("%(n)s laporan diverifikasi: %(codes)s.") % {"n": len(done), "codes": ", ".join(done)}
        )
    return redirect("complaints:staff_inbox")
