"""The lists opened from a workspace card, for every case type: a card's number and the list its link opens are
one figure, counted and selected by one queryset function (pintu.complaints.figures, pintu.ppid.requests.figures,
pintu.ppid.objections.figures; the cards themselves: pintu.site.workspace)."""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import QuerySet

#: "Recently changed": the status changed within this many days (every case type's card).
RECENT_DAYS = 7


@dataclass(frozen=True)
class Section:
    """A list opened from a workspace card (`?kartu=` or an inbox `?tab=`): the card's label, which heads the
    list, and its cases, narrowed from the officer's own by `select(cases, today, now)`."""

    text: str  # lazy; %(n)s stands for RECENT_DAYS where the label names the days
    select: Callable[[QuerySet, datetime.date, datetime.datetime], QuerySet]

    @property
    def label(self) -> str:
        return str(self.text) % {"n": RECENT_DAYS}


def changed_recently(cases: QuerySet, now: datetime.datetime) -> QuerySet:
    """Cases whose status changed within RECENT_DAYS (every case type keeps `status_changed_at`)."""
    return cases.filter(status_changed_at__gte=now - datetime.timedelta(days=RECENT_DAYS))


#: The query parameter naming the card whose list a register shows.
CARD_PARAM = "kartu"


def card_section(request, sections: dict[str, Section]) -> Section | None:
    """The section `?kartu=` names among `sections` (None: the whole register, as without it)."""
    return sections.get(request.GET.get(CARD_PARAM, ""))


def card_context(request, sections: dict[str, Section], cases: QuerySet) -> dict:
    """For a register page: the card's label and its count (the list's total, the card's number)."""
    section = card_section(request, sections)
    if section is None:
        return {}
    return {"card_label": section.label, "card_count": cases.count()}
