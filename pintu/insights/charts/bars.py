"""Bar charts: horizontal bars, vertical columns (time series) and stacked horizontal bars.

Bars start at zero and their length is proportional to the value (the longest fills the plot);
every bar prints its value, so the chart reads without colour and without an axis. All three are fluid
(pintu.insights.charts.fluid): a horizontal bar's row is its label, wrapped onto at most two lines with the
value at the right, over a bar as wide as the chart's box; the columns keep their y axis in a left gutter. A
phone shows every value without scrolling.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from django.utils.safestring import SafeString
from django.utils.translation import gettext

from pintu.insights.charts.fluid import NARROW, SPAN, anchored, stretched, wrap
from pintu.insights.charts.svg import (
    CHAR_WIDTH,
    GRID,
    INK,
    MUTED,
    PALETTE,
    Frame,
    Number,
    ValueFormat,
    chart_id,
    colour_for,
    finite,
    format_value,
    ink_on,
    nice_scale,
    num,
    pattern_defs,
    proportion,
    summary,
    text,
    text_width,
    tooltip,
    truncate,
)

BAR = 18
FONT_SIZE = 12
LINE = 15  # a line of a fluid row's label


def empty_body(width: float, height: float, *, fluid: bool = False) -> list[str]:
    if fluid:
        return [
            anchored(
                0.5, [text(0, height / 2, gettext("Tidak ada data"), anchor="middle", fill=MUTED, baseline="middle")]
            )
        ]
    return [text(width / 2, height / 2, gettext("Tidak ada data"), anchor="middle", fill=MUTED, baseline="middle")]


def row_head(label: str, shown: str, top: float, chars: int, *, bold: bool = False) -> tuple[list[str], float]:
    """A fluid row's label (at most two lines of `chars`) and, at the right end of its first line, the printed
    value; returns the parts and the y of the bar under them."""
    lines = wrap(label, chars)
    parts = [text(0, top + 12 + LINE * index, line) for index, line in enumerate(lines)]
    if shown:
        parts.append(anchored(1.0, [text(0, top + 12, shown, anchor="end", weight="600" if bold else None)]))
    return parts, top + 12 + LINE * (len(lines) - 1) + 6


def label_chars(printed: Sequence[str], width: float) -> int:
    """How many characters of a label fit beside the widest printed value in a `width` px box."""
    value_w = max((text_width(p, FONT_SIZE) for p in printed), default=0.0)
    return max(8, int((width - value_w - 12) / (FONT_SIZE * CHAR_WIDTH)))


def bar_chart(
    items: Sequence[tuple[str, Number | None]],
    *,
    title: str,
    desc: str = "",
    value_format: ValueFormat = None,
    unit: str = "",
    width: int = NARROW,
    id_prefix: str | None = None,
) -> SafeString:
    """Horizontal bars, one row per (label, value), in the given order; fluid, its labels wrapped for a box
    `width` px wide (the narrowest planned for)."""
    rows = [(str(label), finite(value)) for label, value in items]
    cid = chart_id(id_prefix, "bar", title, rows)
    printed = [format_value(value, value_format, unit) for _, value in rows]
    data_summary = summary((label, value) for (label, _), value in zip(rows, printed, strict=True))
    frame = Frame("chart-bar", title, desc, data_summary, cid)
    if not rows:
        return frame.document(width, 48, empty_body(width, 48, fluid=True), fluid=True)
    chars = label_chars(printed, width)
    numbers = [value for _, value in rows if value is not None]
    low, high = min([0.0, *numbers]), max([0.0, *numbers])
    zero = proportion(0.0, low, high) * SPAN
    body, top = [], 4.0
    for (label, value), shown in zip(rows, printed, strict=True):
        head, bar_top = row_head(label, shown, top, chars)
        band = [
            f'<line x1="{num(zero)}" y1="-2" x2="{num(zero)}" y2="{BAR + 2}" stroke="{MUTED}" '
            'vector-effect="non-scaling-stroke"/>'
        ]
        if value is not None:
            end = proportion(value, low, high) * SPAN
            band.append(
                f'<rect x="{num(min(zero, end))}" y="0" width="{num(abs(end - zero))}" height="{BAR}" '
                f'fill="{PALETTE[0]}" data-value="{num(value)}"/>'
            )
        row = "".join([tooltip(f"{label}: {shown}"), *head, stretched(bar_top, BAR, band)])
        body.append(f'<g class="chart-row">{row}</g>')
        top = bar_top + BAR + 10
    return frame.document(width, top, body, fluid=True)


def column_chart(
    points: Sequence[tuple[str, Number | None]],
    *,
    title: str,
    desc: str = "",
    value_format: ValueFormat = None,
    unit: str = "",
    width: int = NARROW,
    height: int = 260,
    label_every: int | None = None,
    show_values: bool = True,
    id_prefix: str | None = None,
) -> SafeString:
    """Vertical columns over x labels in time order, with a y axis and grid lines; planned for a box `width`
    px wide (the narrowest), drawn as wide as the box."""
    series = [(str(label), finite(value)) for label, value in points]
    cid = chart_id(id_prefix, "column", title, series, width, height)
    printed = [format_value(value, value_format, unit) for _, value in series]
    data_summary = summary((label, value) for (label, _), value in zip(series, printed, strict=True))
    frame = Frame("chart-column", title, desc, data_summary, cid)
    if not series:
        return frame.document(width, height, empty_body(width, height, fluid=True), fluid=True)
    numbers = [value for _, value in series if value is not None]
    low, high, ticks = nice_scale(min([0.0, *numbers]), max([0.0, *numbers]))
    tick_labels = [format_value(tick, value_format, unit) for tick in ticks]
    left = min(max(text_width(t, 12) for t in tick_labels) + 10, width * 0.3) / width  # the gutter, a fraction
    right = 6 / width
    plot_top, plot_bottom = 18.0, height - 24.0
    slot = (1 - left - right) / len(series)  # a column's share of the width
    every = label_every or max(1, math.ceil((max(text_width(x, 12) for x, _ in series) + 6) / (slot * width)))
    zero_y = y_at(0.0, low, high, plot_top, plot_bottom)
    grid, body = [], []
    for tick, label in zip(ticks, tick_labels, strict=True):
        y = y_at(tick, low, high, plot_top, plot_bottom)
        x1, x2 = num(left * SPAN), num((1 - right) * SPAN)
        colour = INK if tick == 0 else GRID
        grid.append(f'<line x1="{x1}" y1="{num(y)}" x2="{x2}" y2="{num(y)}" stroke="{colour}" '
                    'vector-effect="non-scaling-stroke"/>')  # fmt: skip
        body.append(anchored(left, [text(-4, y, label, size=12, anchor="end", fill=MUTED, baseline="middle")]))
    body.insert(0, stretched(0, height, grid))
    for index, ((label, value), shown) in enumerate(zip(series, printed, strict=True)):
        middle = left + (index + 0.5) * slot
        parts = [tooltip(f"{label}: {shown}")]
        if value is not None:
            end_y = y_at(value, low, high, plot_top, plot_bottom)
            column = (
                f'<rect x="{num((left + (index + 0.12) * slot) * SPAN)}" y="{num(min(zero_y, end_y))}" '
                f'width="{num(slot * 0.76 * SPAN)}" height="{num(abs(zero_y - end_y))}" '
                f'fill="{PALETTE[0]}" data-value="{num(value)}"/>'
            )
            parts.append(stretched(0, height, [column]))
            if show_values and text_width(shown, 12) <= slot * width:  # fits at 12 px; else the table has it
                parts.append(anchored(middle, [text(0, min(zero_y, end_y) - 3, shown, size=12, anchor="middle")]))
        if index % every == 0:
            parts.append(anchored(middle, [text(0, height - 8, label, size=12, anchor="middle", fill=MUTED)]))
        body.append(f'<g class="chart-column">{"".join(parts)}</g>')
    return frame.document(width, height, body, fluid=True)


def y_at(value: float, low: float, high: float, top: float, bottom: float) -> float:
    return bottom - proportion(value, low, high) * (bottom - top)


def axis_y(
    ticks: Sequence[float],
    labels: Sequence[str],
    low: float,
    high: float,
    left: float,
    right: float,
    top: float,
    bottom: float,
) -> list[str]:
    """Horizontal grid lines with their tick labels, and the zero line darker."""
    parts = []
    for tick, label in zip(ticks, labels, strict=True):
        y = y_at(tick, low, high, top, bottom)
        colour = INK if tick == 0 else GRID
        parts.append(f'<line x1="{num(left)}" y1="{num(y)}" x2="{num(right)}" y2="{num(y)}" stroke="{colour}"/>')
        parts.append(text(left - 4, y, label, size=12, anchor="end", fill=MUTED, baseline="middle"))
    return parts


def legend(names: Sequence[str], fills: Sequence[str], width: float, top: float = 4) -> tuple[list[str], float]:
    """Swatch + name per series, wrapping onto new lines; returns parts and the height used."""
    parts, x, y = [], 4.0, top
    for name, fill in zip(names, fills, strict=True):
        label = truncate(name, 30)
        item_w = 22 + text_width(label, FONT_SIZE) + 14
        if x > 4 and x + item_w > width:
            x, y = 4.0, y + 20
        parts.append(
            f'<rect x="{num(x)}" y="{num(y + 2)}" width="16" height="14" fill="{fill}" stroke="{INK}" '
            f'stroke-width="0.5"/>'
        )
        parts.append(text(x + 22, y + 9, label, baseline="middle"))
        x += item_w
    return parts, (y - top + 24) if names else 0.0


def stacked_bar_chart(
    rows: Sequence[tuple[str, Sequence[Number | None]]],
    *,
    series: Sequence[str],
    title: str,
    desc: str = "",
    value_format: ValueFormat = None,
    unit: str = "",
    width: int = NARROW,
    show_total: bool = True,
    id_prefix: str | None = None,
) -> SafeString:
    """Horizontal stacked bars: one row per label, one segment per series (legend on top); fluid, planned for a
    box `width` px wide (legend and label wrapping, which segments print their value)."""
    names = [str(name) for name in series]
    clean = [
        (
            str(label),
            [max(finite(v) or 0.0, 0.0) for v in list(parts)[: len(names)]]
            + [0.0] * max(0, len(names) - len(list(parts))),
        )
        for label, parts in rows
    ]
    cid = chart_id(id_prefix, "stacked", title, names, clean)
    totals = [sum(parts) for _, parts in clean]
    data_summary = summary(
        (
            label,
            ", ".join(f"{name} {format_value(v, value_format, unit)}" for name, v in zip(names, parts, strict=True)),
        )
        for label, parts in clean
    )
    colours = [colour_for(i) for i in range(len(names))]
    defs, fills = pattern_defs(cid, colours)
    legend_parts, legend_h = legend(names, fills, width)
    frame = Frame("chart-stacked", title, desc, data_summary, cid)
    if not clean or not names:
        height = max(legend_h + 48, 48)
        return frame.document(
            width, height, legend_parts + empty_body(width, height, fluid=True), defs=defs, fluid=True
        )
    printed_totals = [format_value(t, value_format, unit) for t in totals] if show_total else ["" for _ in totals]
    chars = label_chars(printed_totals, width)
    biggest = max(totals) or 1.0
    body, top = list(legend_parts), legend_h + 4
    for (label, parts), total in zip(clean, printed_totals, strict=True):
        detail = ", ".join(f"{n} {format_value(v, value_format, unit)}" for n, v in zip(names, parts, strict=True))
        head, bar_top = row_head(label, total, top, chars, bold=True)
        band, values, x = [], [], 0.0
        for part_index, part in enumerate(parts):
            share = proportion(part, 0.0, biggest)
            if share <= 0:
                continue
            band.append(
                f'<rect x="{num(x * SPAN)}" y="0" width="{num(share * SPAN)}" height="{BAR}" '
                f'fill="{fills[part_index]}" data-value="{num(part)}"/>'
            )
            shown = format_value(part, value_format, unit)
            shown_w = text_width(shown, 12)
            if shown_w + 6 <= share * width:  # fits in the segment on the narrowest box
                values.append(
                    anchored(
                        x + share / 2,
                        [
                            f'<rect x="{num(-shown_w / 2 - 2)}" y="{num(bar_top + 3)}" width="{num(shown_w + 4)}" '
                            f'height="{BAR - 6}" fill="#fff" opacity="0.85"/>',
                            text(
                                0,
                                bar_top + BAR / 2,
                                shown,
                                size=12,
                                anchor="middle",
                                baseline="middle",
                                fill=ink_on("#ffffff"),
                            ),
                        ],
                    )
                )
            x += share
        row = "".join([tooltip(f"{label}: {detail}"), *head, stretched(bar_top, BAR, band), *values])
        body.append(f'<g class="chart-row">{row}</g>')
        top = bar_top + BAR + 10
    return frame.document(width, top, body, defs=defs, fluid=True)
