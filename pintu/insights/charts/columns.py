"""Vertical columns for a time series, fluid (pintu.insights.charts.fluid): as wide as the chart's box, its
text 12 px at every width. The y axis's tick labels sit in a left gutter, each column prints its value above
it when that fits a 300 px box, and the x labels are thinned for that box too."""

from __future__ import annotations

import math
from collections.abc import Sequence

from django.utils.safestring import SafeString

from pintu.insights.charts.bars import empty_body, y_at
from pintu.insights.charts.fluid import NARROW, SPAN, anchored, stretched
from pintu.insights.charts.svg import (
    GRID,
    INK,
    MUTED,
    PALETTE,
    Frame,
    Number,
    ValueFormat,
    chart_id,
    finite,
    format_value,
    nice_scale,
    num,
    summary,
    text,
    text_width,
    tooltip,
)


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
        grid.append(f'<line x1="{num(left * SPAN)}" y1="{num(y)}" x2="{num((1 - right) * SPAN)}" y2="{num(y)}" '
                    f'stroke="{INK if tick == 0 else GRID}" vector-effect="non-scaling-stroke"/>')  # fmt: skip
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
