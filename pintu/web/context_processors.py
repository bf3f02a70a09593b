from django.conf import settings
from django.utils.functional import SimpleLazyObject

from pintu.accounts.access import scope_of
from pintu.agencies.tree import root_pemkab
from pintu.web.nav import current_section


def portal(request):
    """The site's frame. `pemda` (the header's Pemkab) is read only when a template shows it and the view
    gave none: a page whose cached parts carry it, under the directory's version (pintu.pagecache: a
    report's public page, the tracking pages), makes no query for it."""
    pemda = SimpleLazyObject(root_pemkab)
    return {
        "portal_name": "Pintu",
        "portal_long_name": "Portal Informasi dan Pengaduan Terpadu",
        "pemda": pemda,
        "is_officer": scope_of(getattr(request, "user", None)).is_staff_member,
        "debug": settings.DEBUG,
        "nav_current": current_section(getattr(request, "path", "")),
    }
