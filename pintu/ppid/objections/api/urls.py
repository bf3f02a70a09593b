"""/api/v1/ routes of objections and disputes. Each path has one view (`register/` cannot be taken by
`<int:pk>`, `objection/` is not `objections/`), so the order of this list does not matter."""

from django.urls import path

from pintu.ppid.objections.api import files, public, staff

T = "track/ppid/requests/<str:slug>/"
S = "staff/ppid/objections/<int:pk>/"
urlpatterns = [
    # the requester (proof by account or X-Tracking-Secret)
    path(T + "objection/", public.ObjectionFile.as_view(), name="ppid_track_objection"),
    path(T + "objections/", public.TrackObjectionList.as_view(), name="ppid_track_objections"),
    path(T + "objections/<int:pk>/", public.TrackObjection.as_view(), name="ppid_track_objection_detail"),
    path(T + "objections/<int:pk>/answer.pdf", public.TrackObjectionAnswer.as_view(),
         name="ppid_track_objection_answer"),
    path(T + "objections/<int:pk>/respond/", public.RequesterObjectionRespond.as_view(),
         name="ppid_track_objection_respond"),
    path("ppid/objections/mine/", public.MyObjections.as_view(), name="ppid_my_objections"),
    # PPID staff
    path("staff/ppid/objections/", staff.StaffObjectionList.as_view(), name="staff_ppid_objections"),
    path("staff/ppid/objections/register/", staff.StaffObjectionRegister.as_view(),
         name="staff_ppid_objection_register"),
    path(S, staff.StaffObjectionDetail.as_view(), name="staff_ppid_objection_detail"),
    path(S + "decide/", staff.DecideObjection.as_view(), name="staff_ppid_objection_decide"),
    path(S + "sign-letter/", staff.SignAnswer.as_view(), name="staff_ppid_objection_sign_letter"),
    path(S + "discard-letter/", staff.DiscardAnswer.as_view(), name="staff_ppid_objection_discard_letter"),
    path(S + "letter-draft/", files.AnswerDraft.as_view(), name="staff_ppid_objection_letter_draft"),
    path(S + "respond/", staff.ObjectionRespond.as_view(), name="staff_ppid_objection_respond"),
    path(S + "dispute/", staff.ObjectionDispute.as_view(), name="staff_ppid_objection_dispute"),
    path(S + "dispute/step/", staff.DisputeStep.as_view(), name="staff_ppid_objection_dispute_step"),
    path("staff/ppid/disputes/", staff.StaffDisputeList.as_view(), name="staff_ppid_disputes"),
    *[path(f"staff/ppid/objections/export/{fmt}/", view.as_view(), name=f"staff_ppid_objections_{fmt}")
      for fmt, view in files.OBJECTIONS_EXPORT.items()],
]  # fmt: skip
