"""/api/v1/ routes of the complaint service: public list and detail, submission, tracking, staff inbox and actions.

The fixed paths staff/reports/new/ and staff/reports/bulk-verify/ come before staff/reports/<code>/ here,
inside this one list; pintu.complaints.api.urls (issue #20) replaces this module with routes whose order
does not matter.
"""

from django.urls import path

from pintu.api.complaints import views_public as cp
from pintu.api.complaints import views_staff as cs
from pintu.api.complaints.urls_more import urlpatterns as complaint_more_patterns

urlpatterns = [
    path("reports/", cp.PublicReportList.as_view(), name="reports"),
    path("reports/submit/", cp.ReportSubmit.as_view(), name="report_submit"),
    path("reports/mine/", cp.MyReports.as_view(), name="my_reports"),
    path("reports/<str:code>/", cp.PublicReportDetail.as_view(), name="report_detail"),
    path("track/reports/<str:code>/", cp.TrackReport.as_view(), name="track_report"),
    path("track/reports/<str:code>/reply/", cp.TrackReply.as_view(), name="track_report_reply"),
    path("track/reports/<str:code>/rate/", cp.TrackRate.as_view(), name="track_report_rate"),
    path("track/reports/<str:code>/reopen/", cp.TrackReopen.as_view(), name="track_report_reopen"),
    path("track/reports/<str:code>/stop-phone/", cp.TrackStopPhone.as_view(), name="track_report_stop_phone"),
    *complaint_more_patterns,
    path("staff/reports/", cs.StaffReportList.as_view(), name="staff_reports"),
    path("staff/reports/<str:code>/", cs.StaffReportDetail.as_view(), name="staff_report_detail"),
    path("staff/reports/<str:code>/reveal-identity/", cs.RevealIdentity.as_view(), name="staff_report_reveal"),
    *[
        path(f"staff/reports/<str:code>/{name}/", view.as_view(), name=f"staff_report_{name.replace('-', '_')}")
        for name, view in cs.ACTION_VIEWS.items()
    ],
]
