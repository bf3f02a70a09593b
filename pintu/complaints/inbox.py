"""The orderings and conditions of the officers' inbox, for the web's inbox and the API's list alike.

The inbox puts first what is due first: the due date of the clock that runs in the report's status now
(the same clocks the escalation sweep watches, sweeps.CLOCKS), a report without a running clock last.
"""

import datetime

from django.db.models import Case, DateField, F, Q, When

from pintu.complaints.sweeps import CLOCKS
from pintu.complaints.workflow import AT_OPD, OPEN_AT_ADMIN, Status

#: Sorts after every real due date: a report without a running clock comes last (a key is never NULL).
NO_DUE = datetime.date(9999, 12, 31)

#: The due date of the clock that runs now (the same clocks the escalation sweep watches).
CURRENT_DUE = Case(
    When(status__in=[*OPEN_AT_ADMIN, Status.DITUNDA], then=F("verify_due")),
    When(status__in=AT_OPD, first_response_at__isnull=True, then=F("first_response_due")),
    When(status__in=AT_OPD, then=F("resolve_due")),
    When(status=Status.DITINDAKLANJUTI, then=F("autoclose_due")),
    default=None,
    output_field=DateField(),
)


def overdue_condition(today) -> Q:
    """Open reports past the due date of a clock that runs in their status (never paused ones)."""
    condition = Q(pk__in=[])
    for _clock, field, statuses, extra in CLOCKS:
        condition |= Q(status__in=statuses, paused_since__isnull=True, **{f"{field}__lt": today}, **extra)
    return condition
