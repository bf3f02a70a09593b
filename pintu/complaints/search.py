"""Full-text search over reports, for Indonesian text.

Both databases index the same pre-processed text: `pintu.textnorm.search_text()` normalises slang,
abbreviations and repeated letters and stems Indonesian words, so "jalannya berlubang" finds
"lubang di jalan". SQLite (embedded) keeps it in an FTS5 table; PostgreSQL in a GIN index over
to_tsvector('simple', search_text) (migration 0002). Search only narrows a queryset that already
came from a visibility function; it never widens it.
"""

from django.db import connection
from django.db.models import QuerySet
from django.db.models.expressions import RawSQL

from pintu.textnorm import search_terms, search_text

FTS_TABLE = "complaints_report_fts"


def document_text(report) -> str:
    """What the index holds of `report`: its PUBLIC title and text only (personal data replaced by markers,
    pintu.complaints.public_text), so no search, public or staff, finds a report by a NIK or a phone."""
    return search_text(f"{report.public_title}\n{report.public_text}")


def index(report) -> None:
    """Keep the SQLite FTS5 row of `report` in step (PostgreSQL indexes the column itself)."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [report.pk])  # noqa: S608 (constant)
        cursor.execute(f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (%s, %s)", [report.pk, report.search_text])  # noqa: S608


def _sqlite_expr(terms: list[str], any_term: bool) -> str:
    return (" OR " if any_term else " AND ").join(f'"{t}"*' for t in terms)


def _postgres_expr(terms: list[str], any_term: bool) -> str:
    return (" | " if any_term else " & ").join(f"{t}:*" for t in terms)


def filter_matching(qs: QuerySet, query: str, *, any_term: bool = False) -> QuerySet:
    """Reports in `qs` matching `query` (all terms, or any term). An empty query matches all."""
    terms = search_terms(query)
    if not terms:
        return qs
    if connection.vendor == "sqlite":
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"  # noqa: S608 (constant)
        return qs.filter(pk__in=RawSQL(sql, [_sqlite_expr(terms, any_term)]))  # noqa: S611 (parameterised)
    return qs.extra(  # noqa: S610 (parameterised; matches the GIN index expression exactly)
        where=["to_tsvector('simple', complaints_report.search_text) @@ to_tsquery('simple', %s)"],
        params=[_postgres_expr(terms, any_term)],
    )
