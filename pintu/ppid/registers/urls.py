"""Web pages of the registers: the public DIP and DIK (/ppid/dip/, /ppid/dik/) and the staff's
(/ppid/staf/, /ppid/staf/dip/, /ppid/staf/dik/, /ppid/staf/berkala/). No pattern can take another's path."""

from django.urls import path

from pintu.ppid.registers.views import berkala, dik, dip, imports, public

D = "staf/dip/<int:pk>/"
K = "staf/dik/<int:pk>/"
urlpatterns = [
    path("dip/", public.dip_list, name="dip_list"),
    path("dip/<int:pk>/", public.dip_detail, name="dip_detail"),
    path("dip/berkas/<int:pk>/", public.dip_file, name="dip_file"),
    path("dip/unduh.csv", public.dip_export, {"fmt": "csv"}, name="dip_export_csv"),
    path("dip/unduh.xlsx", public.dip_export, {"fmt": "xlsx"}, name="dip_export_xlsx"),
    path("dik/", public.dik_list, name="dik_list"),
    path("staf/", dip.register, name="staff_register"),
    path("staf/berkala/", berkala.overdue, name="staff_berkala_overdue"),
    path("staf/dip/baru/", dip.create, name="staff_dip_create"),
    path("staf/dip/impor/", imports.dip_import, name="staff_dip_import"),
    path(D, dip.detail, name="staff_dip_detail"),
    path(D + "ubah/", dip.edit, name="staff_dip_edit"),
    path(D + "umumkan/", dip.publish, name="staff_dip_publish"),
    path(D + "tarik/", dip.withdraw, name="staff_dip_withdraw"),
    path(D + "perbarui/", dip.refresh, name="staff_dip_refresh"),
    path(D + "berkas/", dip.add_files, name="staff_dip_add_files"),
    path(D + "berkas/<int:file_pk>/hapus/", dip.remove_file, name="staff_dip_remove_file"),
    path("staf/dik/", dik.dik_register, name="staff_dik"),
    path("staf/dik/baru/", dik.dik_create, name="staff_dik_create"),
    path(K, dik.dik_detail, name="staff_dik_detail"),
    path(K + "ubah/", dik.dik_edit, name="staff_dik_edit"),
    path(K + "tetapkan/", dik.dik_decide, name="staff_dik_decide"),
    path(K + "cabut/", dik.dik_lift, name="staff_dik_lift"),
    path(K + "surat/setujui/", dik.dik_letter_action, {"action": "sign_letter"}, name="staff_dik_sign_letter"),
    path(K + "surat/batalkan/", dik.dik_letter_action, {"action": "discard_letter"}, name="staff_dik_discard_letter"),
    path(K + "surat/draf.pdf", dik.dik_letter_draft, name="staff_dik_letter_draft"),
]
