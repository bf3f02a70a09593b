"""The site's menus as data (base template): the header menu offers only links the user may open."""

from django.utils.translation import gettext_lazy as _

from pintu.accounts.access import scope_of
from pintu.complaints.permissions import is_staff_member
from pintu.web.nav import Link

#: the site header's menu; shown_to: "" everyone, "inbox" the report inbox's staff, "officer" a signed-in
#: officer, "citizen" a signed-in user who is not an officer (the two "akun" entries name one page two ways)
MENU = (
    Link("home", _("Beranda"), "web:home"),
    Link("lapor", _("Lapor"), "complaints:intake"),
    Link("laporan", _("Laporan warga"), "complaints:public_list"),
    Link("lacak", _("Lacak"), "web:track"),
    Link("ppid", _("Informasi publik (PPID)"), "ppid:landing"),
    Link("statistik", _("Statistik"), "insights:public"),
    Link("instansi", _("Instansi"), "web:agencies"),
    Link("hari_kerja", _("Kalkulator hari kerja"), "web:workday_calculator"),
    Link("kotak", _("Kotak laporan"), "complaints:staff_inbox", shown_to="inbox"),
    Link("panduan", _("Panduan"), "web:guide_index", shown_to="officer"),
    Link("akun", _("Ruang kerja"), "web:staff_home", shown_to="officer"),
    Link("akun", _("Akun saya"), "web:staff_home", shown_to="citizen"),
)

#: the footer's links (about this service): no entry is ever the current one
FOOTER = (
    Link("", _("Kebijakan privasi"), "mydata:privacy"),
    Link("", _("Kontak"), "web:contact"),
    Link("", _("Aksesibilitas"), "ppid:page", ("aksesibilitas",)),
    Link("", _("Maklumat pelayanan PPID"), "ppid:page", ("layanan",)),
    Link("", _("Kalkulator hari kerja"), "web:workday_calculator"),
    Link("", _("Wilayah"), "web:areas"),
)


def menu(request):
    user = getattr(request, "user", None)
    signed_in = bool(user and user.is_authenticated)
    officer = signed_in and scope_of(user).is_staff_member
    sees = {"": True, "inbox": signed_in and is_staff_member(user), "officer": officer,
            "citizen": signed_in and not officer}  # fmt: skip
    return {"site_menu": [link for link in MENU if sees[link.shown_to]], "site_footer": FOOTER}
