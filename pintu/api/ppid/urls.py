"""/api/v1/ppid/ (public and requester) and /api/v1/staff/ppid/ (PPID officers)."""

from django.urls import path

from pintu.api.ppid import views_annual as annual
from pintu.api.ppid import views_conversion as conv
from pintu.api.ppid import views_dik as dik
from pintu.api.ppid import views_dip as dip
from pintu.api.ppid import views_dip_actions as dip_actions
from pintu.api.ppid import views_dip_files as dip_files
from pintu.api.ppid import views_disputes as disputes
from pintu.api.ppid import views_objections_more as objections_more
from pintu.api.ppid import views_public as pub
from pintu.api.ppid import views_register as register
from pintu.api.ppid import views_staff as staff

public_patterns = [
    path("ppid/dip/", pub.DipList.as_view(), name="ppid_dip"),
    path("ppid/dip/<int:pk>/", pub.DipDetail.as_view(), name="ppid_dip_detail"),
    path("ppid/requests/submit/", pub.RequestSubmit.as_view(), name="ppid_request_submit"),
    path("ppid/requests/mine/", pub.MyRequests.as_view(), name="ppid_my_requests"),
    path("ppid/objections/mine/", pub.MyObjections.as_view(), name="ppid_my_objections"),
    path("track/ppid/requests/<str:slug>/", pub.RequestTrack.as_view(), name="ppid_track_request"),
    path("track/ppid/requests/<str:slug>/stop-phone/", pub.RequestStopPhone.as_view(),
         name="ppid_track_request_stop_phone"),
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
    path("staff/ppid/dip/<int:pk>/publish/", dip_actions.StaffDipPublish.as_view(), name="staff_ppid_dip_publish"),
    path("staff/ppid/dip/<int:pk>/withdraw/", dip_actions.StaffDipWithdraw.as_view(), name="staff_ppid_dip_withdraw"),
]
conversion_patterns = [
    path("staff/ppid/requests/from-report/<str:code>/", conv.ReportToRequest.as_view(),
         name="staff_ppid_request_from_report"),  # fmt: skip
    path(R + "to-report/", conv.RequestToReport.as_view(), name="staff_ppid_request_to_report"),
    path("staff/ppid/requests/register/", register.StaffRequestRegister.as_view(), name="staff_ppid_request_register"),
]
K = "staff/ppid/dik/<int:pk>/"
dik_patterns = [
    path("staff/ppid/dik/", dik.StaffDikList.as_view(), name="staff_ppid_dik"),
    path("staff/ppid/dik/draft/", dik.StaffDikDraft.as_view(), name="staff_ppid_dik_draft"),
    path(K, dik.StaffDikDetail.as_view(), name="staff_ppid_dik_detail"),
    path(K + "update/", dik.StaffDikUpdate.as_view(), name="staff_ppid_dik_update"),
    path(K + "decide/", dik.StaffDikDecide.as_view(), name="staff_ppid_dik_decide"),
    path(K + "lift/", dik.StaffDikLift.as_view(), name="staff_ppid_dik_lift"),
]
OBJ = "staff/ppid/objections/<int:pk>/"
dispute_patterns = [
    path(OBJ + "respond/", disputes.ObjectionRespond.as_view(), name="staff_ppid_objection_respond"),
    path(OBJ + "dispute/", disputes.ObjectionDispute.as_view(), name="staff_ppid_objection_dispute"),
    path(OBJ + "dispute/step/", disputes.DisputeStep.as_view(), name="staff_ppid_objection_dispute_step"),
]
D = "staff/ppid/dip/<int:pk>/"
last_patterns = [
    path(D + "files/", dip_files.StaffDipAddFiles.as_view(), name="staff_ppid_dip_add_files"),
    path(D + "files/<int:file_pk>/remove/", dip_files.StaffDipRemoveFile.as_view(), name="staff_ppid_dip_remove_file"),
    path(D + "refresh/", dip_files.StaffDipRefresh.as_view(), name="staff_ppid_dip_refresh"),
    path("staff/ppid/objections/register/", objections_more.StaffObjectionRegister.as_view(),
         name="staff_ppid_objection_register"),  # fmt: skip
    path("staff/ppid/disputes/", objections_more.StaffDisputeList.as_view(), name="staff_ppid_disputes"),
    path("track/ppid/requests/<str:slug>/objections/<int:pk>/respond/",
         objections_more.RequesterObjectionRespond.as_view(), name="ppid_track_objection_respond"),  # fmt: skip
]
annual_patterns = [
    path("staff/ppid/annual/", annual.StaffAnnualReport.as_view(), name="staff_ppid_annual"),
    path("staff/ppid/annual/narrative/", annual.StaffAnnualNarrative.as_view(), name="staff_ppid_annual_narrative"),
    path("staff/ppid/annual/publish/", annual.StaffAnnualPublish.as_view(), name="staff_ppid_annual_publish"),
]
urlpatterns = (public_patterns + staff_patterns + dip_patterns + conversion_patterns + dik_patterns + dispute_patterns
               + last_patterns + annual_patterns)  # fmt: skip
