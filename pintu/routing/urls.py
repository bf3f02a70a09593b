from django.urls import path

from pintu.routing import views

app_name = "routing"
urlpatterns = [
    path("staf/rute/", views.accuracy, name="accuracy"),
]
