"""The site shell's pages: home, the agency and area directories, the working-day calculator and
calendar (the workspace after sign-in: views_account). Views only read selectors and call services."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from pintu import pagecache
from pintu.accounts.roles import Role
from pintu.accounts.selectors import agencies_visible_to, areas_visible_to
from pintu.agencies.models import OUTSIDE_KINDS, AgencyKind
from pintu.agencies.tree import root_pemkab
from pintu.letters.selectors import officers_by_agency
from pintu.ppid.config import PpidSettings
from pintu.ppid.domain import REQUEST_NOTICE_DAYS
from pintu.ppid.registers.selectors import serta_merta_in_force
from pintu.ppid.views import utama_agency
from pintu.site.forms import WorkdayCalculatorForm
from pintu.workdays.calculator import MAX_YEAR, MIN_YEAR, working_days_from
from pintu.workdays.hours import office_hours_summary
from pintu.workdays.selectors import closed_days_visible_to, years_visible_to


def home(request):
    today = timezone.localdate()
    # serta-merta announcements in force come first, prominently (UU 14/2008 art. 10)
    alerts = list(serta_merta_in_force(today).select_related("agency")[:5])
    context = {"today": today, "request_days": REQUEST_NOTICE_DAYS, "alerts": alerts}
    return render(request, "site/home.html", context)


def contact(request):
    """How to reach the Pemkab and its PPID: addresses, e-mail, telephone, office hours (footer link)."""
    context = {"pemda_agency": root_pemkab(), "ppid_settings": PpidSettings.load(), "ppid_agency": utama_agency(),
               "office_hours": office_hours_summary()}  # fmt: skip
    return render(request, "site/contact.html", context)


def agency_directory(request):
    """The directory. The anonymous public's body is cached until an agency or area changes (an
    administrator also sees inactive agencies: signed-in users get it afresh; pintu.pagecache)."""
    body = pagecache.for_public(request, "agency_directory", lambda: _directory_body(request),
                                scopes=(pagecache.DIRECTORY,))  # fmt: skip
    return render(request, "site/agency_directory.html", {"body": body})


def _directory_body(request) -> str:
    agencies = list(agencies_visible_to(request.user).order_by("name"))
    # each unit's PPID Pembantu, as the letters know them (pejabat.csv): not repeated on the agency
    ppid = officers_by_agency(Role.PPID_PEMBANTU)
    for agency in agencies:
        agency.ppid_officer = ppid.get(agency.pk)
    groups = [
        ("opd", [a for a in agencies if a.kind not in OUTSIDE_KINDS and a.kind not in ("pemda", "kecamatan")]),
        ("kecamatan", [a for a in agencies if a.kind == AgencyKind.KECAMATAN]),
        ("luar", [a for a in agencies if a.kind in OUTSIDE_KINDS]),
    ]
    return pagecache.render_fragment("site/agency_directory_body.html", {"groups": groups})


def area_directory(request):
    areas = areas_visible_to(request.user).filter(level="kecamatan").prefetch_related("children")
    return render(request, "site/area_directory.html", {"kecamatan": areas.order_by("bps_code", "name")})


def workday_calculator(request):
    form = WorkdayCalculatorForm(request.GET or None)
    result = None
    if form.is_valid():
        data = form.cleaned_data
        answer = working_days_from(request.user, data["received_date"], data["received_time"], data["working_days"])
        result = {"day_one": answer.day_one, "due": answer.due, "skipped": answer.skipped, "n": data["working_days"]}
    status = 400 if form.is_bound and form.errors else 200  # a question that cannot be answered: say so
    context = {"form": form, "result": result, "office_hours": office_hours_summary()}
    return render(request, "site/workday_calculator.html", context, status=status)


def calendar_year(request, year: int):
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise Http404
    days = closed_days_visible_to(request.user).filter(date__year=year)
    info = years_visible_to(request.user).filter(year=year).first()
    years = years_visible_to(request.user).values_list("year", flat=True)
    return render(request, "site/calendar_year.html", {"year": year, "days": days, "info": info, "years": years})
