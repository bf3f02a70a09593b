"""The signed-in person's own cases for their workspace: reports, information requests, objections.

From the same selectors as "Data saya" and the export (report_ids_of_reporter, request_ids_of_requester,
objections_of_requester), so the page lists exactly what the counts count. Newest first, at most `limit`
of each (the reports have their full list at complaints:my_reports).
"""

from __future__ import annotations

from dataclasses import dataclass

from pintu.complaints.models import Report
from pintu.complaints.selectors import report_ids_of_reporter
from pintu.ppid.objections.models import Objection
from pintu.ppid.objections.selectors import objections_of_requester
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.selectors import request_ids_of_requester


@dataclass(frozen=True)
class OwnCases:
    reports: list[Report]
    report_count: int
    requests: list[InformationRequest]
    request_count: int
    objections: list[Objection]
    objection_count: int

    @property
    def empty(self) -> bool:
        return not (self.report_count or self.request_count or self.objection_count)


def own_cases(user, *, limit: int = 20) -> OwnCases:
    reports = Report.objects.filter(pk__in=report_ids_of_reporter(user)).select_related("kecamatan")
    requests = InformationRequest.objects.filter(pk__in=request_ids_of_requester(user))
    objections = objections_of_requester(user)
    return OwnCases(
        reports=list(reports.order_by("-submitted_at", "-pk")[:limit]),
        report_count=reports.count(),
        requests=list(requests.order_by("-received_at", "-pk")[:limit]),
        request_count=requests.count(),
        objections=list(objections.order_by("-filed_at", "-pk")[:limit]),
        objection_count=objections.count(),
    )
