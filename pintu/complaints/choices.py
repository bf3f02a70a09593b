"""The lists officers choose from, the same on the web's forms and in the API's inputs.

Desk channels of a report recorded by an officer, the channels of a forwarding out, and the agencies a
report may go to: inside the Pemkab (disposition, send back, split) or outside it (forward out).
"""

from django.utils.translation import gettext_lazy as _

from pintu.accounts.selectors import agencies_visible_to
from pintu.agencies.models import OUTSIDE_KINDS, AgencyKind
from pintu.complaints.models import Channel

#: How an officer received a report they record (walk-in, phone, letter).
STAFF_CHANNELS = [(c.value, c.label) for c in (Channel.WALK_IN, Channel.PHONE, Channel.LETTER)]
#: How a report is forwarded to an instansi outside the Pemkab.
FORWARD_CHANNELS = [
    ("surat", _("Surat resmi")),
    ("email", _("E-mail")),
    ("sp4n_lapor", _("SP4N-LAPOR! (disposisi antarinstansi)")),
    ("kanal_instansi", _("Kanal pengaduan instansi tujuan")),
    ("telepon", _("Telepon")),
    ("diantar", _("Diantar langsung")),
]


def inside_agencies(user):
    """Agencies of the Pemkab a report may be dispositioned to (not the Pemkab itself, not outside ones)."""
    return agencies_visible_to(user).exclude(kind__in=OUTSIDE_KINDS).exclude(kind=AgencyKind.PEMDA).order_by("name")


def outside_agencies(user):
    """Instansi outside the Pemkab a report may be forwarded to."""
    return agencies_visible_to(user).filter(kind__in=OUTSIDE_KINDS).order_by("name")
