"""The citizen's own data (namespace "mydata")."""

from django.urls import path

from pintu.mydata import views, views_breach, views_case

app_name = "mydata"

urlpatterns = [
    path("privasi/", views.privacy_page, name="privacy"),
    path("akun/data-saya/", views.home, name="home"),
    path("akun/data-saya/unduh/", views.export, name="export"),
    path("akun/data-saya/ringkasan/", views.summary, name="summary"),
    path("akun/data-saya/hapus/", views.erase, name="erase"),
    path("akun/data-saya/terhapus/", views.erased, name="erased"),
    path("lapor/lacak/<str:code>/hapus-data/", views_case.report_erase, name="report_erase"),
    path("staf/pdp/kegagalan/", views_breach.breach_list, name="breach_list"),
    path("staf/pdp/kegagalan/<int:pk>/", views_breach.breach_detail, name="breach_detail"),
    path("staf/pdp/kegagalan/<int:pk>/surat/<int:letter_pk>/", views_breach.breach_letter_pdf, name="breach_letter"),
]
