"""Complaints' part of the tracking proof (pintu.cases.tracking): which case a tracking code names.

A code names a built report or, for a moment after an API submission, a report accepted and not yet
built (PendingReport: the same code and secret). Both faces (the tracking page and the API) prove the
reporter through `prove_reporter`, with the shared rate limit and dummy hash.
"""

from pintu.cases import tracking
from pintu.complaints.models import PendingReport, Report

RELATED = ("category", "kecamatan", "desa", "assigned_agency", "forwarded_to")


def case_for_code(code: str) -> Report | PendingReport | None:
    code = (code or "").strip().upper()
    if not code:
        return None
    report = Report.objects.select_related(*RELATED).filter(code=code).first()
    return report if report is not None else PendingReport.objects.filter(code=code).first()


def prove_reporter(request, code: str, secret: str) -> Report | PendingReport | None:
    """The report (or the pending one) if `secret` is its tracking secret; raises tracking.TrackingLocked."""
    return tracking.prove(request, code, secret, lambda: case_for_code(code))
