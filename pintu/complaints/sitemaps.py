"""sitemap.xml entries for public reports: built from public_reports(), so rahasia reports never appear."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from pintu.complaints.selectors import public_reports


class PublicReportSitemap(Sitemap):
    changefreq = "daily"
    limit = 5000

    def items(self):
        return public_reports().only("code", "status_changed_at").order_by("-pk")

    def location(self, item):
        return reverse("complaints:public_detail", args=[item.code])

    def lastmod(self, item):
        return item.status_changed_at


class StaticPageSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "web:home",
            "complaints:intake",
            "complaints:public_list",
            "ppid:landing",
            "ppid:dip_list",
            "web:agencies",
            "web:workday_calculator",
        ]

    def location(self, item):
        return reverse(item)
