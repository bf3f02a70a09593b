"""When a ground of objection has arisen on a request (UU 14/2008 art. 35(1)), on a given day. Plain
rules on the request's dates, used by the offer rule (objections.actions.FILING: the button and the
grounds listed) and by the services (a direct call is refused with the same reason).

- (a)(d)(e)(f) arise with the written notice: from the day it is issued.
- (c) "not answered" arises only once the notice deadline (after any extension) has passed without a
  notice in time.
- (g) "delivered late" arises once the deadline has passed.
- (b) berkala information not published needs no request; on a request it is offered with the others.

So on the day a request is received (day 0) no ground has arisen and "Ajukan keberatan" is not offered.
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from pintu.ppid.objections import workflow as wf


def _local(value) -> datetime.date:
    return timezone.localdate(value) if isinstance(value, datetime.datetime) else value


def deadline_passed(request, on: datetime.date) -> bool:
    due = request.effective_due
    return due is not None and on > due


def not_answered_in_time(request, on: datetime.date) -> bool:
    """Ground (c): the deadline passed on `on` and no notice was issued by the deadline."""
    if not deadline_passed(request, on):
        return False
    return request.decided_at is None or _local(request.decided_at) > request.effective_due


def grounds_open(request, on: datetime.date | None = None) -> set[str]:
    """The letters an objection on `request` may cite on the day `on` (today when None)."""
    on = on or timezone.localdate()
    letters: set[str] = set()
    if request.decided_at is not None and _local(request.decided_at) <= on:
        letters |= set(wf.GROUNDS_FROM_DECISION)
    if not_answered_in_time(request, on):
        letters.add("c")
    if deadline_passed(request, on):
        letters.add("g")
    if letters:
        letters.add(wf.GROUND_WITHOUT_REQUEST)
    return letters


def may_object(request, on: datetime.date | None = None) -> bool:
    """Some ground has arisen: never on the day the request was received, before any notice or deadline."""
    return bool(grounds_open(request, on))


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
