"""/api/v1/ routes of the complaint service (included once by pintu.api.urls_v1; URL names in "api:").

Order does not matter: a report's code in a path is matched by the `report_code` converter, which
cannot match a fixed segment such as `submit`, `mine`, `new` or `bulk-verify`: a code has a digit (its
year), no fixed segment has one.
"""

from django.urls import path, register_converter
from django.urls.converters import StringConverter

from pintu.complaints.api import (
    attachments,
    mine,
    reports,
    similar,
    staff_actions,
    staff_entry,
    staff_reports,
    submissions,
    tracking,
)


class ReportCodeConverter(StringConverter):
    """A report's tracking code as people type it: `LPR-2026-7K3QX` (any case; the views upper-case it and
    answer 404 for a code nobody holds). Letters, digits and dashes with at least one digit."""

    regex = r"[A-Za-z-]*[0-9][A-Za-z0-9-]*"


register_converter(ReportCodeConverter, "report_code")

STAFF_REPORT = "staff/reports/<report_code:code>/"

urlpatterns = [
    # the public register, submitting, the citizen's own list
    path("reports/", reports.PublicReportList.as_view(), name="reports"),
    path("reports/<report_code:code>/", reports.PublicReportDetail.as_view(), name="report_detail"),
    path("reports/submit/", submissions.ReportSubmit.as_view(), name="report_submit"),
    path("reports/mine/", mine.MyReports.as_view(), name="my_reports"),
    # the wizard's "similar reports" step (complaints:intake_similar)
    path("similar-reports/", similar.SimilarReports.as_view(), name="similar_reports"),
    # the reporter's own report, proven by the secret or the account
    path("track/reports/<report_code:code>/", tracking.TrackReport.as_view(), name="track_report"),
    path("track/reports/<report_code:code>/reply/", tracking.TrackReply.as_view(), name="track_report_reply"),
    path("track/reports/<report_code:code>/rate/", tracking.TrackRate.as_view(), name="track_report_rate"),
    path("track/reports/<report_code:code>/reopen/", tracking.TrackReopen.as_view(), name="track_report_reopen"),
    path(
        "track/reports/<report_code:code>/stop-phone/",
        tracking.TrackStopPhone.as_view(),
        name="track_report_stop_phone",
    ),  # fmt: skip
    path("attachments/<int:pk>/", attachments.AttachmentDownload.as_view(), name="attachment"),
    # officers: the inbox, one report, the desk entry and bulk verification, one POST per action
    path("staff/reports/", staff_reports.StaffReportList.as_view(), name="staff_reports"),
    path(STAFF_REPORT, staff_reports.StaffReportDetail.as_view(), name="staff_report_detail"),
    path(f"{STAFF_REPORT}reveal-identity/", staff_reports.RevealIdentity.as_view(), name="staff_report_reveal"),
    path("staff/reports/new/", staff_entry.StaffReportNew.as_view(), name="staff_report_new"),
    path("staff/reports/bulk-verify/", staff_entry.BulkVerify.as_view(), name="staff_reports_bulk_verify"),
    *[
        path(f"{STAFF_REPORT}{segment}/", view.as_view(), name=f"staff_report_{segment.replace('-', '_')}")
        for segment, view in staff_actions.ACTION_VIEWS.items()
    ],
]
