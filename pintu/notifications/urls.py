from django.urls import path

from pintu.notifications import views

app_name = "notifications"

urlpatterns = [
    path("akun/notifikasi/", views.preferences, name="preferences"),
]
