"""Staff side of the complaint service, under /staf/laporan/ (namespace "complaints")."""

from django.urls import path

from pintu.complaints.views import staff_detail, staff_inbox, staff_new

urlpatterns = [
    path("staf/laporan/", staff_inbox.inbox, name="staff_inbox"),
    path("staf/laporan/verifikasi/", staff_inbox.bulk_verify, name="staff_bulk_verify"),
    path("staf/laporan/baru/", staff_new.new_report, name="staff_new"),
    path("staf/laporan/<str:code>/", staff_detail.detail, name="staff_detail"),
    path("staf/laporan/<str:code>/<slug:action>/", staff_detail.action, name="staff_action"),
]
