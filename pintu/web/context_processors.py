from django.conf import settings

from pintu.accounts.access import scope_of
from pintu.agencies.tree import root_pemkab
from pintu.web.nav import current_section


def portal(request):
    pemda = root_pemkab()
    return {
        "portal_name": "Pintu",
        "portal_long_name": "Portal Informasi dan Pengaduan Terpadu",
        "pemda": pemda,
        "is_officer": scope_of(getattr(request, "user", None)).is_staff_member,
        "debug": settings.DEBUG,
        "nav_current": current_section(getattr(request, "path", "")),
    }
