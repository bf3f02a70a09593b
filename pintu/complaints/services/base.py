"""What every report use case shares: who may act, applying a transition, keeping clocks and index true."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from pintu.accounts.access import scope_of
from pintu.accounts.roles import Role
from pintu.cases.tracking import random_chars
from pintu.complaints import search
from pintu.complaints.clocks import store_due_dates
from pintu.complaints.models import PendingReport, Privacy, Report
from pintu.complaints.workflow import Actor, TransitionError, reason_required, transition
from pintu.history.models import Event, Visibility
from pintu.history.services import record_event
from pintu.insights import facts as insights_facts
from pintu.workdays.calendar import get_calendar

HANDLER_ROLES = (Role.PEJABAT_PENGHUBUNG, Role.INSPEKTORAT)


def random_code(prefix: str = "LPR") -> str:
    """A candidate tracking code (about 28.6 million a year); callers make sure no report holds it."""
    # the year where the Pemkab is (TIME_ZONE), not in a timezone a request activated; also cheaper to look up
    return f"{prefix}-{timezone.localdate(timezone=timezone.get_default_timezone()).year}-{random_chars(5)}"


def new_code(prefix: str = "LPR") -> str:
    while True:
        code = random_code(prefix)
        if not Report.objects.filter(code=code).exists() and not PendingReport.objects.filter(code=code).exists():
            return code  # a pending (accepted, not yet built) report holds its code too


# --- who may act ---------------------------------------------------------------------------------


def is_admin(user) -> bool:
    return scope_of(user).has(Role.ADMIN_INSTANSI)


def is_handler(user, report: Report) -> bool:
    return report.assigned_agency_id is not None and report.assigned_agency_id in scope_of(user).agencies(
        *HANDLER_ROLES
    )


def require_admin(user) -> None:
    if not is_admin(user):
        raise PermissionDenied(_("Hanya admin instansi yang dapat melakukan ini."))


def require_handler(user, report: Report) -> None:
    if not is_handler(user, report):
        raise PermissionDenied(_("Laporan ini tidak ditugaskan kepada instansi Anda."))


def actor_kind(user, report: Report) -> Actor:
    """The role in which `user` acts on `report` (admin wins over handler)."""
    if is_admin(user):
        return Actor.ADMIN
    if is_handler(user, report):
        return Actor.OPD
    raise PermissionDenied(_("Anda tidak menangani laporan ini."))


# --- transitions ---------------------------------------------------------------------------------


def default_visibility(report: Report) -> str:
    """Status changes are public for public reports; a rahasia report's history never is."""
    return Visibility.REPORTER if report.privacy == Privacy.RAHASIA else Visibility.PUBLIC


def clamp_visibility(report: Report, visibility: str) -> str:
    if visibility == Visibility.PUBLIC and report.privacy == Privacy.RAHASIA:
        return Visibility.REPORTER
    return visibility


def require_reason(action: str, reason: str) -> str:
    reason = (reason or "").strip()
    if reason_required(action) and not reason:
        raise ValidationError({"reason": _("Tuliskan alasannya.")})
    return reason


def apply_transition(
    report: Report,
    action: str,
    *,
    actor: Actor,
    user=None,
    reason: str = "",
    visibility: str | None = None,
    payload: dict | None = None,
    kind: str | None = None,
    agency=None,
) -> Event:
    """Move `report` along the transition table and append the event. Saves the report."""
    reason = require_reason(action, reason)
    try:
        target = transition(report.status, action, actor)
    except TransitionError:
        raise ValidationError(
            _("Tindakan ini tidak dapat dilakukan pada laporan berstatus %(status)s.") % {"status": report.status_label}
        ) from None
    now = timezone.now()
    before = report.status
    report.status = target
    report.status_changed_at = now
    event = record_event(
        report,
        kind or action,
        actor=user,
        actor_role=actor,
        agency=agency,
        visibility=clamp_visibility(report, visibility or default_visibility(report)),
        status_from=before,
        status_to=target,
        reason=reason,
        payload=payload or {},
        at=now,
    )
    refresh(report)
    return event


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
    """Recompute due dates and the search text, then save the report."""
    store_due_dates(report, get_calendar())
    report.search_text = search.document_text(report)
    report.save()
    search.index(report)
    insights_facts.sync_report(report)  # the statistics' fact row, in the same transaction
