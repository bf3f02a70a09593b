"""Fact tables: one row per report and per information request, with the working-day figures stored.

Why: the statistics must stay fast with a million reports, so every figure is a SQL aggregate
(COUNT, AVG, percentile) over these rows. Working-day durations cannot be computed in SQL from
timestamps (holidays, cuti bersama, paused clocks), so they are computed once in Python by
pintu.insights.facts when a case changes and stored here. A fact holds no personal data and no
text: only codes, ids, dates and numbers. The rows are derived data: `insights_rebuild` recreates
them from the cases at any time.
"""

from django.db import models


class ReportFact(models.Model):
    report = models.OneToOneField("complaints.Report", primary_key=True, on_delete=models.CASCADE, related_name="fact")
    submitted_on = models.DateField()  # local date of submission
    submitted_month = models.DateField()  # first day of that month, for cheap GROUP BY
    kind = models.CharField(max_length=24)
    channel = models.CharField(max_length=12)
    status = models.CharField(max_length=20)
    anonim = models.BooleanField(default=False)
    rahasia = models.BooleanField(default=False)
    category = models.ForeignKey("categories.Category", null=True, on_delete=models.SET_NULL, related_name="+")
    kecamatan = models.ForeignKey("agencies.Area", on_delete=models.CASCADE, related_name="+")
    desa = models.ForeignKey("agencies.Area", null=True, on_delete=models.SET_NULL, related_name="+")
    agency = models.ForeignKey("agencies.Agency", null=True, on_delete=models.SET_NULL, related_name="+")
    berkadar_pengawasan = models.BooleanField(default=False)
    #: False for duplicates merged into a master and split parents: they are counted through those.
    counted = models.BooleanField(default=True)

    # Each clock: its target (working days), the working days it took (None while running), the
    # due date while running (None when paused or not applicable) and whether it was met.
    verify_target = models.PositiveSmallIntegerField()
    verify_workdays = models.PositiveIntegerField(null=True)
    verify_due = models.DateField(null=True)
    verify_met = models.BooleanField(null=True)
    response_target = models.PositiveSmallIntegerField()
    response_workdays = models.PositiveIntegerField(null=True)
    response_due = models.DateField(null=True)
    response_met = models.BooleanField(null=True)
    resolve_target = models.PositiveSmallIntegerField()
    resolve_workdays = models.PositiveIntegerField(null=True)
    resolve_due = models.DateField(null=True)
    resolve_met = models.BooleanField(null=True)

    answered = models.BooleanField(default=False)  # got an official follow-up at some point
    rating = models.PositiveSmallIntegerField(null=True)
    reopen_count = models.PositiveSmallIntegerField(default=0)
    bounce_count = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["submitted_on"], name="rfact_date_idx"),
            models.Index(fields=["agency", "submitted_on"], name="rfact_agency_idx"),
            models.Index(fields=["kecamatan", "submitted_on"], name="rfact_area_idx"),
            models.Index(fields=["category", "submitted_on"], name="rfact_category_idx"),
        ]

    def __str__(self) -> str:
        return f"fact of report {self.report_id}"


class RequestFact(models.Model):
    request = models.OneToOneField(
        "ppid.InformationRequest", primary_key=True, on_delete=models.CASCADE, related_name="fact"
    )
    received_on = models.DateField()
    received_month = models.DateField()
    channel = models.CharField(max_length=10)
    status = models.CharField(max_length=20)
    agency = models.ForeignKey("agencies.Agency", null=True, on_delete=models.SET_NULL, related_name="+")
    decision = models.CharField(max_length=16, blank=True)
    extended = models.BooleanField(default=False)
    notice_target = models.PositiveSmallIntegerField()  # 10, or 10 + the extension
    notice_workdays = models.PositiveIntegerField(null=True)  # clock start -> written notice
    notice_due = models.DateField(null=True)
    notice_met = models.BooleanField(null=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [
            models.Index(fields=["received_on"], name="qfact_date_idx"),
            models.Index(fields=["agency", "received_on"], name="qfact_agency_idx"),
        ]

    def __str__(self) -> str:
        return f"fact of request {self.request_id}"
