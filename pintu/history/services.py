"""Appending to a case's history: the only way events are written."""

from typing import Any

from django.db import models

from pintu.history.models import Event, Visibility
from pintu.history.registry import case_type_of, event_listeners


def record_event(
    case: models.Model,
    kind: str,
    *,
    actor=None,
    actor_role: str = "",
    agency=None,
    visibility: str = Visibility.INTERNAL,
    status_from: str = "",
    status_to: str = "",
    reason: str = "",
    payload: dict[str, Any] | None = None,
    at=None,
) -> Event:
    """Append one event to `case`'s history. Call it inside the service's transaction.

    The listeners registered with history.registry.on_event_recorded follow, in the same transaction
    (pintu.audit appends the event's audit entry: if the audit write fails, so does the event).
    """
    if visibility not in Visibility.values:
        raise ValueError(f"unknown visibility {visibility!r}")
    event = Event(
        case_type=case_type_of(case).label,
        case_id=case.pk,
        kind=kind,
        actor=actor if actor is not None and getattr(actor, "is_authenticated", False) else None,
        actor_role=actor_role,
        agency=agency,
        visibility=visibility,
        status_from=status_from,
        status_to=status_to,
        reason=reason,
        payload=payload or {},
    )
    if at is not None:
        event.at = at
    event.save()
    for listener in event_listeners():
        listener(event, case)
    return event
