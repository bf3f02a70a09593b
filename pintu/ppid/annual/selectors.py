"""Which annual reports and which agencies' reports a user may see."""

from django.db.models import QuerySet

from pintu.agencies.models import OUTSIDE_KINDS, Agency, AgencyKind
from pintu.ppid.annual.models import AnnualReport
from pintu.ppid.registers.selectors import register_agencies_for


def published_reports() -> QuerySet[AnnualReport]:
    """What the public sees: published reports, newest year first."""
    published = AnnualReport.objects.filter(published_at__isnull=False).select_related("agency")
    return published.order_by("-year", "agency__name")


def annual_reports_visible_to(user) -> QuerySet[AnnualReport]:
    """Every report (drafts included) for PPID officers who keep a register; published ones for the rest."""
    if register_agencies_for(user).exists():
        return AnnualReport.objects.all()
    return AnnualReport.objects.filter(published_at__isnull=False)


def report_agencies() -> QuerySet[Agency]:
    """The OPDs that have an annual report of their own (the Pemkab's report has no agency)."""
    agencies = Agency.objects.filter(active=True).exclude(kind__in=OUTSIDE_KINDS).exclude(kind=AgencyKind.PEMDA)
    return agencies.order_by("name")
