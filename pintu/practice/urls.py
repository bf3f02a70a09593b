from django.urls import path

from pintu.practice import views

app_name = "practice"

urlpatterns = [
    path("latihan/", views.home, name="home"),
    path("latihan/<int:pk>/masuk/", views.enter, name="enter"),
    path("latihan/keluar/", views.leave, name="leave"),
    path("latihan/putaran/", views.rounds, name="rounds"),
    path("latihan/putaran/<int:pk>/", views.round_detail, name="round"),
    path("latihan/putaran/<int:pk>/ulang/", views.round_reset, name="round_reset"),
]
