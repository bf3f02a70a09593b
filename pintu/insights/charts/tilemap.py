"""Tile-grid choropleth: one equal square per area placed on a rough grid of its geography.

A tile grid trades exact borders for equal visibility of every kecamatan and needs no map data,
no projection and no JavaScript. Positions come from Area.map_row/map_col (editable in the admin).
Each tile prints its name and value; classes are sequential shades with a legend of ranges, and
"no data" is hatched, so the map reads without distinguishing colours.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

from django.utils.safestring import SafeString
from django.utils.translation import gettext

from pintu.insights.charts.bars import empty_body
from pintu.insights.charts.fluid import NARROW, anchored, pct
from pintu.insights.charts.svg import (
    CHAR_WIDTH,
    INK,
    MAP_SHADES,
    Frame,
    Number,
    ValueFormat,
    chart_id,
    finite,
    format_value,
    hatch_def,
    ink_on,
    num,
    summary,
    text,
    tooltip,
    truncate,
)
from pintu.insights.charts.tile_labels import wrap

#: A tile's height (px). Its width is a share of the chart's width: the map is fluid (`charts/fluid.py`), as wide as
#: its box (capped by CSS, static/css/insights.css), so a 320 px phone shows all of it without scrolling
#: (stranger check, 2026-12-07: drawn at 444 px, the map's box scrolled sideways on a phone).
TILE = 84
GAP = 4  # between rows (px)
GAP_SHARE = 0.01  # between columns, as a share of the chart's width
LABEL_SIZE = 12  # issue #19: no chart text under 12 px (fluid: 12 px at every width)
LINE = 13
#: A name's glyph width as a share of the font size, planned wide: Chromium's default sans prints "Rambang" at 12 px
#: 57 px wide (0.68); CHAR_WIDTH (0.58) put it over the edge of a 55 px tile.
NAME_WIDTH = 0.68
PAD = 2  # room kept at each side of a tile's text (px)
#: The narrowest box the labels are planned for: a 320 px phone's chart box (288 px) plus a little.
PLANNED = NARROW - 12
#: The widest the map is drawn (CSS: `svg.chart-map`'s max-width, 28rem), reached from a 30rem (480 px) screen up,
#: where static/css/insights.css shows the names planned for it instead (`tile-wide`, fewer hyphens).
WIDE = 448


def classify(
    values: Sequence[Number | None] | Mapping[Hashable, Number | None],
    classes: int = 5,
    breaks: Sequence[Number] | None = None,
) -> list[float]:
    """Upper bounds of every class but the last (ascending, distinct).

    Explicit ``breaks`` are cleaned and sorted; otherwise equal-count (quantile) classes over the
    values that are present, merged where they coincide (few distinct values give fewer classes).
    """
    if breaks is not None:
        cleaned = sorted({b for b in (finite(v) for v in breaks) if b is not None})
        return cleaned[: len(MAP_SHADES) - 1]
    items = values.values() if isinstance(values, Mapping) else values
    numbers = sorted(v for v in (finite(x) for x in items) if v is not None)
    count = max(1, min(int(classes), len(MAP_SHADES)))
    if not numbers or count == 1:
        return []
    bounds: list[float] = []
    for i in range(1, count):
        bound = numbers[
            min(len(numbers) - 1, (len(numbers) * i) // count - (1 if (len(numbers) * i) % count == 0 else 0))
        ]
        if bound < numbers[-1] and (not bounds or bound > bounds[-1]):
            bounds.append(bound)
    return bounds


def class_of(value: float, bounds: Sequence[float]) -> int:
    for index, bound in enumerate(bounds):
        if value <= bound:
            return index
    return len(bounds)


def shades_for(count: int) -> list[str]:
    """`count` shades spread over MAP_SHADES, light to dark."""
    if count <= 1:
        return [MAP_SHADES[3]]
    last = len(MAP_SHADES) - 1
    return [MAP_SHADES[round(i * last / (count - 1))] for i in range(count)]


def range_labels(bounds: Sequence[float], value_format: ValueFormat, unit: str) -> list[str]:
    if not bounds:
        return [gettext("Semua nilai")]
    shown = [format_value(b, value_format, unit) for b in bounds]
    labels = [f"≤ {shown[0]}"]
    labels += [f"> {shown[i - 1]} – {shown[i]}" for i in range(1, len(shown))]
    labels.append(f"> {shown[-1]}")
    return labels


def names(label: str, chars: int, wide_chars: int, y: float, ink: str) -> list[str]:
    """A tile's name wrapped for a phone and, where a desktop's tile wraps it otherwise, a second time for the
    desktop (hidden by its `display` attribute until the stylesheet's media query shows it instead)."""
    narrow, wide = wrap(label, chars), wrap(label, wide_chars)

    def lines(wrapped: list[str]) -> str:
        return "".join(text(0, y + 15 + n * LINE, line, size=LABEL_SIZE, anchor="middle", fill=ink)
                       for n, line in enumerate(wrapped))  # fmt: skip

    if wide == narrow:
        return [lines(narrow)]
    return [f'<g class="tile-narrow">{lines(narrow)}</g>', f'<g class="tile-wide" display="none">{lines(wide)}</g>']


def tile_map(
    values: Mapping[Hashable, Number | None],
    tiles: Sequence[tuple[Hashable, str, int | None, int | None]],
    *,
    title: str,
    desc: str = "",
    classes: int = 5,
    breaks: Sequence[Number] | None = None,
    value_format: ValueFormat = None,
    unit: str = "",
    no_data_label: str | None = None,
    show_values: bool = True,
    id_prefix: str | None = None,
) -> SafeString:
    """Tile-grid choropleth of `values` over `tiles` (area_id, label, row, col)."""
    no_data_label = gettext("Tidak ada data") if no_data_label is None else str(no_data_label)
    placed = [
        (area_id, str(label), row, col)
        for area_id, label, row, col in tiles
        if isinstance(row, int)
        and isinstance(col, int)
        and row >= 0
        and col >= 0
        and not isinstance(row, bool)
        and not isinstance(col, bool)
        and row < 1000
        and col < 1000
    ]
    tile_values = {area_id: finite(values.get(area_id)) for area_id, *_ in placed}
    bounds = classify(list(tile_values.values()), classes, breaks)
    shades = shades_for(len(bounds) + 1)
    cid = chart_id(id_prefix, "tilemap", title, placed, sorted(map(repr, tile_values.items())), bounds)
    data_summary = summary(
        (label, format_value(tile_values[area_id], value_format, unit))
        for area_id, label, _, _ in sorted(placed, key=lambda t: (t[2], t[3]))
    )
    hatch, hatch_fill = hatch_def(cid)
    frame = Frame("chart-map", title, desc, data_summary, cid)
    if not placed:
        return frame.document(NARROW, 120, empty_body(NARROW, 120, fluid=True), fluid=True)
    rows = max(row for _, _, row, _ in placed) + 1
    cols = max(col for _, _, _, col in placed) + 1
    share = 1 / cols  # a column's share of the width; its tile leaves GAP_SHARE of the width free
    chars, wide_chars = (max(2, int((box * (share - GAP_SHARE) - 2 * PAD) / (LABEL_SIZE * NAME_WIDTH)))
                         for box in (PLANNED, WIDE))  # fmt: skip
    body = []
    for area_id, label, row, col in placed:
        y = GAP + row * (TILE + GAP)
        value = tile_values[area_id]
        fill = hatch_fill if value is None else shades[class_of(value, bounds)]
        ink = INK if value is None else ink_on(fill)
        shown = format_value(value, value_format, unit) if value is not None else no_data_label
        parts = [
            f'<g class="chart-tile">{tooltip(f"{label}: {shown}")}',
            f'<rect x="{pct(col * share + GAP_SHARE / 2)}" y="{num(y)}" width="{pct(share - GAP_SHARE)}" '
            f'height="{TILE}" fill="{fill}" stroke="{INK}" stroke-width="0.75"/>',
        ]
        words = names(label, chars, wide_chars, y, ink)
        if show_values and value is not None:
            words.append(text(0, y + TILE - 12, truncate(shown, chars), anchor="middle", fill=ink, weight="700"))
        elif show_values:  # the no-data words on a white band over the hatching, or a dash (see the legend)
            lines = wrap(shown, chars, lines=1)  # one line: a name may take four
            if lines[0].endswith(("…", "-")):
                lines = ["–"]
            top = y + TILE - 8 - LINE * len(lines)
            band = PAD + LABEL_SIZE * CHAR_WIDTH * max(map(len, lines))
            words.append(f'<rect x="{num(-band / 2)}" y="{num(top)}" width="{num(band)}" '
                         f'height="{LINE * len(lines) + 4}" fill="#fff"/>')  # fmt: skip
            words += [text(0, top + 12 + n * LINE, line, anchor="middle", fill=ink) for n, line in enumerate(lines)]
        parts += [anchored(col * share + share / 2, words), "</g>"]
        body.append("".join(parts))
    legend_top = rows * (TILE + GAP) + GAP + 10
    legend_entries = list(zip(range_labels(bounds, value_format, unit), shades, strict=True))
    legend_entries.append((no_data_label, hatch_fill))
    legend_chars = int((PLANNED - GAP - 32) / (LABEL_SIZE * CHAR_WIDTH))
    for index, (label, fill) in enumerate(legend_entries):
        y = legend_top + index * 22
        body.append(
            f'<rect x="{GAP}" y="{num(y)}" width="24" height="16" fill="{fill}" stroke="{INK}" stroke-width="0.75"/>'
        )
        body.append(text(GAP + 32, y + 8, truncate(label, legend_chars), baseline="middle"))
    height = legend_top + len(legend_entries) * 22 + 6
    return frame.document(PLANNED, height, body, defs=[hatch], fluid=True)
