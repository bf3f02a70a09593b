"""Appending to a case's history: the only way events are written."""

from typing import Any

from django.db import models

from pintu.audit.services import audit
from pintu.history.integrity import event_hash
from pintu.history.models import Event, Visibility
from pintu.history.registry import case_type_of


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
    """Append one event to `case`'s history. Call it inside the service's transaction."""
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
    details = {"event": event.pk, "status_to": status_to, "content": event_hash(event)}  # audit_verify checks it
    audit(f"event.{kind}", actor=event.actor, target=case, details=details)
    return event
