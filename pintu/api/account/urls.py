"""/api/v1/ routes for the signed-in person's own account: their data, erasure, notification settings, downloads."""

from django.urls import path

from pintu.api import calendar
from pintu.api.account import views, views_downloads

urlpatterns: list = [
    path("me/", views.Me.as_view(), name="me"),
    path("me/export/", views.MeExport.as_view(), name="me_export"),
    path("me/erase/", views.MeErase.as_view(), name="me_erase"),
    path("me/notifications/", views.MeNotifications.as_view(), name="me_notifications"),
    path("track/reports/<str:code>/erase/", views.TrackReportErase.as_view(), name="track_report_erase"),
    path("track/ppid/requests/<str:slug>/documents/<int:pk>/", views_downloads.RequestDocumentDownload.as_view(),
         name="ppid_track_request_document"),  # fmt: skip
    path("track/ppid/requests/<str:slug>/identity/<str:kind>/", views_downloads.RequestIdentityFileDownload.as_view(),
         name="ppid_track_request_identity_file"),  # fmt: skip
    # the public working-day calendar (h4; not about an account, kept here to leave urls_v1 alone):
    # the web's workday calculator and a year's closed days, from the same pintu.workdays functions
    path("workdays/<str:received_date>/plus/<int:working_days>/", calendar.WorkdayDue.as_view(), name="workday_due"),
    path("calendar/<int:year>/", calendar.CalendarYearView.as_view(), name="calendar_year"),
]
