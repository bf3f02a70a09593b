"""The history event kinds of the registers (a DIP item, a DIK exemption) and what each is called
(pintu.cases.events), for the staff pages' history. Registered at import (apps.py)."""

from django.utils.translation import gettext_lazy as _

from pintu.cases.events import register_event_kinds

COMMON = {
    "drafted": _("Draf dibuat"),
    "updated": _("Diubah"),
}
register_event_kinds("dip_item", {
    **COMMON,
    "published": _("Diumumkan"),
    "withdrawn": _("Ditarik dari DIP"),
    "refreshed": _("Pembaruan berkala dicatat"),
    "file_added": _("Berkas ditambahkan"),
    "file_removed": _("Berkas dihapus"),
})  # fmt: skip
register_event_kinds("dik_item", {
    **COMMON,
    "decided": _("Ditetapkan berlaku"),
    "lifted": _("Dicabut"),
    "expired": _("Masa pengecualian berakhir, perlu ditinjau"),
})  # fmt: skip
