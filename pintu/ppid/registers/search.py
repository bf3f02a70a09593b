"""Full-text search over the DIP.

`DipItem.search_text` holds `pintu.textnorm.search_text()` of the item's title, summary, section,
holder and agency: lowercase Indonesian stems joined by single spaces, so "laporan keuangan" finds
"Ringkasan Laporan Keuangan" and "pengadaan" finds "Rencana Umum Pengadaan". A query goes through
the same normaliser and an item matches when EVERY term starts a word of its search text.

That is a plain `__contains` filter per term on " " + search_text (a table scan, case-sensitive on
already-normalised text; no `icontains`, no FTS index). A DIP has tens to a few thousand rows per
Pemkab, where a scan costs well under a millisecond per row; if it ever grows past that, move it to
the FTS5/GIN approach of pintu.complaints.search. Search only narrows a queryset that already came
from a visibility function.
"""

from django.db.models import QuerySet, TextField, Value
from django.db.models.functions import Concat

from pintu.textnorm import search_terms, search_text


def document_text(item) -> str:
    agency = item.agency
    parts = [item.title, item.summary, item.section, item.holder, agency.name, agency.short_name]
    return search_text("\n".join(p for p in parts if p))


def filter_matching(qs: QuerySet, query: str) -> QuerySet:
    """Items of `qs` where every term of `query` begins a word of the search text. Empty query: all."""
    terms = search_terms(query or "")
    if not terms:
        return qs
    qs = qs.annotate(_words=Concat(Value(" "), "search_text", output_field=TextField()))
    for term in terms:
        qs = qs.filter(_words__contains=f" {term}")
    return qs
