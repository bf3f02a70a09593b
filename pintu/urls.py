from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from pintu.complaints.sitemaps import PublicReportSitemap, StaticPageSitemap

admin.site.site_header = "Pintu · Admin"
admin.site.site_title = "Pintu"
# The admin signs in through our login (password, lockout, second factor), never its own form.
admin.site.login = login_required(admin.site.login)
handler400 = "pintu.security.responses.bad_request"  # over-limit form bodies get the 413 page

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/v1/statistik/", include("pintu.insights.api_urls")),
    path("api/", include("pintu.api.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": StaticPageSitemap, "laporan": PublicReportSitemap}},
         name="sitemap"),
    path("", include("pintu.complaints.urls")),
    path("ppid/", include("pintu.ppid.urls")),
    path("open311/v2/", include("pintu.open311.urls")),
    path("verifikasi/", include("pintu.letters.urls")),
    path("", include("pintu.notifications.urls")),
    path("", include("pintu.security.urls")),
    path("", include("pintu.routing.urls")),
    path("", include("pintu.interop.urls")),
    path("", include("pintu.insights.urls")),
    path("", include("pintu.mydata.urls")),
    path("", include("pintu.practice.urls")),
    path("", include("pintu.site.urls")),
]

handler404 = "pintu.apikit.errors.page_not_found"  # JSON under /api/, the usual page elsewhere
