"""What complaints gives the router (pintu.routing.sources): confirmed examples and what it reads of a report.

A training example is a report whose routing was confirmed by the agency that handled it:
  * status diproses, perlu_info, ditindaklanjuti, selesai or dibuka_kembali with an assigned agency
    (the OPD accepted it; after a send back and re-disposition that is the agency it ended with), or
  * forwarded out (``forwarded_to`` set, status dilimpahkan or later): the outside instansi.
Label = the agency code (``forwarded_to`` wins over ``assigned_agency``), text = title + text, with the
category and kecamatan the reporter chose. Reports still waiting at an OPD (didisposisikan) are left
out: the OPD may yet send them back. ``corrected``: the report was sent back at least once, or it is a
part of a split report (a person wrote its text for that agency). ``when``: the time of the routing
decision that stuck, so the router's recency weighting follows who holds a duty NOW: the last
forwarding out for a forwarded report, else the last disposition (the one the agency accepted; a
reopening back to the same agency renews it), else the submission.
"""

from __future__ import annotations

from django.db.models import OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from pintu.complaints.models import Forwarding, Report
from pintu.complaints.workflow import Status
from pintu.routing.sources import CaseSource, Described, TrainingRow

CONFIRMED_STATUSES = (
    Status.DIPROSES,
    Status.PERLU_INFO,
    Status.DITINDAKLANJUTI,
    Status.SELESAI,
    Status.DIBUKA_KEMBALI,
)


def examples_queryset():
    return Report.objects.filter(
        Q(status__in=CONFIRMED_STATUSES, assigned_agency__isnull=False) | Q(forwarded_to__isnull=False)
    ).exclude(status=Status.DIARSIPKAN)


def _code(value) -> str:
    return "" if value is None else str(value)


def _decided_at():
    """When the agency that finally handled the report was chosen (see the module docstring)."""
    forwarded = Forwarding.objects.filter(report=OuterRef("pk")).order_by("-created_at").values("created_at")[:1]
    return Coalesce(Subquery(forwarded), "dispositioned_at", "submitted_at")


def training_rows(limit: int) -> list[TrainingRow]:
    """The most recent ``limit`` confirmed reports, newest first."""
    rows = (
        examples_queryset()
        .annotate(decided_at=_decided_at())
        .order_by("-submitted_at", "-pk")
        .values_list(
            "pk",
            "title",
            "text",
            "assigned_agency__code",
            "forwarded_to__code",
            "category_id",
            "kecamatan_id",
            "decided_at",
            "bounce_count",
            "parent_id",
        )[:limit]
    )
    return [
        TrainingRow(
            key=pk,
            text=f"{title}\n{text}",
            label=forwarded or assigned,
            category=_code(category),
            kecamatan=_code(kecamatan),
            when=decided,
            corrected=bool(bounces) or parent is not None,
        )
        for pk, title, text, assigned, forwarded, category, kecamatan, decided, bounces, parent in rows
    ]


def count_examples() -> int:
    return examples_queryset().count()


def describe(report: Report) -> Described:
    return Described(f"{report.title}\n{report.text}", _code(report.category_id), _code(report.kecamatan_id))


CASE_SOURCE = CaseSource(rows=training_rows, count=count_examples, describe=describe)
