"""Small-count suppression for everything the public sees (transparency page, open data, API).

Rules (docs/insights.md explains why):
1. Primary: a count from 1 to k-1 (k = settings.PINTU_STATS_MIN_CELL, default 5) is replaced by
   `Suppressed(k)`, shown as "<5". Zero is shown: it identifies nobody.
   Every other hidden value (rules 2 and 3) is shown as the marker "*", never as "<5": a percentage,
   a median or a rating shown as "<5" would read as a real (small) value (issue #19). Each table and
   list of key figures holding a hidden value carries a footnote explaining its markers (`footnotes`).
2. Complementary: every count column of a table adds up to a published total, so if exactly one
   cell of a column is suppressed the smallest other non-zero cell of that column is suppressed
   too; one hidden cell could otherwise be recovered as total minus the rest.
3. Derived values (rates, medians, per-1,000) are suppressed when the counts they rest on
   (`Table.basis`) add up to less than k or any of those counts is itself suppressed.
4. Rows that exist only because of a small count (a repeating place, a growing topic) are dropped.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from pintu.insights.dashboard import Section
from pintu.insights.tables import COUNT, LABEL, Table

DROP_SMALL_ROWS = {"repeating_places": "reports", "growing_categories": "current"}


#: Why a value is hidden: a small count itself (shown "<k"), a count hidden so that a small one cannot be
#: worked out from the total, or a rate/median/rating resting on fewer than k cases (both shown "*").
SMALL, PROTECTS, FEW_CASES = "small", "protects", "few_cases"
HIDDEN_MARK = "*"


@dataclass(frozen=True)
class Suppressed:
    """A hidden value. A small count renders as "<k", anything else as "*"; JSON carries the same string,
    CSV an empty cell (a number column holds numbers only), the footnote says what the marks mean."""

    k: int
    why: str = SMALL

    def __str__(self) -> str:
        return f"<{self.k}" if self.why == SMALL else HIDDEN_MARK


def footnotes(values, k: int | None = None) -> list[str]:
    """The footnotes for the markers among `values` (cells of a table, key figure values), in words."""
    k = k or min_cell()
    reasons = {value.why for value in values if isinstance(value, Suppressed)}
    notes = []
    if SMALL in reasons:
        notes.append(_("<%(k)s: antara 1 dan %(last)s kasus. Jumlah sekecil ini tidak ditampilkan agar tidak ada "
                       "orang yang dapat dikenali.") % {"k": k, "last": k - 1})  # fmt: skip
    if reasons - {SMALL}:
        notes.append(_("%(mark)s: tidak ditampilkan. Persentase, median, atau nilai yang dihitung dari kurang dari "
                       "%(k)s kasus tidak dapat diandalkan; sebuah jumlah juga disembunyikan bila jumlah kecil lain "
                       "dapat dihitung dari totalnya.") % {"mark": HIDDEN_MARK, "k": k})  # fmt: skip
    return notes


def table_footnotes(table: Table, k: int | None = None) -> list[str]:
    return footnotes([value for row in table.rows for value in row], k)


def min_cell() -> int:
    return max(1, int(getattr(settings, "PINTU_STATS_MIN_CELL", 5)))


def is_small(value, k: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < k


def _basis_total(row: list, table: Table, basis: str) -> tuple[int, bool]:
    """(sum of the basis counts, whether any of them is suppressed)."""
    total, hidden = 0, False
    for key in basis.split("+"):
        value = row[table.column_index(key)]
        if isinstance(value, Suppressed):
            hidden = True
        elif isinstance(value, int):
            total += value
    return total, hidden


def suppress_table(table: Table, k: int | None = None) -> Table:
    k = k or min_cell()
    rows = [list(row) for row in table.rows]
    drill = list(table.drill)
    drop_key = DROP_SMALL_ROWS.get(table.key)
    if drop_key:
        index = table.column_index(drop_key)
        keep = [i for i, row in enumerate(rows) if not (isinstance(row[index], int) and row[index] < k)]
        rows, drill = [rows[i] for i in keep], [drill[i] for i in keep if i < len(drill)]
    for index, column in enumerate(table.columns):
        if column.kind != COUNT:
            continue
        small = [i for i, row in enumerate(rows) if is_small(row[index], k)]
        for i in small:
            rows[i][index] = Suppressed(k)
        if len(small) == 1:
            others = sorted(
                (row[index], str(row[0]), i) for i, row in enumerate(rows)
                if isinstance(row[index], int) and not isinstance(row[index], bool) and row[index] > 0
            )  # fmt: skip
            if others:
                rows[others[0][2]][index] = Suppressed(k, PROTECTS)
    for key, basis in table.basis.items():
        index = table.column_index(key)
        for row in rows:
            total, hidden = _basis_total(row, table, basis)
            if row[index] is not None and (hidden or total < k):
                row[index] = Suppressed(k, FEW_CASES)
    return Table(
        key=table.key, title=table.title, columns=table.columns, rows=rows, chart=table.chart, unit=table.unit,
        note=table.note, drill=[None] * len(rows), basis=table.basis, extra=table.extra,
    )  # fmt: skip


def suppress_key_figures(figures: list, k: int | None = None) -> list:
    """Key figures: small counts hidden; rates and durations on fewer than k cases hidden."""
    k = k or min_cell()
    result = []
    for figure in figures:
        value = figure.value
        if figure.kind == COUNT and is_small(value, k):
            value = Suppressed(k)
        elif figure.kind not in (COUNT, LABEL) and value is not None and (figure.basis or 0) < k:
            value = Suppressed(k, FEW_CASES)
        result.append(type(figure)(figure.key, figure.label, value, figure.kind, figure.basis))
    return result


def suppress_section(section, k: int | None = None):
    k = k or min_cell()
    return Section(suppress_key_figures(section.key_figures, k), [suppress_table(t, k) for t in section.tables])
