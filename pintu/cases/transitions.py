"""ONE way a case changes status: check the table, require the reason, append the event, refresh.

Each case type describes its lifecycle once (its Machine, how to refresh a case after a change:
clocks, search text, statistics announcement, save; and which visibility its status events get) and
its services call `apply_transition(LIFECYCLE, case, action, ...)`:

    LIFECYCLE = Lifecycle("report", MACHINE, refresh=refresh, visibility=status_event_visibility)
    apply_transition(LIFECYCLE, report, Action.VERIFY, actor=Actor.ADMIN, user=user)

The event is appended before `refresh` runs, so clocks and figures computed in `refresh` see it.
Call it inside the service's transaction, on a row locked with select_for_update.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pintu.cases.machine import Machine, TransitionError
from pintu.history.models import Event, Visibility
from pintu.history.services import record_event


def _as_given(case, visibility: str | None) -> str:
    return visibility or Visibility.INTERNAL


def _itself(case):
    return case


@dataclass(frozen=True)
class Lifecycle:
    label: str  # the history case type ("report", "info_request", ...)
    machine: Machine
    refresh: Callable  # (case) -> None: recompute clocks, search text, statistics; save the case
    visibility: Callable = _as_given  # (case, requested visibility or None) -> the visibility to record
    not_allowed: object = gettext_lazy("Tindakan ini tidak dapat dilakukan pada kasus berstatus %(status)s.")
    #: (case) -> the case whose history records the event: itself, or e.g. a dispute's objection (a dispute
    #: has a status of its own but no history: its stages are told in the objection's).
    history_case: Callable = _itself


def require_reason(lifecycle: Lifecycle, action: str, reason: str) -> str:
    """The reason, stripped; a ValidationError on `reason` when the action needs one and none is given."""
    reason = (reason or "").strip()
    if lifecycle.machine.reason_required(action) and not reason:
        raise ValidationError({"reason": _("Tuliskan alasannya.")})
    return reason


def status_label(case) -> str:
    return str(getattr(case, "status_label", case.status))


def apply_transition(
    lifecycle: Lifecycle,
    case,
    action: str,
    *,
    actor: str,
    user=None,
    reason: str = "",
    visibility: str | None = None,
    payload: dict | None = None,
    kind: str | None = None,
    agency=None,
    at=None,
) -> Event:
    """Move `case` along its table, append the event (kind defaults to the action), refresh and save."""
    reason = require_reason(lifecycle, action, reason)
    try:
        target = lifecycle.machine.transition(case.status, action, actor)
    except TransitionError:
        raise ValidationError(str(lifecycle.not_allowed) % {"status": status_label(case)}) from None
    now = at or timezone.now()
    before = case.status
    case.status = target
    case.status_changed_at = now
    event = record_event(
        lifecycle.history_case(case),
        kind or str(action),
        actor=user,
        actor_role=str(actor),
        agency=agency,
        visibility=lifecycle.visibility(case, visibility),
        status_from=before,
        status_to=target,
        reason=reason,
        payload=payload or {},
        at=now,
    )
    lifecycle.refresh(case)
    return event
