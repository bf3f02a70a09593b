"""The site shell's URLs. The namespace stays "web" (templates and tests say web:home, web:login ...)."""

from django.urls import path

from pintu.security import views_login, wellknown
from pintu.site import health, tracking, views, views_account, views_guides

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("lacak/", tracking.track, name="track"),
    path("instansi/", views.agency_directory, name="agencies"),
    path("kontak/", views.contact, name="contact"),
    path("wilayah/", views.area_directory, name="areas"),
    path("hari-kerja/", views.workday_calculator, name="workday_calculator"),
    path("hari-kerja/kalender/<int:year>/", views.calendar_year, name="calendar_year"),
    path("masuk/", views_login.login, name="login"),  # + second factor: pintu.security.urls
    path("keluar/", views_login.logout, name="logout"),
    path("staf/", views_account.staff_home, name="staff_home"),
    path("staf/panduan/", views_guides.guide_index, name="guide_index"),  # role guides (issue #19)
    path("staf/panduan/<slug:slug>/", views_guides.guide, name="guide"),
    path("akun/tautkan/", views_account.claim_case, name="claim_case"),
    path("healthz", health.healthz, name="healthz"),  # load balancers, bench/ baseline
    path(".well-known/security.txt", wellknown.security_txt, name="security_txt"),  # RFC 9116
    path("keamanan/", wellknown.security_policy, name="security_policy"),
]
