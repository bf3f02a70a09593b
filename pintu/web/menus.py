"""Every menu of the site as data: one table of links, in each menu's order, drawn by web/includes/menu.html.

A link's `key` names it for aria-current="page" (the site menu: pintu.web.nav.current_section; the PPID
menus: the `current` a page gives); a blank key is never the current item. `shown_to` (the site menu only):
"" everyone, "inbox" the report inbox's staff, "officer" a signed-in officer, "citizen" a signed-in user who
is not an officer (the two "akun" links name one page two ways).
"""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class Link:
    menu: str
    key: str
    label: str
    url_name: str
    args: tuple = ()
    shown_to: str = ""

    def url(self) -> str:
        return reverse(self.url_name, args=self.args)


LINKS = (
    # the site header (web/base.html)
    Link("site", "home", _("Beranda"), "web:home"),
    Link("site", "lapor", _("Lapor"), "complaints:intake"),
    Link("site", "laporan", _("Laporan warga"), "complaints:public_list"),
    Link("site", "lacak", _("Lacak"), "web:track"),
    Link("site", "ppid", _("Informasi publik (PPID)"), "ppid:landing"),
    Link("site", "statistik", _("Statistik"), "insights:public"),
    Link("site", "instansi", pgettext_lazy("menu", "Instansi"), "web:agencies"),  # "Agencies"; a column says "Agency"
    Link("site", "hari_kerja", _("Kalkulator hari kerja"), "web:workday_calculator"),
    Link("site", "kotak", _("Kotak laporan"), "complaints:staff_inbox", shown_to="inbox"),
    Link("site", "panduan", _("Panduan"), "web:guide_index", shown_to="officer"),
    Link("site", "akun", _("Ruang kerja"), "web:staff_home", shown_to="officer"),
    Link("site", "akun", _("Akun saya"), "web:staff_home", shown_to="citizen"),
    # the footer: about this service (web/base.html)
    Link("footer", "", _("Kebijakan privasi"), "mydata:privacy"),
    Link("footer", "", _("Kontak"), "web:contact"),
    Link("footer", "", _("Aksesibilitas"), "ppid:page", ("aksesibilitas",)),
    Link("footer", "", _("Maklumat pelayanan PPID"), "ppid:page", ("layanan",)),
    Link("footer", "", _("Kalkulator hari kerja"), "web:workday_calculator"),
    Link("footer", "", pgettext_lazy("menu", "Wilayah"), "web:areas"),  # "Areas"; a report's fact says "Area"
    # the public PPID site (ppid/includes/nav.html)
    Link("ppid", "landing", _("Beranda PPID"), "ppid:landing"),
    Link("ppid", "dip", _("Daftar Informasi Publik"), "ppid:dip_list"),
    Link("ppid", "dik", _("Informasi yang dikecualikan"), "ppid:dik_list"),
    Link("ppid", "layanan", _("Layanan dan maklumat"), "ppid:page", ("layanan",)),
    Link("ppid", "permohonan", _("Permohonan informasi"), "ppid:page", ("permohonan",)),
    Link("ppid", "keberatan", _("Keberatan"), "ppid:page", ("keberatan",)),
    Link("ppid", "sengketa", _("Sengketa informasi"), "ppid:page", ("sengketa",)),
    Link("ppid", "laporan", _("Laporan tahunan"), "ppid:annual_list"),
    Link("ppid", "aksesibilitas", _("Aksesibilitas"), "ppid:page", ("aksesibilitas",)),
    # the PPID officer's registers (ppid/staff/_nav.html)
    Link("ppid_staff", "requests", _("Register permohonan"), "ppid:staff_requests"),
    Link("ppid_staff", "", _("Register keberatan"), "ppid:staff_objections"),
    Link("ppid_staff", "dip", _("Register DIP"), "ppid:staff_register"),
    Link("ppid_staff", "dik", _("Register DIK"), "ppid:staff_dik"),
    Link("ppid_staff", "import", _("Impor DIP"), "ppid:staff_dip_import"),
    Link("ppid_staff", "", _("Situs PPID publik"), "ppid:landing"),
    # objections, disputes and the annual report (ppid/objections/_nav.html)
    Link("ppid_objections", "objections", _("Register keberatan"), "ppid:staff_objections"),
    Link("ppid_objections", "disputes", _("Sengketa informasi"), "ppid:staff_disputes"),
    Link("ppid_objections", "annual", _("Laporan tahunan"), "ppid:staff_annual"),
    Link("ppid_objections", "", _("Register DIP"), "ppid:staff_register"),
)


def links(menu: str, shown: dict | None = None) -> list[Link]:
    """The links of one menu in order; `shown` (shown_to -> bool) keeps only those the user may see."""
    return [link for link in LINKS if link.menu == menu and (shown is None or shown[link.shown_to])]
