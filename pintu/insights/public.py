"""What the public sees: the same figures as the dashboard for the whole Pemkab, with rahasia
reports left out and small counts suppressed (pintu.insights.suppression). Used by the
transparency page, the open data files and the API, so all three agree (`open_data_document` is the
whole page as one JSON document, for the open data download and the API's summary).

At 1,000,000 reports these figures take seconds to compute, and every event of every case changes them:
the default view of the page and the whole document are kept once for every server
(pintu.pagecache.shared) and may lag a change by PINTU_STATS_MAX_STALE seconds; each says when it was
computed (the page in words, the document in its Last-Modified header)."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from pintu import pagecache
from pintu.insights import exports
from pintu.insights.dashboard import Section, complaint_tables
from pintu.insights.filters import Filters
from pintu.insights.ppid_dashboard import ppid_tables
from pintu.insights.scope import PUBLIC_SCOPE
from pintu.insights.suppression import min_cell, suppress_section
from pintu.pagecache import shared

#: What the public statistics show: cases of every type (their events) and the directory's names.
SCOPES = (pagecache.REPORTS, pagecache.PPID, pagecache.DIRECTORY)


@dataclass
class PublicFigures:
    filters: Filters
    k: int
    complaints: Section
    ppid: Section

    def tables(self):
        return [*self.complaints.tables, *self.ppid.tables]

    def table(self, key: str):
        return next((t for t in self.tables() if t.key == key), None)


def public_figures(filters: Filters) -> PublicFigures:
    k = min_cell()
    return PublicFigures(
        filters=filters,
        k=k,
        complaints=suppress_section(complaint_tables(PUBLIC_SCOPE, filters), k),
        ppid=suppress_section(ppid_tables(PUBLIC_SCOPE, filters), k),
    )


def open_data_document(filters: Filters) -> dict:
    """Everything of the public page as one JSON document (also the API's summary)."""
    figures = public_figures(filters)

    def figure_records(section):
        return [{"key": f.key, "label": str(f.label), "value": exports.cell(f.value)} for f in section.key_figures]

    return {
        "period": {"start": filters.start.isoformat(), "end": filters.end.isoformat()},
        "filters": filters.params(),
        "min_cell": figures.k,
        "suppressed_as": f"<{figures.k}",
        "complaints": {"key_figures": figure_records(figures.complaints),
                       "tables": [exports.to_record(t) for t in figures.complaints.tables]},
        "ppid": {"key_figures": figure_records(figures.ppid),
                 "tables": [exports.to_record(t) for t in figures.ppid.tables]},
    }  # fmt: skip


def is_default_view(params, allowed: tuple[str, ...] = ()) -> bool:
    """No parameter but `allowed`: the view most visitors open, the only one kept in the shared store (its
    keys stay few; any filter is free input)."""
    return set(params) <= set(allowed)


def shared_figures(name: str, build, vary=(), *, fragment: bool = False):
    """`build()` from the shared store, at most PINTU_STATS_MAX_STALE seconds behind a change; a
    `fragment` is HTML, returned marked safe (pagecache.cached's rule)."""
    vary = [*vary, timezone.localdate()]  # the default period ends today
    get = shared.cached_shared if fragment else shared.shared_value
    return get(name, build, scopes=SCOPES, vary=vary, max_stale=settings.PINTU_STATS_MAX_STALE)


def current_document(filters: Filters, params) -> tuple[dict, datetime]:
    """(open_data_document, when it was computed): the default period's from the shared store, any other
    computed now."""
    if not is_default_view(params):
        return open_data_document(filters), timezone.now()
    found = shared_figures("statistics-data", lambda: {"document": open_data_document(filters), "at": timezone.now()})
    return found["document"], found["at"]
