"""PPID: the public site and registers under /ppid/, the officers' pages under /ppid/staf/."""

from django.urls import path

from pintu.ppid.views import public, requests_public, requests_staff, staff_dik, staff_dip, staff_io

app_name = "ppid"

urlpatterns = [
    path("", public.landing, name="landing"),
    path("dip/", public.dip_list, name="dip_list"),
    path("dip/<int:pk>/", public.dip_detail, name="dip_detail"),
    path("dip/berkas/<int:pk>/", public.dip_file, name="dip_file"),
    path("dip/unduh.csv", public.dip_export, {"fmt": "csv"}, name="dip_export_csv"),
    path("dip/unduh.xlsx", public.dip_export, {"fmt": "xlsx"}, name="dip_export_xlsx"),
    path("dik/", public.dik_list, name="dik_list"),
    path("staf/", staff_dip.register, name="staff_register"),
    path("staf/dip/baru/", staff_dip.create, name="staff_dip_create"),
    path("staf/dip/impor/", staff_io.dip_import, name="staff_dip_import"),
    path("staf/dip/<int:pk>/", staff_dip.detail, name="staff_dip_detail"),
    path("staf/dip/<int:pk>/ubah/", staff_dip.edit, name="staff_dip_edit"),
    path("staf/dip/<int:pk>/umumkan/", staff_dip.publish, name="staff_dip_publish"),
    path("staf/dip/<int:pk>/tarik/", staff_dip.withdraw, name="staff_dip_withdraw"),
    path("staf/dip/<int:pk>/perbarui/", staff_dip.refresh, name="staff_dip_refresh"),
    path("staf/dip/<int:pk>/berkas/", staff_dip.add_files, name="staff_dip_add_files"),
    path("staf/dip/<int:pk>/berkas/<int:file_pk>/hapus/", staff_dip.remove_file, name="staff_dip_remove_file"),
    path("staf/dik/", staff_dik.dik_register, name="staff_dik"),
    path("staf/dik/baru/", staff_dik.dik_create, name="staff_dik_create"),
    path("staf/dik/<int:pk>/", staff_dik.dik_detail, name="staff_dik_detail"),
    path("staf/dik/<int:pk>/ubah/", staff_dik.dik_edit, name="staff_dik_edit"),
    path("staf/dik/<int:pk>/tetapkan/", staff_dik.dik_decide, name="staff_dik_decide"),
    path("staf/dik/<int:pk>/cabut/", staff_dik.dik_lift, name="staff_dik_lift"),
    # information requests (pintu.ppid.requests)
    path("permohonan/ajukan/", requests_public.request_create, name="request_create"),
    path("permohonan/terkirim/", requests_public.request_done, name="request_done"),
    path("permohonan/lacak/", requests_public.request_track, name="request_track"),
    path("permohonan/lacak/<str:slug>/", requests_public.request_track_detail, name="request_track_detail"),
    path("permohonan/lacak/<str:slug>/dokumen/<int:pk>/", requests_public.request_document, name="request_document"),
    path("permohonan/lacak/<str:slug>/berhenti-kabar/", requests_public.request_stop_phone, name="request_stop_phone"),
    path(
        "permohonan/lacak/<str:slug>/identitas/<slug:kind>/",
        requests_public.request_identity_file,
        name="request_identity_file",
    ),
    path("staf/permohonan/", requests_staff.request_register, name="staff_requests"),
    path("staf/permohonan/unduh.csv", requests_staff.request_export, {"fmt": "csv"}, name="staff_requests_csv"),
    path("staf/permohonan/unduh.xlsx", requests_staff.request_export, {"fmt": "xlsx"}, name="staff_requests_xlsx"),
    path("staf/permohonan/baru/", requests_staff.request_create, name="staff_request_create"),
    path(
        "staf/permohonan/dari-laporan/<str:code>/", requests_staff.request_from_report, name="staff_request_from_report"
    ),
    path("staf/permohonan/<int:pk>/", requests_staff.request_detail, name="staff_request_detail"),
    path("staf/permohonan/<int:pk>/tugaskan/", requests_staff.request_assign, name="staff_request_assign"),
    path("staf/permohonan/<int:pk>/perpanjang/", requests_staff.request_extend, name="staff_request_extend"),
    path("staf/permohonan/<int:pk>/putuskan/", requests_staff.request_notice, name="staff_request_notice"),
    path("staf/permohonan/<int:pk>/serahkan/", requests_staff.request_deliver, name="staff_request_deliver"),
    path("staf/permohonan/<int:pk>/bayar/", requests_staff.request_pay, name="staff_request_pay"),
    path("staf/permohonan/<int:pk>/jadi-laporan/", requests_staff.request_to_report, name="staff_request_to_report"),
    path(
        "staf/permohonan/<int:pk>/dokumen/<int:doc_pk>/",
        requests_staff.request_staff_document,
        name="staff_request_document",
    ),
    path(
        "staf/permohonan/<int:pk>/identitas/<slug:kind>/",
        requests_staff.request_staff_identity_file,
        name="staff_request_identity_file",
    ),
    path("staf/permohonan/<int:pk>/<slug:action>/", requests_staff.request_reason_action, name="staff_request_action"),
    path("<slug:slug>/", public.page, name="page"),
]

