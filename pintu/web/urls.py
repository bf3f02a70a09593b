from django.contrib.auth import views as auth_views
from django.urls import path

from pintu.web import views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("instansi/", views.agency_directory, name="agencies"),
    path("wilayah/", views.area_directory, name="areas"),
    path("hari-kerja/", views.workday_calculator, name="workday_calculator"),
    path("hari-kerja/kalender/<int:year>/", views.calendar_year, name="calendar_year"),
    path("masuk/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("staf/", views.staff_home, name="staff_home"),
]
