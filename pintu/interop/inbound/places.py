"""Which kecamatan an inbound message is about: named in the text, else the configured default.

Inbound channels carry no location field, but a report needs a kecamatan. The admin instansi checks
it at verification (the message text is kept as sent).
"""

import re

from pintu.agencies.models import Area, AreaLevel
from pintu.interop import conf


def _kecamatan():
    return Area.objects.filter(level=AreaLevel.KECAMATAN, active=True).order_by("code", "pk")


def kecamatan_in_text(text: str) -> Area | None:
    """The kecamatan whose name appears in the text (longest name first: "Indralaya Utara" before "Indralaya")."""
    lowered = " " + re.sub(r"\s+", " ", (text or "").lower()) + " "
    for area in sorted(_kecamatan(), key=lambda a: -len(a.name)):
        name = area.name.lower()
        if len(name) >= 4 and re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", lowered):
            return area
    return None


def default_kecamatan() -> Area | None:
    code = conf.inbound_kecamatan()
    if code:
        found = _kecamatan().filter(code=code).first() or _kecamatan().filter(bps_code=code).first()
        if found:
            return found
    return _kecamatan().first()


def kecamatan_for(*texts: str) -> Area | None:
    for text in texts:
        if found := kecamatan_in_text(text):
            return found
    return default_kecamatan()
