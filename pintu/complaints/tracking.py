"""Complaints' part of the tracking proof (pintu.cases.tracking): which case a tracking code names.

A code names a report (every submission is stored in its request: one intake path). Both faces (the
tracking page and the API) prove the reporter through `prove_reporter`, with the shared rate limit and dummy hash.
"""

from pintu.cases import tracking
from pintu.complaints.models import Report

RELATED = ("category", "kecamatan", "desa", "assigned_agency", "forwarded_to")


def case_for_code(code: str) -> Report | None:
    code = (code or "").strip().upper()
    if not code:
        return None
    return Report.objects.select_related(*RELATED).filter(code=code).first()


def prove_reporter(request, code: str, secret: str) -> Report | None:
    """The report if `secret` is its tracking secret; raises tracking.TrackingLocked."""
    return tracking.prove(request, code, secret, lambda: case_for_code(code))
