"""What every report use case shares: who may act, applying a transition, keeping clocks and index true."""

from functools import partial

from django.utils import timezone
from django.utils.translation import gettext_lazy

from pintu.cases import transitions
from pintu.cases.hooks import CASE_CHANGED
from pintu.cases.tracking import random_chars
from pintu.complaints import search
from pintu.complaints.clocks import store_due_dates
from pintu.complaints.models import Report
from pintu.complaints.permissions import (  # noqa: F401 (who may act: re-exported for the services)
    HANDLER_ROLES,
    actor_kind,
    is_admin,
    is_handler,
    require_admin,
    require_handler,
)
from pintu.complaints.public_text import public_version
from pintu.complaints.workflow import MACHINE
from pintu.history.models import Event, Visibility
from pintu.history.services import record_event
from pintu.workdays.calendar import get_calendar


def random_code(prefix: str = "LPR") -> str:
    """A candidate tracking code (about 28.6 million a year); callers make sure no report holds it."""
    # the year where the Pemkab is (TIME_ZONE), not in a timezone a request activated; also cheaper to look up
    return f"{prefix}-{timezone.localdate(timezone=timezone.get_default_timezone()).year}-{random_chars(5)}"


def locked(report: Report) -> Report:
    """`report` read again and locked for the rest of the transaction (every use case changes it under lock)."""
    return Report.objects.select_for_update().get(pk=report.pk)


def new_code(prefix: str = "LPR") -> str:
    while True:
        code = random_code(prefix)
        if not Report.objects.filter(code=code).exists():
            return code


# --- transitions ---------------------------------------------------------------------------------


def default_visibility(report: Report) -> str:
    """Status changes are public for public reports; a rahasia report's history never is."""
    return Visibility.REPORTER if report.rahasia else Visibility.PUBLIC


def clamp_visibility(report: Report, visibility: str) -> str:
    if visibility == Visibility.PUBLIC and report.rahasia:
        return Visibility.REPORTER
    return visibility


def status_event_visibility(report: Report, visibility: str | None) -> str:
    """The visibility a status event of `report` is recorded with: as asked (public by default), clamped."""
    return clamp_visibility(report, visibility or default_visibility(report))


def note(
    report: Report,
    kind: str,
    *,
    user=None,
    actor: str = "",
    visibility: str = Visibility.INTERNAL,
    reason: str = "",
    payload: dict | None = None,
) -> Event:
    """Append an event that does not change the status (an edit, a comment, a reveal)."""
    return record_event(
        report,
        kind,
        actor=user,
        actor_role=actor,
        visibility=clamp_visibility(report, visibility),
        reason=reason,
        payload=payload or {},
    )


def refresh(report: Report) -> None:
    """Recompute due dates and the search text (of the public text only), then save the report."""
    if report.title and not report.public_title:  # e.g. a row written before issue #15 or by a bulk tool
        report.public_title, report.public_text = public_version(report)
    store_due_dates(report, get_calendar())
    report.search_text = search.document_text(report)
    report.save()
    search.index(report)
    CASE_CHANGED.announce(report)  # e.g. the statistics' fact row (pintu.insights listens), same transaction


#: The report's lifecycle for pintu.cases.transitions: its machine, the refresh after every change (clocks,
#: search text, the CASE_CHANGED announcement, save) and the rahasia clamp of its status events' visibility.
LIFECYCLE = transitions.Lifecycle(
    "report",
    MACHINE,
    refresh=refresh,
    visibility=status_event_visibility,
    not_allowed=gettext_lazy("Tindakan ini tidak dapat dilakukan pada laporan berstatus %(status)s."),
)

#: Move a report along the transition table and append the event (saves the report): the one
#: apply_transition of the case core (pintu.cases.transitions) bound to the report's Lifecycle.
apply_transition = partial(transitions.apply_transition, LIFECYCLE)


def record_follow_up(report: Report, action: str, *, text: str, now=None, **transition) -> Event:
    """A tindak lanjut is posted (the OPD's own, or an outside instansi's answer the admin records): the
    response clocks see it and the transition's event is a follow-up carrying the text."""
    now = now or timezone.now()
    report.last_follow_up_at = now
    report.first_response_at = report.first_response_at or now
    return apply_transition(report, action, reason=text.strip(), kind="follow_up", **transition)
