"""Leaders' dashboard (/pimpinan/statistik/) and the public statistics (/statistik/)."""

from django.urls import path

from pintu.insights import views_public, views_staff

app_name = "insights"
urlpatterns = [
    path("pimpinan/statistik/", views_staff.dashboard, name="dashboard"),
    path("pimpinan/statistik/kasus/", views_staff.cases, name="cases"),
    path("pimpinan/statistik/unduh/<slug:key>.<slug:fmt>", views_staff.download, name="download"),
    path("pimpinan/statistik/laporan/<slug:kind>/<str:period>.pdf", views_staff.report_pdf, name="report_pdf"),
    path("statistik/", views_public.public_page, name="public"),
    path("statistik/data/semua.json", views_public.open_data_all, name="open_data_all"),
    path("statistik/data/<slug:key>.<slug:fmt>", views_public.open_data, name="open_data"),
]