# Objections, disputes and the annual report. Put before the catch-all "<slug>/" procedure page.
from pintu.ppid.views import annual_public, annual_staff, objections_public, objections_staff  # noqa: E402, I001

urlpatterns = [
    path("keberatan/ajukan/<path:number>/", objections_public.file_objection, name="objection_file"),
    path("keberatan/<int:pk>/", objections_public.objection_track, name="objection_track"),
    path("keberatan/<int:pk>/tanggapan/", objections_public.objection_respond, name="objection_respond"),
    path("laporan-tahunan/", annual_public.annual_list, name="annual_list"),
    path("laporan-tahunan/<int:pk>.pdf", annual_public.annual_file, {"fmt": "pdf"}, name="annual_pdf"),
    path("laporan-tahunan/<int:pk>.xlsx", annual_public.annual_file, {"fmt": "xlsx"}, name="annual_xlsx"),
    path("staf/keberatan/", objections_staff.objection_register, name="staff_objections"),
    path("staf/keberatan/unduh.csv", objections_staff.objection_export, {"fmt": "csv"}, name="staff_objections_csv"),
    path("staf/keberatan/unduh.xlsx", objections_staff.objection_export, {"fmt": "xlsx"},
         name="staff_objections_xlsx"),  # fmt: skip
    path("staf/keberatan/baru/", objections_staff.objection_create, name="staff_objection_create"),
    path("staf/keberatan/<int:pk>/", objections_staff.objection_detail, name="staff_objection_detail"),
    path("staf/keberatan/<int:pk>/putus/", objections_staff.objection_decide, name="staff_objection_decide"),
    path("staf/keberatan/<int:pk>/tanggapan-pemohon/", objections_staff.objection_respond,
         name="staff_objection_respond"),  # fmt: skip
    path("staf/keberatan/<int:pk>/sengketa/", objections_staff.objection_dispute, name="staff_objection_dispute"),
    path("staf/keberatan/<int:pk>/sengketa/tahap/", objections_staff.objection_dispute_step,
         name="staff_objection_dispute_step"),  # fmt: skip
    path("staf/sengketa/", objections_staff.dispute_list, name="staff_disputes"),
    path("staf/laporan-tahunan/", annual_staff.annual_report, name="staff_annual"),
    path("staf/laporan-tahunan/unduh.pdf", annual_staff.annual_download, {"fmt": "pdf"}, name="staff_annual_pdf"),
    path("staf/laporan-tahunan/unduh.xlsx", annual_staff.annual_download, {"fmt": "xlsx"}, name="staff_annual_xlsx"),
    path("staf/laporan-tahunan/umumkan/", annual_staff.annual_publish, name="staff_annual_publish"),
    *urlpatterns,
]
