"""ONE registry of event kinds and what each is called, per case type.

Every kind a service records (`record_event(case, kind, ...)`) is registered here once, in the case
type's own module, with a translatable label; the staff timeline, the citizen's tracking page, the API
and the exports all read the label from here, so no page shows a raw code ("disposition_note") and no
face keeps its own dict. A test walks the registry and the services' recorded kinds.

    register_event_kinds("report", {"verify": _("Diverifikasi"), ...})
    event_label(event)            # by the event's case_type and kind
    label_for("report", "verify")
"""

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _

_KINDS: dict[str, dict[str, object]] = {}

#: Shown for a kind nobody registered (a bug the registry test catches); never the raw code.
UNKNOWN = _("Catatan")


def register_event_kinds(case_type: str, labels: Mapping[str, object]) -> None:
    """Add (or relabel) kinds of `case_type`; call at import of the case type's events module."""
    _KINDS.setdefault(case_type, {}).update(labels)


def label_for(case_type: str, kind: str):
    return _KINDS.get(case_type, {}).get(kind, UNKNOWN)


def event_label(event) -> str:
    return str(label_for(event.case_type, event.kind))


def is_registered(case_type: str, kind: str) -> bool:
    return kind in _KINDS.get(case_type, {})


def registered_kinds(case_type: str | None = None) -> dict[str, dict[str, object]] | dict[str, object]:
    if case_type is None:
        return {ct: dict(kinds) for ct, kinds in _KINDS.items()}
    return dict(_KINDS.get(case_type, {}))
