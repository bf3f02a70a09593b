"""Web pages of objections and disputes: the requester's (/ppid/keberatan/) and the staff's
(/ppid/staf/keberatan/, /ppid/staf/sengketa/). No pattern can take another's path."""

from django.urls import path

from pintu.ppid.objections.views import public, staff

S = "staf/keberatan/<int:pk>/"
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
    path(S + "putus/", staff.objection_decide, name="staff_objection_decide"),
    path(S + "surat/setujui/", staff.objection_sign_letter, name="staff_objection_sign_letter"),
    path(S + "surat/batalkan/", staff.objection_discard_letter, name="staff_objection_discard_letter"),
    path(S + "surat/draf.pdf", staff.objection_letter_draft, name="staff_objection_letter_draft"),
    path(S + "tanggapan-pemohon/", staff.objection_respond, name="staff_objection_respond"),
    path(S + "sengketa/", staff.objection_dispute, name="staff_objection_dispute"),
    path(S + "sengketa/tahap/", staff.objection_dispute_step, name="staff_objection_dispute_step"),
    path("staf/sengketa/", staff.dispute_list, name="staff_disputes"),
]
