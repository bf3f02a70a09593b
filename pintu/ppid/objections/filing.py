"""When an objection may be filed on a request: the offer rule of objections.actions.FILING (the button
and the grounds listed) and the services' refusal of a direct call, with the reason in Indonesian. Which
grounds have arisen is the request's own rule (pintu.ppid.requests.objection_grounds: never on day 0;
ground (c) only after the notice deadline)."""

import datetime

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pintu.ppid.requests.objection_grounds import deadline_passed, grounds_open, may_object  # noqa: F401


def refusal_for(letters: str, request, on: datetime.date) -> str | None:
    """Why these letters may not be cited on `on` (an Indonesian sentence), or None when they may."""
    closed = set(letters) - grounds_open(request, on)
    if not closed:
        return None
    if "c" in closed:
        if not deadline_passed(request, on):
            due = date_format(request.effective_due, "j F Y") if request.effective_due else _("(belum berjalan)")
            return _(
                "Alasan c (permintaan informasi tidak ditanggapi) baru dapat diajukan setelah batas waktu "
                "pemberitahuan tertulis, %(date)s, lewat."
            ) % {"date": due}
        return _(
            "Alasan c (permintaan informasi tidak ditanggapi) tidak berlaku: pemberitahuan tertulis "
            "sudah diterbitkan dalam batas waktunya."
        )
    if request.decided_at is None and not deadline_passed(request, on):
        return _(
            "Alasan keberatan belum muncul: permohonan belum diberi pemberitahuan tertulis dan batas waktunya "
            "belum lewat."
        )
    return _("Alasan %(letters)s belum dapat diajukan pada permohonan ini sekarang.") % {
        "letters": ", ".join(sorted(closed))}  # fmt: skip
