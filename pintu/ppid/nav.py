"""The PPID pages' own menus as data (pintu.web.nav.Link), drawn by web/includes/menu.html through the
`ppid_menu` tag. A blank key: the entry is never marked as the current page."""

from django.utils.translation import gettext_lazy as _

from pintu.web.nav import Link

MENUS = {
    # the public PPID site (ppid/includes/nav.html)
    "public": (
        Link("landing", _("Beranda PPID"), "ppid:landing"),
        Link("dip", _("Daftar Informasi Publik"), "ppid:dip_list"),
        Link("dik", _("Informasi yang dikecualikan"), "ppid:dik_list"),
        Link("layanan", _("Layanan dan maklumat"), "ppid:page", ("layanan",)),
        Link("permohonan", _("Permohonan informasi"), "ppid:page", ("permohonan",)),
        Link("keberatan", _("Keberatan"), "ppid:page", ("keberatan",)),
        Link("sengketa", _("Sengketa informasi"), "ppid:page", ("sengketa",)),
        Link("laporan", _("Laporan tahunan"), "ppid:annual_list"),
        Link("aksesibilitas", _("Aksesibilitas"), "ppid:page", ("aksesibilitas",)),
    ),
    # the PPID officer's registers (ppid/staff/_nav.html)
    "staff": (
        Link("requests", _("Register permohonan"), "ppid:staff_requests"),
        Link("", _("Register keberatan"), "ppid:staff_objections"),
        Link("dip", _("Register DIP"), "ppid:staff_register"),
        Link("dik", _("Register DIK"), "ppid:staff_dik"),
        Link("import", _("Impor DIP"), "ppid:staff_dip_import"),
        Link("", _("Situs PPID publik"), "ppid:landing"),
    ),
    # objections, disputes and the annual report (ppid/objections/_nav.html)
    "objections": (
        Link("objections", _("Register keberatan"), "ppid:staff_objections"),
        Link("disputes", _("Sengketa informasi"), "ppid:staff_disputes"),
        Link("annual", _("Laporan tahunan"), "ppid:staff_annual"),
        Link("", _("Register DIP"), "ppid:staff_register"),
    ),
}
