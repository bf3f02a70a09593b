"""Web pages of objections and disputes: the requester's (/ppid/keberatan/) and the staff's
(/ppid/staf/keberatan/, /ppid/staf/sengketa/). No pattern can take another's path."""

from django.urls import path

from pintu.ppid.objections.views import public, staff

S = "staf/keberatan/<int:pk>/"
#: The staff actions on one objection, a URL each, named staff_objection_<action> (views.staff.objection_action).
ACTION_ROUTES = {
    "decide": "putus/",
    "sign_letter": "surat/setujui/",
    "discard_letter": "surat/batalkan/",
    "respond": "tanggapan-pemohon/",
    "dispute": "sengketa/",
    "dispute_step": "sengketa/tahap/",
}
urlpatterns = [
    path("keberatan/ajukan/<path:number>/", public.file_objection, name="objection_file"),
    path("keberatan/<int:pk>/", public.objection_track, name="objection_track"),
    path("keberatan/<int:pk>/tanda-terima.pdf", public.objection_receipt, name="objection_receipt"),
    path("keberatan/<int:pk>/kirim-tanda-terima/", public.objection_receipt_send, name="objection_receipt_send"),
    path("keberatan/<int:pk>/surat-tanggapan.pdf", public.objection_answer, name="objection_answer"),
    path("keberatan/<int:pk>/tanggapan/", public.objection_respond, name="objection_respond"),
    path("staf/keberatan/", staff.objection_register, name="staff_objections"),
    path("staf/keberatan/unduh.csv", staff.objection_export, {"fmt": "csv"}, name="staff_objections_csv"),
    path("staf/keberatan/unduh.xlsx", staff.objection_export, {"fmt": "xlsx"}, name="staff_objections_xlsx"),
    path("staf/keberatan/baru/", staff.objection_create, name="staff_objection_create"),
    path(S, staff.objection_detail, name="staff_objection_detail"),
    path(S + "surat/draf.pdf", staff.objection_letter_draft, name="staff_objection_letter_draft"),
    path("staf/sengketa/", staff.dispute_list, name="staff_disputes"),
    *(
        path(S + route, staff.objection_action, {"action": action}, name=f"staff_objection_{action}")
        for action, route in ACTION_ROUTES.items()
    ),
]
