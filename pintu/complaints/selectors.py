"""What each user may see of reports. Every list, detail, export and API starts here.

| who | sees |
|---|---|
| public | verified reports that are not rahasia, not archived; never who sent them |
| reporter (account) | own reports |
| pejabat penghubung, kepala OPD | reports assigned to their agency (and its units) |
| inspektorat | reports assigned to the Inspektorat and every report flagged berkadar pengawasan |
| admin instansi | every report of the Pemkab |
| pimpinan (read-only) | every report of the Pemkab that is not rahasia (rahasia: only counted, in statistics) |

A rahasia report is seen only by its reporter and its handlers: the admin instansi, the OPD it is
dispositioned to, the Inspektorat when it is flagged berkadar pengawasan (issue #15).

A report whose processing is restricted (its reporter asked for erasure while the archive still needs
it: pintu.cases.restrictions) is in none of these.
"""

from django.db.models import Q, QuerySet

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.cases.restrictions import without_restricted
from pintu.complaints.models import Report
from pintu.complaints.related import related_reports
from pintu.complaints.workflow import Status

ALL_REPORT_ROLES = (Role.ADMIN_INSTANSI, Role.PIMPINAN)
AGENCY_REPORT_ROLES = (Role.PEJABAT_PENGHUBUNG, Role.KEPALA_OPD, Role.INSPEKTORAT)
NOT_PUBLIC_STATUSES = (Status.DITERIMA, Status.DIARSIPKAN)


def _reports() -> QuerySet[Report]:
    return without_restricted(Report.objects.all(), "report")


def public_reports() -> QuerySet[Report]:
    return _reports().filter(rahasia=False).exclude(status__in=NOT_PUBLIC_STATUSES)


def _handler_condition(scope) -> Q:
    """Reports the scope handles as staff: its agencies' reports, and pengawasan ones for the Inspektorat."""
    condition = Q(pk__in=[])
    agencies = scope.agencies(*AGENCY_REPORT_ROLES)
    if agencies:
        condition |= Q(assigned_agency_id__in=agencies)
    if scope.has(Role.INSPEKTORAT):
        condition |= Q(berkadar_pengawasan=True)
    return condition


def _staff_condition(scope) -> Q:
    """Reports the scope sees as staff: the handler's, and for pimpinan every report that is not rahasia."""
    condition = _handler_condition(scope)
    if scope.has(Role.PIMPINAN):
        condition |= Q(rahasia=False)
    return condition


def reports_visible_to(user) -> QuerySet[Report]:
    scope = scope_of(user)
    if scope.has(Role.ADMIN_INSTANSI):
        return _reports()
    condition = _staff_condition(scope)
    if user is not None and user.is_authenticated:
        condition |= Q(reporter_user=user)
    return _reports().filter(condition)


def handled_by(user) -> QuerySet[Report]:
    """Reports the user handles as staff (not those they filed themselves); pimpinan: those it may read."""
    scope = scope_of(user)
    if scope.has(Role.ADMIN_INSTANSI):
        return _reports()
    return _reports().filter(_staff_condition(scope))


def report_ids_of_reporter(user):
    return Report.objects.filter(reporter_user=user).values("pk")


def staff_report_ids(user):
    return handled_by(user).values("pk")


def public_report_ids():
    return public_reports().values("pk")


def verification_queue(user) -> QuerySet[Report]:
    """The admin instansi's queue: everything waiting for a coordinator, soonest due first."""
    return (
        reports_visible_to(user)
        .filter(
            Q(status__in=[Status.DITERIMA, Status.TERVERIFIKASI, Status.DITUNDA])
            | Q(status=Status.DIBUKA_KEMBALI, assigned_agency__isnull=True)
        )
        .order_by("verify_due", "submitted_at")
    )


def similar_open_reports(*, kecamatan, text: str, desa=None, exclude=None, limit: int = 5) -> list[Report]:
    """Open public reports in the same area like `text` (shown before submitting), best first with `.score`.

    Candidates come from the full-text index and are re-ranked by pintu.complaints.related (no scan of
    every stored text, so it stays fast with a million reports).
    """
    qs = public_reports()
    if desa is not None:
        qs = qs.filter(Q(desa=desa) | Q(desa__isnull=True))
    if exclude is not None:
        qs = qs.exclude(pk=exclude.pk)
    return related_reports(text=text, kecamatan=kecamatan, within=qs, limit=limit)
