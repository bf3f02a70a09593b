"""/api/v1/ppid/ (public and requester) and /api/v1/staff/ppid/ (PPID officers)."""

from django.urls import path

from pintu.api.ppid import views_dip as dip
from pintu.api.ppid import views_public as pub
from pintu.api.ppid import views_staff as staff

public_patterns = [
    path("ppid/dip/", pub.DipList.as_view(), name="ppid_dip"),
    path("ppid/dip/<int:pk>/", pub.DipDetail.as_view(), name="ppid_dip_detail"),
    path("ppid/requests/submit/", pub.RequestSubmit.as_view(), name="ppid_request_submit"),
    path("ppid/requests/mine/", pub.MyRequests.as_view(), name="ppid_my_requests"),
    path("ppid/objections/mine/", pub.MyObjections.as_view(), name="ppid_my_objections"),
    path("track/ppid/requests/<str:slug>/", pub.RequestTrack.as_view(), name="ppid_track_request"),
    path("track/ppid/requests/<str:slug>/objection/", pub.ObjectionFile.as_view(), name="ppid_track_objection"),
]
R = "staff/ppid/requests/<int:pk>/"
staff_patterns = [
    path("staff/ppid/requests/", staff.StaffRequestList.as_view(), name="staff_ppid_requests"),
    path(R, staff.StaffRequestDetail.as_view(), name="staff_ppid_request_detail"),
    path(R + "assign/", staff.AssignRequest.as_view(), name="staff_ppid_request_assign"),
    path(R + "mark-incomplete/", staff.MarkIncomplete.as_view(), name="staff_ppid_request_mark_incomplete"),
    path(R + "complete/", staff.CompleteRequest.as_view(), name="staff_ppid_request_complete"),
    path(R + "extend/", staff.ExtendRequest.as_view(), name="staff_ppid_request_extend"),
    path(R + "notice/", staff.IssueNotice.as_view(), name="staff_ppid_request_notice"),
    path(R + "payment/", staff.RecordPayment.as_view(), name="staff_ppid_request_payment"),
    path(R + "close/", staff.CloseRequest.as_view(), name="staff_ppid_request_close"),
    path(R + "deliver/", staff.DeliverInformation.as_view(), name="staff_ppid_request_deliver"),
    path("staff/ppid/objections/", staff.StaffObjectionList.as_view(), name="staff_ppid_objections"),
    path("staff/ppid/objections/<int:pk>/", staff.StaffObjectionDetail.as_view(), name="staff_ppid_objection_detail"),
    path("staff/ppid/objections/<int:pk>/decide/", staff.DecideObjection.as_view(),
         name="staff_ppid_objection_decide"),  # fmt: skip
]
dip_patterns = [
    path("staff/ppid/dip/", dip.StaffDipList.as_view(), name="staff_ppid_dip"),
    path("staff/ppid/dip/draft/", dip.StaffDipDraft.as_view(), name="staff_ppid_dip_draft"),
    path("staff/ppid/dip/<int:pk>/", dip.StaffDipDetail.as_view(), name="staff_ppid_dip_detail"),
    path("staff/ppid/dip/<int:pk>/update/", dip.StaffDipUpdate.as_view(), name="staff_ppid_dip_update"),
]
urlpatterns = public_patterns + staff_patterns + dip_patterns
