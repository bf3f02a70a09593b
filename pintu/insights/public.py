"""What the public sees: the same figures as the dashboard for the whole Pemkab, with rahasia
reports left out and small counts suppressed (pintu.insights.suppression). Used by the
transparency page, the open data files and the API, so all three agree (`open_data_document` is the
whole page as one JSON document, for the open data download and the API's summary)."""

from dataclasses import dataclass

from pintu.insights import exports
from pintu.insights.dashboard import Section, complaint_tables
from pintu.insights.filters import Filters
from pintu.insights.ppid_dashboard import ppid_tables
from pintu.insights.scope import PUBLIC_SCOPE
from pintu.insights.suppression import min_cell, suppress_section


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
