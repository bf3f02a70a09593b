"""A report's history as people read it: what each step is called and who took it.

Both faces read from here (the web's staff page, tracking page and public page; the API's bodies), with
the labels registered once in pintu.complaints.events. The reporter is never named, on any face: a
report may be anonim, and a reporter's step says only "Pelapor".
"""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pintu.cases.events import event_label
from pintu.complaints import events as _registered  # noqa: F401 (registers the report's event kinds)
from pintu.complaints.models import STATUS_LABELS
from pintu.complaints.workflow import Actor
from pintu.history.selectors import events_visible_to

CASE_TYPE = "report"

#: What the role of an event's actor is called on the staff timeline.
ACTOR_LABELS = {
    Actor.REPORTER: gettext_lazy("Pelapor"),
    Actor.SYSTEM: gettext_lazy("Sistem"),
    Actor.ADMIN: gettext_lazy("Admin instansi"),
    Actor.OPD: gettext_lazy("OPD"),
    "staff": gettext_lazy("Petugas"),
}


def actor_text(event) -> str:
    """The officer's name and role ("Budi · Admin instansi"); a reporter is always just "Pelapor"."""
    if event.actor_role == Actor.REPORTER:
        return str(ACTOR_LABELS[Actor.REPORTER])  # never the reporter's name: the report may be anonim
    role = str(ACTOR_LABELS.get(event.actor_role, ""))
    who = (event.actor.get_full_name() or event.actor.get_username()) if event.actor else ""
    return " · ".join(part for part in (who, role) if part) or str(ACTOR_LABELS[Actor.SYSTEM])


def with_labels(events) -> list:
    """The events with `.label`, `.status_label` and `.detail`, as the reporter and the public read them.

    Never an actor: these pages and bodies do not say who took a step.
    """
    events = list(events)
    for event in events:
        event.label = event_label(event)
        event.status_label = STATUS_LABELS.get(event.status_to, "") if event.status_to else ""
        rating = event.payload.get("rating") if event.kind == "rated" else None
        event.detail = _("Nilai %(n)s dari 5") % {"n": rating} if rating else ""
    return events


def staff_events(user, report) -> list:
    """Every event of `report` that `user` may see, oldest first, with `.label` and `.actor_text`."""
    events = list(
        events_visible_to(user)
        .filter(case_type=CASE_TYPE, case_id=report.pk)
        .select_related("actor", "agency")
        .order_by("at", "pk")
    )
    for event in events:
        event.label = event_label(event)
        event.actor_text = actor_text(event)
    return events
