"""Case types known to the history.

Each app that owns a kind of case registers it once, in its AppConfig.ready():

    register_case_type("report", Report, visible_ids=report_ids_visible_to,
                       reporter_ids=report_ids_of_reporter)

`visible_ids(user)` returns a queryset of case primary keys the user may see as staff;
`reporter_ids(user)` those the user filed (to see reporter-visible events); `public_ids()` those
the public may see at all (a rahasia report's events are never public, whatever their visibility).
The event selector combines them, so the event list never decides visibility on its own.

A higher app that must follow every recorded event registers a listener once, in its ready():

    on_event_recorded(audit_event)      # pintu.audit: every event also goes into the audit chain

`record_event` calls the listeners with (event, case) inside the caller's transaction.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models


@dataclass(frozen=True)
class CaseType:
    label: str
    model: type[models.Model]
    visible_ids: Callable  # (user) -> QuerySet of pks the user may see as a handler
    reporter_ids: Callable  # (user) -> QuerySet of pks the user filed
    public_ids: Callable  # () -> QuerySet of pks the public may see


_CASE_TYPES: dict[str, CaseType] = {}


def register_case_type(label: str, model, *, visible_ids, reporter_ids=None, public_ids=None) -> None:
    """`reporter_ids` left out: no one files a case of this type and follows it; `public_ids` left out: no
    case of this type is public."""
    existing = _CASE_TYPES.get(label)
    if existing and existing.model is not model:
        raise ValueError(f"case type {label!r} already registered for {existing.model.__name__}")

    def none(*_user):
        return model.objects.none().values("pk")

    _CASE_TYPES[label] = CaseType(label, model, visible_ids, reporter_ids or none, public_ids or none)


def unregister_case_type(label: str) -> None:
    _CASE_TYPES.pop(label, None)


def case_types() -> list[CaseType]:
    return list(_CASE_TYPES.values())


def case_type_of(case: models.Model) -> CaseType:
    for case_type in _CASE_TYPES.values():
        if isinstance(case, case_type.model):
            return case_type
    raise LookupError(f"{type(case).__name__} is not a registered case type")


_EVENT_LISTENERS: list[Callable] = []


def on_event_recorded(listener: Callable) -> Callable:
    """Call `listener(event, case)` after each event is saved, inside the same transaction."""
    if listener not in _EVENT_LISTENERS:
        _EVENT_LISTENERS.append(listener)
    return listener


def event_listeners() -> list[Callable]:
    return list(_EVENT_LISTENERS)
