"""Related and duplicate reports, fast at a million stored reports (complaints' own finder; routing's
pure ``core.similar`` does the re-ranking).

Two steps, never a scan of every text:
1. candidates from the database full-text index, over OPEN reports of the same kecamatan submitted in
   the last ``conf.related_window_days()`` days, newest first, at most ``CANDIDATES`` rows, reading only
   (pk, search_text). The query words are the RAREST stems of the text (document frequencies from
   SQLite's fts5vocab view of the index; on PostgreSQL the first distinct stems). First pass: reports
   sharing at least two of the ``PAIR_TERMS`` rarest stems (an OR of AND-pairs: selective, and a
   near-duplicate missing a word or two still matches). Only when that finds fewer than ``limit``
   reports, a second pass takes any report sharing any of the ``QUERY_TERMS`` rarest stems
   (``search.filter_matching(any_term=True)``);
2. re-ranking in Python: TF-IDF cosine of stem uni/bi-grams (``core.similar.rank_similar``).
Only the ``limit`` best are loaded as full objects, each with ``.score`` (0..1).
"""

from __future__ import annotations

import datetime

from django.db import connection
from django.db.models.expressions import RawSQL
from django.utils import timezone

from pintu.complaints.models import Report
from pintu.complaints.search import FTS_TABLE, filter_matching
from pintu.complaints.workflow import Status
from pintu.routing import conf
from pintu.routing.core.features import prepare
from pintu.routing.core.similar import rank_similar

CANDIDATES = 200
QUERY_TERMS = 12  # second pass: an OR of the rarest distinct stems
PAIR_TERMS = 6  # first pass: any two of the six rarest stems (15 AND-pairs)
VOCAB_TABLE = "routing_report_fts_vocab"  # routing's migration 0002 (SQLite): a view of FTS_TABLE


def _document_frequencies(terms: list[str]) -> dict[str, int]:
    marks = ",".join(["%s"] * len(terms))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT term, doc FROM {VOCAB_TABLE} WHERE term IN ({marks})", terms)  # noqa: S608
        return dict(cursor.fetchall())


def query_terms(stems: str, n: int = QUERY_TERMS) -> list[str]:
    """The ``n`` stems to search by: the rarest ones in the index (SQLite), else the first distinct ones."""
    terms = list(dict.fromkeys(stems.split()))
    if len(terms) <= n or connection.vendor != "sqlite":
        return terms[:n]
    df = _document_frequencies(terms)
    known = [t for t in terms if df.get(t)]  # a word no report contains cannot find a candidate
    return sorted(known, key=lambda t: df[t])[:n] or terms[:n]


def sharing_two_terms(qs, terms: list[str]):
    """Reports of ``qs`` whose indexed text contains at least two of ``terms`` (prefix match, like search)."""
    pairs = [(a, b) for i, a in enumerate(terms) for b in terms[i + 1 :]]
    if connection.vendor == "sqlite":
        expr = " OR ".join(f'("{a}"* AND "{b}"*)' for a, b in pairs)
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"  # noqa: S608 (constant)
        return qs.filter(pk__in=RawSQL(sql, [expr]))  # noqa: S611 (parameterised)
    expr = " | ".join(f"({a}:* & {b}:*)" for a, b in pairs)
    return qs.extra(  # noqa: S610 (parameterised; the same expression as search.filter_matching)
        where=["to_tsvector('simple', complaints_report.search_text) @@ to_tsquery('simple', %s)"], params=[expr]
    )


CLOSED = (Status.SELESAI, Status.DIARSIPKAN)


def related_reports(
    report: Report | None = None,
    *,
    text: str | None = None,
    kecamatan=None,
    within=None,
    limit: int = 5,
    min_score: float = 0.1,
    now: datetime.datetime | None = None,
) -> list[Report]:
    """Open reports like ``report`` (or like ``text`` in ``kecamatan``), best first, each with ``.score``.

    ``within`` narrows the search to a queryset (e.g. ``public_reports()`` on the intake form or
    ``handled_by(user)`` on the staff page); it never widens it.
    """
    if report is not None:
        stems = report.search_text or prepare(f"{report.title}\n{report.text}").stems
        kecamatan = report.kecamatan_id
    else:
        stems = prepare(text or "").stems
    if not stems or kecamatan is None:
        return []
    since = (now or timezone.now()) - datetime.timedelta(days=conf.related_window_days())
    qs = within if within is not None else Report.objects.all()
    qs = qs.filter(kecamatan=kecamatan, submitted_at__gte=since).exclude(status__in=CLOSED)
    if report is not None:
        qs = qs.exclude(pk=report.pk)
    terms = query_terms(stems)
    rows = []
    if len(terms) >= 3:
        first = sharing_two_terms(qs, terms[:PAIR_TERMS]).order_by("-submitted_at")
        rows = list(first.values_list("pk", "search_text")[:CANDIDATES])
    if len(rows) < limit:
        second = filter_matching(qs, " ".join(terms), any_term=True).exclude(pk__in=[pk for pk, _ in rows])
        rows += list(second.order_by("-submitted_at").values_list("pk", "search_text")[: CANDIDATES - len(rows)])
    ranked = rank_similar(stems, rows, limit=limit, min_score=min_score)
    if not ranked:
        return []
    objects = Report.objects.select_related("kecamatan", "desa", "category", "assigned_agency").in_bulk(
        [pk for pk, _ in ranked]
    )
    out = []
    for pk, score in ranked:
        obj = objects[pk]
        obj.score = score
        out.append(obj)
    return out
