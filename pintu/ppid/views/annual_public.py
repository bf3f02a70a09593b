"""The public list of published annual reports and their downloads (the figures frozen at publishing)."""

from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from pintu.ppid import downloads
from pintu.ppid.annual import services


@require_GET
def annual_list(request):
    return render(request, "ppid/annual/public_list.html", {"reports": services.published_reports()})


@require_GET
def annual_file(request, pk: int, fmt: str):
    report = services.published_reports().filter(pk=pk).first()
    if report is None:
        raise Http404
    return downloads.published_annual(report, fmt).response()
