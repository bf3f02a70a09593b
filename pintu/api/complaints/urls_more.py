"""/api/v1/ routes for the remaining complaint actions of the web: staff-recorded reports, bulk verify, attachments.

Included in urls_v1 before `staff/reports/<code>/`, whose pattern would otherwise take "new" and "bulk-verify".
"""

from django.urls import path

from pintu.api.complaints import views_more, views_similar

urlpatterns: list = [
    path("staff/reports/new/", views_more.StaffReportNew.as_view(), name="staff_report_new"),
    path("staff/reports/bulk-verify/", views_more.BulkVerify.as_view(), name="staff_reports_bulk_verify"),
    path("attachments/<int:pk>/", views_more.AttachmentDownload.as_view(), name="attachment"),
    # the wizard's "similar reports" step (complaints:intake_similar); not under reports/, which <code> takes
    path("similar-reports/", views_similar.SimilarReports.as_view(), name="similar_reports"),
]
