"""PPID: the public site and registers under /ppid/, the officers' pages under /ppid/staf/."""

from django.urls import path

from pintu.ppid.views import public, staff_dik, staff_dip, staff_io

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
    path("<slug:slug>/", public.page, name="page"),
]
