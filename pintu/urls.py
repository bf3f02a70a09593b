from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from pintu.complaints.sitemaps import PublicReportSitemap, StaticPageSitemap

admin.site.site_header = "Pintu · Admin"
admin.site.site_title = "Pintu"

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": StaticPageSitemap, "laporan": PublicReportSitemap}},
         name="sitemap"),
    path("", include("pintu.complaints.urls")),
    path("ppid/", include("pintu.ppid.urls")),
    path("", include("pintu.notifications.urls")),
    path("", include("pintu.routing.urls")),
    path("", include("pintu.web.urls")),
]
