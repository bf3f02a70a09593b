"""The PPID's own public pages: the landing page (officers, what the registers hold, the periods of the
law) and the procedure pages. Each slice has its own pages (registers/, requests/, objections/, annual/).
"""

from django.db.models import Count
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from pintu import pagecache
from pintu.accounts.roles import Role
from pintu.agencies.models import Agency, AgencyKind
from pintu.agencies.tree import root_pemkab
from pintu.ppid import domain
from pintu.ppid.annual.dispatch import public_rows
from pintu.ppid.config import PpidSettings
from pintu.ppid.registers.models import DikStatus, DipCategory, DipStatus
from pintu.ppid.registers.selectors import dik_items_visible_to, dip_items_visible_to
from pintu.ppid.selectors import ppid_officers
from pintu.workdays.hours import office_hours_summary
from pintu.workdays.models import CalendarSettings

#: How many published annual reports the landing page lists (all: /ppid/laporan-tahunan/).
ANNUAL_ON_LANDING = 5

#: The procedure pages: slug (also their item in the PPID navigation) -> template and title.
PAGES = {
    "layanan": ("ppid/public/page_service.html", gettext_lazy("Layanan informasi dan maklumat pelayanan")),
    "permohonan": ("ppid/public/page_request.html", gettext_lazy("Minta informasi publik")),
    "keberatan": ("ppid/public/page_objection.html", gettext_lazy("Cara mengajukan keberatan")),
    "sengketa": ("ppid/public/page_dispute.html", gettext_lazy("Penyelesaian sengketa informasi")),
    "aksesibilitas": ("ppid/public/page_accessibility.html", gettext_lazy("Layanan bagi penyandang disabilitas")),
}


def _periods() -> dict:
    office = CalendarSettings.load()
    return {
        "request_days": domain.REQUEST_NOTICE_DAYS,
        "extension_days": domain.REQUEST_EXTENSION_DAYS,
        "objection_days": domain.OBJECTION_FILING_DAYS,
        "answer_days": domain.OBJECTION_ANSWER_DAYS,
        "dispute_days": domain.DISPUTE_FILING_DAYS,
        "ki_start_days": domain.DISPUTE_START_DAYS,
        "ki_finish_days": domain.DISPUTE_FINISH_DAYS,
        "court_days": domain.COURT_APPEAL_DAYS,
        "office_open": office.office_open,
        "office_close": office.office_close,
        "saturday": office.saturday_is_working_day,
        "office_hours": office_hours_summary(),
    }


def utama_agency():
    """The agency of the PPID Utama (its address and e-mail are the desk's); None when none is set."""
    assignment = ppid_officers().filter(role=Role.PPID_UTAMA).first()
    return assignment.agency if assignment else None


@require_GET
def landing(request):
    """The PPID profile. The anonymous public's body is cached (pintu.pagecache) until a PPID case, an
    officer, the directory or the PPID settings change; the date is part of the key (the periods)."""
    scopes = (pagecache.PPID, pagecache.DIRECTORY)
    body = pagecache.for_public(request, "ppid_landing", lambda: _landing_body(request), scopes=scopes,
                                vary=[timezone.localdate()])  # fmt: skip
    return render(request, "ppid/public/landing.html", {"body": body})


def _landing_body(request) -> str:
    officers = list(ppid_officers())
    published = dip_items_visible_to(request.user).filter(status=DipStatus.PUBLISHED)
    counts = dict(published.order_by().values("category").annotate(n=Count("pk")).values_list("category", "n"))
    in_force = dik_items_visible_to(request.user).filter(status=DikStatus.IN_FORCE).count()
    categories = [(value, label, counts.get(value, 0)) for value, label in DipCategory.choices]
    context = {
        "pemda": root_pemkab(),
        "settings": PpidSettings.load(),
        "atasan": [o for o in officers if o.role == Role.ATASAN_PPID],
        "utama": [o for o in officers if o.role == Role.PPID_UTAMA],
        "pembantu": [o for o in officers if o.role == Role.PPID_PEMBANTU],
        "utama_agency": utama_agency(),
        "categories": categories,
        "dik_count": in_force,
        "annual_reports": public_rows(limit=ANNUAL_ON_LANDING),
        **_periods(),
    }
    return pagecache.render_fragment("ppid/public/landing_body.html", context)


@require_GET
def page(request, slug: str):
    if slug not in PAGES:
        raise Http404
    template, title = PAGES[slug]
    context = {
        "page_title": title,
        "nav": slug,
        "settings": PpidSettings.load(),
        "commission": Agency.objects.filter(kind=AgencyKind.KOMISI_INFORMASI, active=True).order_by("pk").first(),
        "utama_agency": utama_agency(),
        **_periods(),
    }
    return render(request, template, context)
