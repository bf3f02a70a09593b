"""Pages of the annual report: the public list of published reports and their (frozen) files; the staff
page with the figures of a year for the Pemkab or one OPD, the editable narrative, PDF/XLSX downloads,
and publishing (PPID Utama)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from pintu.ppid.annual import downloads, services
from pintu.ppid.annual.dispatch import public_rows
from pintu.ppid.annual.forms import AnnualNarrativeForm
from pintu.ppid.annual.permissions import may_edit, may_publish
from pintu.ppid.annual.selectors import published_reports, report_agencies
from pintu.ppid.annual.tables import request_rows, summary_tables
from pintu.ppid.web import staff_view
from pintu.web.viewkit import service_errors_to_form


@require_GET
def annual_list(request):
    rows = public_rows()
    context = {"reports": [row.report for row in rows], "rows": rows, "nav": "laporan",
               "page_title": _("Laporan tahunan layanan informasi publik")}  # fmt: skip
    return render(request, "ppid/annual/public_list.html", context)


@require_GET
def annual_file(request, pk: int, fmt: str):
    report = published_reports().filter(pk=pk).first()
    if report is None:
        raise Http404
    return downloads.published_annual(report, fmt).response()


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
    editable = may_edit(request.user, agency)
    report = services.find_report(year, agency)
    form = AnnualNarrativeForm(request.POST or None, initial=services.sections_of(report))
    if request.method == "POST":
        if form.is_valid() and editable:
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
        "may_edit": editable, "may_publish": may_publish(request.user) and year < this_year,
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
