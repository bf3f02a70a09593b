from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Pintu · Admin"
admin.site.site_title = "Pintu"

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("", include("pintu.web.urls")),
]
