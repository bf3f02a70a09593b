"""What each user may see of case histories.

- everyone: public events of cases the public may see;
- the reporter of a case: its public and reporter events;
- a handler who may see the case (as its case type decides): every event of it.
"""

from django.db.models import Q, QuerySet

from pintu.history.models import Event, Visibility
from pintu.history.registry import case_types


def events_visible_to(user) -> QuerySet[Event]:
    condition = Q(pk__in=[])
    for case_type in case_types():
        condition |= Q(case_type=case_type.label, case_id__in=case_type.public_ids(), visibility=Visibility.PUBLIC)
    if user is not None and user.is_authenticated:
        for case_type in case_types():
            condition |= Q(
                case_type=case_type.label,
                case_id__in=case_type.reporter_ids(user),
                visibility__in=[Visibility.PUBLIC, Visibility.REPORTER],
            )
            condition |= Q(case_type=case_type.label, case_id__in=case_type.visible_ids(user))
    return Event.objects.filter(condition).select_related("actor", "agency")


def public_timeline(case_type: str, case_id: int) -> QuerySet[Event]:
    """The public events of one case, none when the case is not public.

    Same answer as events_visible_to(AnonymousUser()).filter(case_type=..., case_id=...), but the
    case is checked alone: the general filter makes PostgreSQL hash every public case id (a million
    reports: about 350 ms a page view, measured by bench/run_all.py).
    """
    registered = next((ct for ct in case_types() if ct.label == case_type), None)
    if registered is None or not registered.public_ids().filter(pk=case_id).exists():
        return Event.objects.none()
    return (
        Event.objects.for_case(case_type, case_id)
        .filter(visibility=Visibility.PUBLIC)
        .select_related("actor", "agency")
    )


def timeline_for_reporter(case_type: str, case_id: int) -> QuerySet[Event]:
    """A case's timeline as its reporter sees it (also for guests who proved the tracking secret)."""
    return Event.objects.for_case(case_type, case_id).filter(
        visibility__in=[Visibility.PUBLIC, Visibility.REPORTER]
    )
