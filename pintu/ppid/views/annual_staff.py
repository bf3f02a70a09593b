"""Staff page of the annual report: the figures of a year for the Pemkab or one OPD, the editable
narrative, PDF/XLSX downloads, and publishing (PPID Utama)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pintu.agencies.models import OUTSIDE_KINDS, Agency, AgencyKind
from pintu.ppid import downloads
from pintu.ppid.annual import services
from pintu.ppid.annual.tables import request_rows, summary_tables
from pintu.ppid.forms_objections import AnnualNarrativeForm
from pintu.ppid.views.common import service_errors_to_form, staff_view


def report_agencies():
    return Agency.objects.filter(active=True).exclude(kind__in=OUTSIDE_KINDS).exclude(kind=AgencyKind.PEMDA).order_by(
        "name")  # fmt: skip


def _choice(request):
    """(year, agency or None) from the query string; defaults to last year and the whole Pemkab."""
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("tahun") or request.POST.get("tahun") or this_year - 1)
    except ValueError:
        year = this_year - 1
    year = min(max(year, services.MIN_YEAR), this_year)
    code = request.GET.get("instansi") or request.POST.get("instansi") or ""
    agency = report_agencies().filter(code=code).first() if code else None
    if code and agency is None:
        raise Http404
    return year, agency


def _query(year, agency) -> str:
    return f"?tahun={year}" + (f"&instansi={agency.code}" if agency else "")


@staff_view
def annual_report(request):
    year, agency = _choice(request)
    may_edit = services.may_edit(request.user, agency)
    report = services.find_report(year, agency)
    form = AnnualNarrativeForm(request.POST or None, initial=services.sections_of(report))
    if request.method == "POST":
        if form.is_valid() and may_edit:
            try:
                services.save_sections(request.user, year, agency, form.cleaned_data)
            except ValidationError as exc:
                service_errors_to_form(form, exc)
            else:
                messages.success(request, _("Narasi laporan tahunan disimpan."))
                return redirect(reverse("ppid:staff_annual") + _query(year, agency))
    content = services.live_content(year, agency)
    this_year = timezone.localdate().year
    context = {
        "year": year, "agency": agency, "agencies": report_agencies(), "report": report, "form": form,
        "may_edit": may_edit, "may_publish": services.may_publish(request.user) and year < this_year,
        "years": list(range(this_year, this_year - 6, -1)), "content": content,
        "tables": summary_tables(content.stats), "rows": request_rows(content.stats), "query": _query(year, agency),
    }  # fmt: skip
    return render(request, "ppid/annual/staff.html", context, status=400 if form.errors else 200)


@staff_view
def annual_download(request, fmt: str):
    year, agency = _choice(request)
    return downloads.live_annual(year, agency, fmt).response()


@staff_view
@require_POST
def annual_publish(request):
    year, agency = _choice(request)
    try:
        services.publish_report(request.user, year, agency)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, _("Laporan tahunan diumumkan di halaman publik. Kirimkan salinannya kepada "
                                    "Komisi Informasi."))  # fmt: skip
    return redirect(reverse("ppid:staff_annual") + _query(year, agency))
