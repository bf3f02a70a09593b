"""/api/v1/ routes of information requests. Each path has one view (fixed segments such as `register/`
cannot be taken by `<int:pk>`), so the order of this list does not matter."""

from django.urls import path

from pintu.ppid.requests.api import files, public, staff

R = "staff/ppid/requests/<int:pk>/"
urlpatterns = [
    # the requester (proof by account or X-Tracking-Secret)
    path("ppid/requests/submit/", public.RequestSubmit.as_view(), name="ppid_request_submit"),
    path("ppid/requests/mine/", public.MyRequests.as_view(), name="ppid_my_requests"),
    path("track/ppid/requests/<str:slug>/", public.RequestTrack.as_view(), name="ppid_track_request"),
    path("track/ppid/requests/<str:slug>/stop-phone/", public.RequestStopPhone.as_view(),
         name="ppid_track_request_stop_phone"),
    # PPID staff
    path("staff/ppid/requests/", staff.StaffRequestList.as_view(), name="staff_ppid_requests"),
    path("staff/ppid/requests/register/", staff.StaffRequestRegister.as_view(), name="staff_ppid_request_register"),
    path("staff/ppid/requests/from-report/<str:code>/", staff.ReportToRequest.as_view(),
         name="staff_ppid_request_from_report"),
    path(R, staff.StaffRequestDetail.as_view(), name="staff_ppid_request_detail"),
    *[path(R + f"{segment}/", view.as_view(), name=f"staff_ppid_request_{segment.replace('-', '_')}")
      for segment, view in staff.ACTION_VIEWS.items()],
    # files
    *[path(f"staff/ppid/requests/export/{fmt}/", view.as_view(), name=f"staff_ppid_requests_{fmt}")
      for fmt, view in files.REQUESTS_EXPORT.items()],
    path(R + "documents/<int:doc_pk>/", files.RequestDocumentFile.as_view(), name="staff_ppid_request_document"),
    path(R + "letter-draft/", files.RequestLetterDraft.as_view(), name="staff_ppid_request_letter_draft"),
    path(R + "identity/<slug:kind>/", files.RequestIdentityFile.as_view(), name="staff_ppid_request_identity_file"),
]  # fmt: skip
