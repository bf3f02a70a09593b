"""Which grounds of objection (UU 14/2008 art. 35(1)) have arisen on a request, on a given day: a plain
rule on the request's own dates. It lives with the request because both the request's pages (whether
"Ajukan keberatan" is offered) and the objection slice (pintu.ppid.objections.filing, .actions.FILING,
.services) ask it, and the objection slice sits above the request slice.

- (a)(d)(e)(f) arise with the written notice: from the day it is issued.
- (c) "not answered" arises only once the notice deadline (after any extension) has passed without a
  notice in time.
- (g) "delivered late" arises once the deadline has passed.
- (b) berkala information not published needs no request; on a request it is offered with the others.

So on the day a request is received (day 0) no ground has arisen and "Ajukan keberatan" is not offered.
The letters are those of pintu.ppid.objections.workflow (a test checks they agree).
"""

import datetime

from django.utils import timezone

#: Grounds that arise with the written notice, and the one that needs no request (objections.workflow).
FROM_NOTICE = frozenset("adef")
WITHOUT_REQUEST = "b"


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
        letters |= set(FROM_NOTICE)
    if not_answered_in_time(request, on):
        letters.add("c")
    if deadline_passed(request, on):
        letters.add("g")
    if letters:
        letters.add(WITHOUT_REQUEST)
    return letters


def may_object(request, on: datetime.date | None = None) -> bool:
    """Some ground has arisen: never on the day the request was received, before any notice or deadline."""
    return bool(grounds_open(request, on))
