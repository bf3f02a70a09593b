"""/api/v1/: one path per operation. Other apps add their own v1 routes in their own urls (statistik, webhooks)."""

from django.urls import include, path

from pintu.api import directory
from pintu.api.account.urls import urlpatterns as account_patterns
from pintu.api.complaints import views_public as cp
from pintu.api.complaints import views_staff as cs
from pintu.api.complaints.urls_more import urlpatterns as complaint_more_patterns
from pintu.api.operations.urls import urlpatterns as operations_patterns

urlpatterns = [
    path("categories/", directory.CategoryList.as_view(), name="categories"),
    path("agencies/", directory.AgencyList.as_view(), name="agencies"),
    path("areas/", directory.AreaList.as_view(), name="areas"),
    # complaints: public and reporter
    path("reports/", cp.PublicReportList.as_view(), name="reports"),
    path("reports/submit/", cp.ReportSubmit.as_view(), name="report_submit"),
    path("reports/mine/", cp.MyReports.as_view(), name="my_reports"),
    path("reports/<str:code>/", cp.PublicReportDetail.as_view(), name="report_detail"),
    path("track/reports/<str:code>/", cp.TrackReport.as_view(), name="track_report"),
    path("track/reports/<str:code>/reply/", cp.TrackReply.as_view(), name="track_report_reply"),
    path("track/reports/<str:code>/rate/", cp.TrackRate.as_view(), name="track_report_rate"),
    path("track/reports/<str:code>/reopen/", cp.TrackReopen.as_view(), name="track_report_reopen"),
    # complaints: staff (the fixed paths new/ and bulk-verify/ before staff/reports/<code>/)
    *complaint_more_patterns,
    path("staff/reports/", cs.StaffReportList.as_view(), name="staff_reports"),
    path("staff/reports/<str:code>/", cs.StaffReportDetail.as_view(), name="staff_report_detail"),
    path("staff/reports/<str:code>/reveal-identity/", cs.RevealIdentity.as_view(), name="staff_report_reveal"),
    *[
        path(f"staff/reports/<str:code>/{name}/", view.as_view(), name=f"staff_report_{name.replace('-', '_')}")
        for name, view in cs.ACTION_VIEWS.items()
    ],
    path("", include("pintu.ppid.api.urls")),  # PPID: one include, each slice its own routes
    *account_patterns,
    *operations_patterns,
]
