"""Bar charts: horizontal bars, vertical columns (time series) and stacked horizontal bars.

Bars start at zero and their length is proportional to the value (the longest fills the plot);
every bar prints its value, so the chart reads without colour and without an axis.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from django.utils.safestring import SafeString
from django.utils.translation import gettext

from pintu.insights.charts.svg import (
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

ROW = 26
BAR = 18
FONT_SIZE = 12


def empty_body(width: float, height: float) -> list[str]:
    return [text(width / 2, height / 2, gettext("Tidak ada data"), anchor="middle", fill=MUTED, baseline="middle")]


def label_column(labels: Sequence[str], width: float, share: float = 0.4) -> tuple[float, int]:
    """Width of the label column and how many characters fit in it."""
    widest = max((text_width(" ".join(str(label).split()), FONT_SIZE) for label in labels), default=0)
    column = min(widest, width * share) + 8
    return column, max(2, int((column - 8) / (FONT_SIZE * 0.58)))


def bar_chart(
    items: Sequence[tuple[str, Number | None]],
    *,
    title: str,
    desc: str = "",
    value_format: ValueFormat = None,
    unit: str = "",
    width: int = 640,
    id_prefix: str | None = None,
) -> SafeString:
    """Horizontal bars, one row per (label, value), in the given order."""
    rows = [(str(label), finite(value)) for label, value in items]
    cid = chart_id(id_prefix, "bar", title, rows)
    printed = [format_value(value, value_format, unit) for _, value in rows]
    data_summary = summary((label, value) for (label, _), value in zip(rows, printed, strict=True))
    height = max(len(rows) * ROW + 12, 48)
    frame = Frame("chart-bar", title, desc, data_summary, cid)
    if not rows:
        return frame.document(width, height, empty_body(width, height))
    label_w, label_chars = label_column([label for label, _ in rows], width)
    value_w = min(max(text_width(p, FONT_SIZE) for p in printed) + 10, width * 0.25)
    plot_left, plot_right = label_w, width - value_w
    numbers = [value for _, value in rows if value is not None]
    low, high = min([0.0, *numbers]), max([0.0, *numbers])
    zero_x = plot_left + proportion(0.0, low, high) * (plot_right - plot_left)
    body = [f'<line x1="{num(zero_x)}" y1="4" x2="{num(zero_x)}" y2="{num(height - 4)}" stroke="{MUTED}"/>']
    for index, ((label, value), shown) in enumerate(zip(rows, printed, strict=True)):
        top = 6 + index * ROW
        middle = top + BAR / 2
        parts = [
            f'<g class="chart-row">{tooltip(f"{label}: {shown}")}',
            text(label_w - 6, middle, truncate(label, label_chars), anchor="end", baseline="middle"),
        ]
        end_x = zero_x
        if value is not None:
            end_x = plot_left + proportion(value, low, high) * (plot_right - plot_left)
            x, bar_w = min(zero_x, end_x), abs(end_x - zero_x)
            parts.append(
                f'<rect x="{num(x)}" y="{num(top)}" width="{num(bar_w)}" height="{BAR}" '
                f'fill="{PALETTE[0]}" data-value="{num(value)}"/>'
            )
        parts.append(text(max(end_x, zero_x) + 4, middle, shown, baseline="middle"))
        parts.append("</g>")
        body.append("".join(parts))
    return frame.document(width, height, body)


def column_chart(
    points: Sequence[tuple[str, Number | None]],
    *,
    title: str,
    desc: str = "",
    value_format: ValueFormat = None,
    unit: str = "",
    width: int = 640,
    height: int = 260,
    label_every: int | None = None,
    show_values: bool = True,
    id_prefix: str | None = None,
) -> SafeString:
    """Vertical columns over x labels in time order, with a y axis and grid lines."""
    series = [(str(label), finite(value)) for label, value in points]
    cid = chart_id(id_prefix, "column", title, series, width, height)
    printed = [format_value(value, value_format, unit) for _, value in series]
    data_summary = summary((label, value) for (label, _), value in zip(series, printed, strict=True))
    frame = Frame("chart-column", title, desc, data_summary, cid)
    if not series:
        return frame.document(width, height, empty_body(width, height))
    numbers = [value for _, value in series if value is not None]
    low, high, ticks = nice_scale(min([0.0, *numbers]), max([0.0, *numbers]))
    tick_labels = [format_value(tick, value_format, unit) for tick in ticks]
    plot_left = min(max(text_width(t, 12) for t in tick_labels) + 10, width * 0.3)
    plot_top, plot_bottom, plot_right = 18.0, height - 24.0, width - 6.0
    body = axis_y(ticks, tick_labels, low, high, plot_left, plot_right, plot_top, plot_bottom)
    slot = (plot_right - plot_left) / len(series)
    every = label_every or max(1, math.ceil((max(text_width(x, 12) for x, _ in series) + 6) / slot))
    zero_y = y_at(0.0, low, high, plot_top, plot_bottom)
    for index, ((label, value), shown) in enumerate(zip(series, printed, strict=True)):
        x = plot_left + index * slot
        parts = [f'<g class="chart-column">{tooltip(f"{label}: {shown}")}']
        if value is not None:
            end_y = y_at(value, low, high, plot_top, plot_bottom)
            parts.append(
                f'<rect x="{num(x + slot * 0.12)}" y="{num(min(zero_y, end_y))}" '
                f'width="{num(slot * 0.76)}" height="{num(abs(zero_y - end_y))}" '
                f'fill="{PALETTE[0]}" data-value="{num(value)}"/>'
            )
            if show_values and text_width(shown, 12) <= slot:  # a value that fits at 12 px; else the table has it
                parts.append(text(x + slot / 2, min(zero_y, end_y) - 3, shown, size=12, anchor="middle"))
        if index % every == 0:
            parts.append(text(x + slot / 2, height - 8, label, size=12, anchor="middle", fill=MUTED))
        parts.append("</g>")
        body.append("".join(parts))
    return frame.document(width, height, body)


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
    width: int = 640,
    show_total: bool = True,
    id_prefix: str | None = None,
) -> SafeString:
    """Horizontal stacked bars: one row per label, one segment per series (legend on top)."""
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
    height = max(legend_h + len(clean) * ROW + 12, 48)
    frame = Frame("chart-stacked", title, desc, data_summary, cid)
    if not clean or not names:
        return frame.document(width, height, legend_parts + empty_body(width, height), defs=defs)
    label_w, label_chars = label_column([label for label, _ in clean], width)
    printed_totals = [format_value(t, value_format, unit) for t in totals]
    value_w = min(max(text_width(p, FONT_SIZE) for p in printed_totals) + 10, width * 0.25) if show_total else 6
    plot_left, plot_right = label_w, width - value_w
    biggest = max(totals) or 1.0
    body = list(legend_parts)
    for index, ((label, parts), total) in enumerate(zip(clean, printed_totals, strict=True)):
        top = legend_h + 6 + index * ROW
        middle = top + BAR / 2
        detail = ", ".join(f"{n} {format_value(v, value_format, unit)}" for n, v in zip(names, parts, strict=True))
        row = [
            f'<g class="chart-row">{tooltip(f"{label}: {detail}")}',
            text(label_w - 6, middle, truncate(label, label_chars), anchor="end", baseline="middle"),
        ]
        x = plot_left
        for part_index, part in enumerate(parts):
            seg_w = proportion(part, 0.0, biggest) * (plot_right - plot_left)
            if seg_w <= 0:
                continue
            row.append(
                f'<rect x="{num(x)}" y="{num(top)}" width="{num(seg_w)}" height="{BAR}" '
                f'fill="{fills[part_index]}" data-value="{num(part)}"/>'
            )
            shown = format_value(part, value_format, unit)
            if text_width(shown, 12) + 6 <= seg_w:
                row.append(
                    f'<rect x="{num(x + seg_w / 2 - text_width(shown, 12) / 2 - 2)}" y="{num(top + 3)}" '
                    f'width="{num(text_width(shown, 12) + 4)}" height="{BAR - 6}" fill="#fff" opacity="0.85"/>'
                )
                row.append(
                    text(
                        x + seg_w / 2,
                        middle,
                        shown,
                        size=12,
                        anchor="middle",
                        baseline="middle",
                        fill=ink_on("#ffffff"),
                    )
                )
            x += seg_w
        if show_total:
            row.append(text(x + 4, middle, total, baseline="middle", weight="600"))
        row.append("</g>")
        body.append("".join(row))
    return frame.document(width, height, body, defs=defs)
