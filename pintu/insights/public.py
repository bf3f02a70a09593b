"""What the public sees: the same figures as the dashboard for the whole Pemkab, with rahasia
reports left out and small counts suppressed (pintu.insights.suppression). Used by the
transparency page, the open data files and the API, so all three agree (`open_data_document` is the
whole page as one JSON document, for the open data download and the API's summary; `current_table` one
table's files, for the per-table downloads and the API's table).

At 1,000,000 reports these figures take seconds to compute, and every event of every case changes them:
the default view of the page and the open data (the whole document and every table's files) are kept once
for every server (pintu.pagecache.shared) and may lag a change by PINTU_STATS_MAX_STALE seconds; each says
when it was computed (the page in words, the files in their Last-Modified header)."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone

from pintu import pagecache
from pintu.insights import exports
from pintu.insights.dashboard import Section, complaint_tables
from pintu.insights.filters import FILTER_FIELDS, Filters, default_period
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
    return document_of(public_figures(filters))


def document_of(figures: PublicFigures) -> dict:
    filters = figures.filters

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
    """The view most visitors open, the only one kept in the shared store: no parameter but `allowed`, or
    parameters that name nothing but the default itself. The default page's own links carry its period
    (/statistik/data/<table>.csv?dari=<default start>&sampai=<today>), and the filter form sends empty
    fields: those are the default figures too. Everything accepted here maps to the one shared entry,
    so free input cannot fill the store; any other parameter, or another value, is a filtered view."""
    start, end = default_period()
    means_default = {"dari": ("", start.isoformat()), "sampai": ("", end.isoformat()),
                     **dict.fromkeys(FILTER_FIELDS, ("",))}  # fmt: skip
    return all(params.get(name) in means_default.get(name, ()) for name in set(params) - set(allowed))


def shared_figures(name: str, build, vary=(), *, fragment: bool = False):
    """`build()` from the shared store, at most PINTU_STATS_MAX_STALE seconds behind a change; a
    `fragment` is HTML, returned marked safe (pagecache.cached's rule)."""
    vary = [*vary, timezone.localdate()]  # the default period ends today
    get = shared.cached_shared if fragment else shared.shared_value
    return get(name, build, scopes=SCOPES, vary=vary, max_stale=settings.PINTU_STATS_MAX_STALE)


@dataclass
class TableFiles:
    """One table's open data files and when its figures were computed."""

    record: dict  # exports.to_record: the JSON file and the API's table
    csv: bytes  # exports.to_csv
    computed_at: datetime


def current_document(filters: Filters, params) -> tuple[dict, datetime]:
    """(open_data_document, when it was computed): the default period's from the shared store, any other
    computed now."""
    if not is_default_view(params):
        return open_data_document(filters), timezone.now()
    found = _shared_open_data(filters)
    return found["document"], found["at"]


def current_table(filters: Filters, params, key: str) -> TableFiles | None:
    """The files of the table `key` (None: no such table): the default period's from the shared store (the
    document's own record, the CSV written in the same computation), any other computed now."""
    if not is_default_view(params):
        table = public_figures(filters).table(key)
        if table is None:
            return None
        return TableFiles(exports.to_record(table), exports.to_csv(table), timezone.now())
    found = _shared_open_data(filters)
    if key not in found["csv"]:
        return None
    records = [*found["document"]["complaints"]["tables"], *found["document"]["ppid"]["tables"]]
    record = next(record for record in records if record["key"] == key)
    return TableFiles(record, found["csv"][key], found["at"])


def _shared_open_data(filters: Filters) -> dict:
    """The default view's open data, one computation for the document and every table's CSV. The CSV is
    kept as written (a few KB a table) rather than rebuilt from the record, where a hidden value and a name
    that reads "<5" or "*" look alike and the bytes could drift from the filtered downloads'."""

    def build():
        figures = public_figures(filters)
        csv = {}
        for table in figures.tables():  # the first table of a key, as PublicFigures.table
            csv.setdefault(table.key, exports.to_csv(table))
        return {"document": document_of(figures), "csv": csv, "at": timezone.now()}

    # not "statistics-data", the name of the entry without the CSV files (an older process may still store it)
    return shared_figures("statistics-open-data", build)
