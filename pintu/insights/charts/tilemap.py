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
from pintu.insights.charts.svg import (
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

TILE = 84
GAP = 4
LABEL_SIZE = 12  # issue #19: no chart text under 12 px (the chart is drawn at its own size)
LABEL_CHARS = int((TILE - 8) / (LABEL_SIZE * 0.58))


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


def wrap(label: str, chars: int, lines: int = 2) -> list[str]:
    """Split a name over up to `lines` lines of `chars` characters, shortening the last."""
    words, out, current = " ".join(str(label).split()).split(" "), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if len(candidate) <= chars or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    out.append(current)
    if len(out) > lines:
        out = out[: lines - 1] + [" ".join(out[lines - 1 :])]
    return [truncate(line, chars) for line in out]


def range_labels(bounds: Sequence[float], value_format: ValueFormat, unit: str) -> list[str]:
    if not bounds:
        return [gettext("Semua nilai")]
    shown = [format_value(b, value_format, unit) for b in bounds]
    labels = [f"≤ {shown[0]}"]
    labels += [f"> {shown[i - 1]} – {shown[i]}" for i in range(1, len(shown))]
    labels.append(f"> {shown[-1]}")
    return labels


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
        return frame.document(320, 120, empty_body(320, 120))
    rows = max(row for _, _, row, _ in placed) + 1
    cols = max(col for _, _, _, col in placed) + 1
    grid_w = cols * (TILE + GAP) + GAP
    width = max(grid_w, 300)
    body = []
    for area_id, label, row, col in placed:
        x, y = GAP + col * (TILE + GAP), GAP + row * (TILE + GAP)
        value = tile_values[area_id]
        fill = hatch_fill if value is None else shades[class_of(value, bounds)]
        ink = INK if value is None else ink_on(fill)
        shown = format_value(value, value_format, unit) if value is not None else no_data_label
        parts = [
            f'<g class="chart-tile">{tooltip(f"{label}: {shown}")}',
            f'<rect x="{num(x)}" y="{num(y)}" width="{TILE}" height="{TILE}" fill="{fill}" stroke="{INK}" '
            f'stroke-width="0.75"/>',
        ]
        for line_no, line in enumerate(wrap(label, LABEL_CHARS)):
            parts.append(text(x + TILE / 2, y + 16 + line_no * 13, line, size=LABEL_SIZE, anchor="middle", fill=ink))
        if show_values and value is not None:
            value_text = truncate(shown, int((TILE - 8) / (12 * 0.6)))
            parts.append(
                text(x + TILE / 2, y + TILE - 14, value_text, size=12, anchor="middle", fill=ink, weight="700")
            )
        elif show_values:  # the no-data words on a white band over the hatching, up to two lines
            lines = wrap(shown, int((TILE - 10) / (12 * 0.58)))
            top = y + TILE - 8 - 13 * len(lines)
            parts.append(
                f'<rect x="{num(x + 4)}" y="{num(top)}" width="{TILE - 8}" height="{13 * len(lines) + 4}" fill="#fff"/>'
            )
            for line_no, line in enumerate(lines):
                parts.append(text(x + TILE / 2, top + 12 + line_no * 13, line, size=12, anchor="middle", fill=ink))
        parts.append("</g>")
        body.append("".join(parts))
    legend_top = rows * (TILE + GAP) + GAP + 10
    legend_entries = list(zip(range_labels(bounds, value_format, unit), shades, strict=True))
    legend_entries.append((no_data_label, hatch_fill))
    for index, (label, fill) in enumerate(legend_entries):
        y = legend_top + index * 22
        body.append(
            f'<rect x="{GAP}" y="{num(y)}" width="24" height="16" fill="{fill}" stroke="{INK}" stroke-width="0.75"/>'
        )
        body.append(text(GAP + 32, y + 8, truncate(label, 40), baseline="middle"))
    height = legend_top + len(legend_entries) * 22 + 6
    return frame.document(width, height, body, defs=[hatch])
