"""The public list of published annual reports and their downloads (the figures frozen at publishing)."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from pintu.ppid.annual import services
from pintu.ppid.views.annual_staff import document_response


@require_GET
def annual_list(request):
    return render(request, "ppid/annual/public_list.html", {"reports": services.published_reports()})


@require_GET
def annual_file(request, pk: int, fmt: str):
    report = services.published_reports().filter(pk=pk).first()
    if report is None:
        raise Http404
    name = f"laporan-tahunan-ppid-{report.year}" + (f"-{report.agency.code.lower()}" if report.agency else "")
    return document_response(services.published_content(report), fmt, name)
