"""Web pages of information requests: the requester's (/ppid/permohonan/) and the staff's
(/ppid/staf/permohonan/). No pattern can take another's path, so the order does not matter."""

from django.urls import path

from pintu.ppid import converters  # noqa: F401 (registers the ppid_* converters)
from pintu.ppid.requests.views import public, staff

R = "staf/permohonan/<int:pk>/"
urlpatterns = [
    path("permohonan/ajukan/", public.request_create, name="request_create"),
    path("permohonan/terkirim/", public.request_done, name="request_done"),
    path("permohonan/terkirim/tanda-terima.pdf", public.request_receipt, name="request_receipt"),
    path("permohonan/terkirim/kirim-tanda-terima/", public.request_receipt_send, name="request_receipt_send"),
    path("permohonan/lacak/", public.request_track, name="request_track"),
    path("permohonan/lacak/<str:slug>/", public.request_track_detail, name="request_track_detail"),
    path("permohonan/lacak/<str:slug>/dokumen/<int:pk>/", public.request_document, name="request_document"),
    path("permohonan/lacak/<str:slug>/berhenti-kabar/", public.request_stop_phone, name="request_stop_phone"),
    path("permohonan/lacak/<str:slug>/identitas/<slug:kind>/", public.request_identity_file,
         name="request_identity_file"),
    path("staf/permohonan/", staff.request_register, name="staff_requests"),
    path("staf/permohonan/unduh.csv", staff.request_export, {"fmt": "csv"}, name="staff_requests_csv"),
    path("staf/permohonan/unduh.xlsx", staff.request_export, {"fmt": "xlsx"}, name="staff_requests_xlsx"),
    path("staf/permohonan/baru/", staff.request_create, name="staff_request_create"),
    path("staf/permohonan/dari-laporan/<str:code>/", staff.request_from_report, name="staff_request_from_report"),
    path(R, staff.request_detail, name="staff_request_detail"),
    path(R + "tugaskan/", staff.request_action, {"action": "assign"}, name="staff_request_assign"),
    path(R + "perpanjang/", staff.request_action, {"action": "extend"}, name="staff_request_extend"),
    path(R + "putuskan/", staff.request_action, {"action": "issue_notice"}, name="staff_request_notice"),
    path(R + "surat/setujui/", staff.request_action, {"action": "sign_letter"}, name="staff_request_sign_letter"),
    path(R + "surat/batalkan/", staff.request_action, {"action": "discard_letter"},
         name="staff_request_discard_letter"),
    path(R + "surat/draf.pdf", staff.request_letter_draft, name="staff_request_letter_draft"),
    path(R + "serahkan/", staff.request_action, {"action": "deliver"}, name="staff_request_deliver"),
    path(R + "pemberitahuan-diterima/", staff.request_action, {"action": "record_receipt"},
         name="staff_request_receipt"),
    path(R + "bayar/", staff.request_action, {"action": "record_payment"}, name="staff_request_pay"),
    path(R + "jadi-laporan/", staff.request_action, {"action": "convert_to_report"}, name="staff_request_to_report"),
    path(R + "<ppid_reason:action>/", staff.request_reason_action, name="staff_request_action"),
    path(R + "dokumen/<int:doc_pk>/", staff.request_staff_document, name="staff_request_document"),
    path(R + "identitas/<slug:kind>/", staff.request_staff_identity_file, name="staff_request_identity_file"),
]  # fmt: skip
