"""/api/v1/ routes of a person's own data: their account (/me/), erasing their identity from a report they
track, and their own PPID request files (the last two follow the case type's tracking proof)."""

from django.urls import path

from pintu.api.account import case_erasure, me, requester_files

urlpatterns: list = [
    path("me/", me.Me.as_view(), name="me"),
    path("me/export/", me.MeExport.as_view(), name="me_export"),
    path("me/erase/", me.MeErase.as_view(), name="me_erase"),
    path("me/notifications/", me.MeNotifications.as_view(), name="me_notifications"),
    path("track/reports/<str:code>/erase/", case_erasure.TrackReportErase.as_view(), name="track_report_erase"),
    path(
        "track/ppid/requests/<str:slug>/documents/<int:pk>/",
        requester_files.RequestDocumentDownload.as_view(),
        name="ppid_track_request_document",
    ),
    path(
        "track/ppid/requests/<str:slug>/identity/<str:kind>/",
        requester_files.RequestIdentityFileDownload.as_view(),
        name="ppid_track_request_identity_file",
    ),
]
