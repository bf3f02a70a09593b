"""How an information request changes status: THE table (workflow.MACHINE), then the due dates, the
statistics announcement and the save, through the one `pintu.cases.transitions.apply_transition`.

Every status change of a request (services.py, conversion.py) calls `move`; a new request (intake.py,
conversion.py) gets the same `refresh` when it is first stored.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy

from pintu.cases.hooks import CASE_CHANGED
from pintu.cases.machine import TransitionError
from pintu.cases.transitions import Lifecycle, apply_transition
from pintu.history.models import Event, Visibility
from pintu.ppid.requests import clocks
from pintu.ppid.requests.models import InformationRequest
from pintu.ppid.requests.workflow import MACHINE
from pintu.workdays.calendar import get_calendar


def refresh(request: InformationRequest) -> None:
    """Due dates from the calendar, save, and tell the listeners (e.g. the statistics' fact row)."""
    clocks.store_due_dates(request, get_calendar())
    request.save()
    CASE_CHANGED.announce(request)  # pintu.insights listens; same transaction


LIFECYCLE = Lifecycle(
    "info_request",
    MACHINE,
    refresh=refresh,
    visibility=lambda request, asked: asked or Visibility.REPORTER,  # the requester follows every step
    not_allowed=gettext_lazy("Tindakan ini tidak dapat dilakukan pada permohonan berstatus %(status)s."),
)


def locked(request: InformationRequest) -> InformationRequest:
    return (
        InformationRequest.objects.select_for_update(of=("self",)).select_related("assigned_agency").get(pk=request.pk)
    )


def move(request: InformationRequest, action: str, *, actor, user, reason: str = "", payload=None,
         visibility: str | None = None, at=None) -> Event:  # fmt: skip
    """Move `request` along the table, append the event, recompute its due dates, announce, save."""
    return apply_transition(LIFECYCLE, request, action, actor=actor, user=user, reason=reason, payload=payload,
                            visibility=visibility, agency=request.assigned_agency, at=at)  # fmt: skip


def check(request: InformationRequest, action: str, actor) -> None:
    """The table allows `action` by `actor` now, or the same ValidationError `move` would raise (used before
    work that must not be done for nothing, e.g. rendering the notice PDF)."""
    try:
        MACHINE.transition(request.status, action, actor)
    except TransitionError:
        raise ValidationError(str(LIFECYCLE.not_allowed) % {"status": request.status_label}) from None
