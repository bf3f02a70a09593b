"""The public PPID site: landing page, procedure pages, DIP (browse, search, detail, files, export), DIK.

Every page works without JavaScript. Lists start from the selectors and show only what the public
may see (published DIP, exemptions in force), whoever is signed in; staff see the rest on /ppid/staf/.
"""

from django.db.models import Count
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from pintu.accounts.roles import Role
from pintu.agencies.models import Agency, AgencyKind
from pintu.ppid import domain, downloads
from pintu.ppid.forms import DipFilterForm
from pintu.ppid.models import DikStatus, DipCategory, DipStatus, PpidSettings
from pintu.ppid.selectors import (
    dik_items_visible_to,
    dip_agencies_with_items,
    dip_items_visible_to,
    ppid_officers,
)
from pintu.ppid.views.common import paginate, querystring_without_page
from pintu.workdays.hours import office_hours_summary
from pintu.workdays.models import CalendarSettings

#: The procedure pages: slug -> template.
PAGES = {
    "layanan": "ppid/public/page_service.html",
    "permohonan": "ppid/public/page_request.html",
    "keberatan": "ppid/public/page_objection.html",
    "sengketa": "ppid/public/page_dispute.html",
    "aksesibilitas": "ppid/public/page_accessibility.html",
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


def _utama_agency():
    assignment = ppid_officers().filter(role=Role.PPID_UTAMA).first()
    return assignment.agency if assignment else None


@require_GET
def landing(request):
    officers = list(ppid_officers())
    published = dip_items_visible_to(request.user).filter(status=DipStatus.PUBLISHED)
    counts = dict(published.order_by().values("category").annotate(n=Count("pk")).values_list("category", "n"))
    in_force = dik_items_visible_to(request.user).filter(status=DikStatus.IN_FORCE).count()
    categories = [(value, label, counts.get(value, 0)) for value, label in DipCategory.choices]
    context = {
        "settings": PpidSettings.load(),
        "atasan": [o for o in officers if o.role == Role.ATASAN_PPID],
        "utama": [o for o in officers if o.role == Role.PPID_UTAMA],
        "pembantu": [o for o in officers if o.role == Role.PPID_PEMBANTU],
        "utama_agency": _utama_agency(),
        "categories": categories,
        "dik_count": in_force,
        **_periods(),
    }
    return render(request, "ppid/public/landing.html", context)


@require_GET
def page(request, slug: str):
    if slug not in PAGES:
        raise Http404
    context = {
        "settings": PpidSettings.load(),
        "commission": Agency.objects.filter(kind=AgencyKind.KOMISI_INFORMASI, active=True).order_by("pk").first(),
        "utama_agency": _utama_agency(),
        **_periods(),
    }
    return render(request, PAGES[slug], context)


def _published(request, form: DipFilterForm):
    form.is_valid()
    data = getattr(form, "cleaned_data", {})  # unbound: no filter; otherwise the valid fields still filter
    qs = downloads.published_dip(request.user, q=data.get("q", ""), category=data.get("kategori", ""),
                                 agency_code=data.get("instansi", ""))  # fmt: skip
    return qs, data


@require_GET
def dip_list(request):
    form = DipFilterForm(request.GET or None, agencies=dip_agencies_with_items())
    qs, data = _published(request, form)
    page_obj = paginate(request, qs.order_by("category", "agency__name", "section", "number", "pk"))
    context = {
        "form": form,
        "page": page_obj,
        "filtered": any(data.values()),
        "querystring": querystring_without_page(request),  # also the export links' filter
        "category_label": dict(DipCategory.choices).get(data.get("kategori", "")),
    }
    return render(request, "ppid/public/dip_list.html", context)


@require_GET
def dip_detail(request, pk: int):
    item = dip_items_visible_to(request.user).filter(status=DipStatus.PUBLISHED, pk=pk).first()
    if item is None:
        raise Http404
    return render(request, "ppid/public/dip_detail.html", {"item": item, "files": item.files.all()})


@require_GET
def dip_file(request, pk: int):
    """Serve a DIP document when its item is visible to the requester (the public: published only)."""
    row = downloads.visible_dip_file(request.user, pk)
    if row is None:
        raise Http404
    return downloads.dip_file_response(row)


@require_GET
def dip_export(request, fmt: str):
    form = DipFilterForm(request.GET or None, agencies=dip_agencies_with_items())
    qs, data = _published(request, form)
    return downloads.dip_export(qs, fmt, data.get("instansi", "")).response()


@require_GET
def dik_list(request):
    items = dik_items_visible_to(request.user).filter(status=DikStatus.IN_FORCE).order_by("agency__name", "pk")
    return render(request, "ppid/public/dik_list.html", {"items": items})
