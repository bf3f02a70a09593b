"""Web pages of the annual report: the public list and files (/ppid/laporan-tahunan/), the staff page."""

from django.urls import path

from pintu.ppid.annual import views, views_sending

urlpatterns = [
    path("laporan-tahunan/", views.annual_list, name="annual_list"),
    path("laporan-tahunan/<int:pk>.pdf", views.annual_file, {"fmt": "pdf"}, name="annual_pdf"),
    path("laporan-tahunan/<int:pk>.xlsx", views.annual_file, {"fmt": "xlsx"}, name="annual_xlsx"),
    path("laporan-tahunan/<int:pk>/surat-pengantar.pdf", views_sending.annual_cover_pdf, name="annual_cover_pdf"),
    path("staf/laporan-tahunan/", views.annual_report, name="staff_annual"),
    path("staf/laporan-tahunan/<int:pk>/pengiriman/", views_sending.annual_sending, name="staff_annual_sending"),
    path(
        "staf/laporan-tahunan/<int:pk>/surat/<int:letter_pk>.pdf",
        views_sending.annual_letter_pdf,
        name="staff_annual_letter",
    ),  # fmt: skip
    path("staf/laporan-tahunan/unduh.pdf", views.annual_download, {"fmt": "pdf"}, name="staff_annual_pdf"),
    path("staf/laporan-tahunan/unduh.xlsx", views.annual_download, {"fmt": "xlsx"}, name="staff_annual_xlsx"),
    path("staf/laporan-tahunan/umumkan/", views.annual_publish, name="staff_annual_publish"),
]
