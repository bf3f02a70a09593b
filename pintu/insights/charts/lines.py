"""Line chart for time series: one or more series over shared x labels.

Series differ by colour, marker shape and dash pattern, and each line is named at its end with
its last value, so no legend lookup or colour is needed to tell them apart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from django.utils.safestring import SafeString

from pintu.insights.charts.bars import axis_y, empty_body, legend, y_at
from pintu.insights.charts.svg import (
    MUTED,
    Frame,
    Number,
    ValueFormat,
    chart_id,
    colour_for,
    finite,
    format_value,
    nice_scale,
    num,
    summary,
    text,
    text_width,
    tooltip,
    truncate,
)

DASHES = ("", "6 3", "2 3", "8 3 2 3", "4 4", "1 2")
END_LABEL_CHARS = 18


def marker(shape: int, x: float, y: float, colour: str) -> str:
    """Circle, square, triangle, diamond, cross, ring: one shape per series."""
    kind = shape % 6
    if kind == 0:
        return f'<circle cx="{num(x)}" cy="{num(y)}" r="3.5" fill="{colour}"/>'
    if kind == 1:
        return f'<rect x="{num(x - 3.2)}" y="{num(y - 3.2)}" width="6.4" height="6.4" fill="{colour}"/>'
    if kind == 2:
        return (
            f'<path d="M{num(x)} {num(y - 4.2)}L{num(x + 4)} {num(y + 3)}L{num(x - 4)} {num(y + 3)}Z" fill="{colour}"/>'
        )
    if kind == 3:
        return (
            f'<path d="M{num(x)} {num(y - 4.5)}L{num(x + 4.5)} {num(y)}L{num(x)} {num(y + 4.5)}'
            f'L{num(x - 4.5)} {num(y)}Z" fill="{colour}"/>'
        )
    if kind == 4:
        return (
            f'<path d="M{num(x - 3.5)} {num(y - 3.5)}L{num(x + 3.5)} {num(y + 3.5)}M{num(x + 3.5)} {num(y - 3.5)}'
            f'L{num(x - 3.5)} {num(y + 3.5)}" stroke="{colour}" stroke-width="2"/>'
        )
    return f'<circle cx="{num(x)}" cy="{num(y)}" r="3.5" fill="#fff" stroke="{colour}" stroke-width="2"/>'


def spread(positions: list[float], gap: float, top: float, bottom: float) -> list[float]:
    """Move end labels apart so they do not overlap (keeps their order)."""
    order = sorted(range(len(positions)), key=lambda i: positions[i])
    placed = list(positions)
    previous = top - gap
    for i in order:
        placed[i] = max(placed[i], previous + gap)
        previous = placed[i]
    overflow = previous - bottom
    if overflow > 0:
        for i in order:
            placed[i] -= overflow
    return placed


def line_chart(
    x_labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[Number | None]]],
    *,
    title: str,
    desc: str = "",
    value_format: ValueFormat = None,
    unit: str = "",
    width: int = 640,
    height: int = 260,
    label_every: int | None = None,
    y_min: Number | None = None,
    id_prefix: str | None = None,
) -> SafeString:
    """Lines over shared x labels; None breaks a line."""
    xs = [str(label) for label in x_labels]
    lines = [
        (str(name), ([finite(v) for v in list(values)[: len(xs)]] + [None] * len(xs))[: len(xs)])
        for name, values in series
    ]
    cid = chart_id(id_prefix, "line", title, xs, lines, width, height)
    data_summary = summary(
        (name, ", ".join(f"{x} {format_value(v, value_format, unit)}" for x, v in zip(xs, values, strict=True)))
        for name, values in lines
    )
    colours = [colour_for(i) for i in range(len(lines))]
    legend_parts, legend_h = legend([name for name, _ in lines], colours, width)
    numbers = [v for _, values in lines for v in values if v is not None]
    frame = Frame("chart-line", title, desc, data_summary, cid)
    if not xs or not numbers:
        return frame.document(width, height, legend_parts + empty_body(width, height))
    floor = finite(y_min)
    low = floor if floor is not None else min(0.0, *numbers)
    low, high, ticks = nice_scale(min(low, *numbers) if floor is None else low, max(numbers))
    tick_labels = [format_value(tick, value_format, unit) for tick in ticks]
    plot_left = min(max(text_width(t, 12) for t in tick_labels) + 10, width * 0.3)
    end_labels = []
    for name, values in lines:
        last = next((v for v in reversed(values) if v is not None), None)
        end_labels.append(truncate(f"{name}: {format_value(last, value_format, unit)}", END_LABEL_CHARS))
    plot_right = width - min(max(text_width(label, 12) for label in end_labels) + 14, width * 0.35)
    plot_top, plot_bottom = legend_h + 12, height - 24.0
    body = legend_parts + axis_y(ticks, tick_labels, low, high, plot_left, plot_right, plot_top, plot_bottom)
    step = (plot_right - plot_left) / max(len(xs) - 1, 1)
    every = label_every or max(1, math.ceil((max(text_width(x, 12) for x in xs) + 6) / max(step, 1e-9)))
    for index, label in enumerate(xs):
        if index % every == 0:
            body.append(text(plot_left + index * step, height - 8, label, size=12, anchor="middle", fill=MUTED))
    end_points = []
    for line_index, (name, values) in enumerate(lines):
        colour = colours[line_index]
        path, pen_down, marks = [], False, []
        for index, value in enumerate(values):
            if value is None:
                pen_down = False
                continue
            x, y = plot_left + index * step, y_at(value, low, high, plot_top, plot_bottom)
            path.append(f"{'L' if pen_down else 'M'}{num(x)} {num(y)}")
            pen_down = True
            marks.append(
                f"<g>{tooltip(f'{name}, {xs[index]}: {format_value(value, value_format, unit)}')}"
                f"{marker(line_index, x, y, colour)}</g>"
            )
        dash = DASHES[line_index % len(DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        body.append(
            f'<g class="chart-series">'
            f'<path d="{"".join(path)}" fill="none" stroke="{colour}" stroke-width="2.5"{dash_attr}/>'
            f"{''.join(marks)}</g>"
        )
        last_index = next((i for i in range(len(values) - 1, -1, -1) if values[i] is not None), None)
        if last_index is not None:
            end_points.append((line_index, y_at(values[last_index], low, high, plot_top, plot_bottom)))
    placed = spread([y for _, y in end_points], 13, plot_top, plot_bottom)
    for (line_index, _), y in zip(end_points, placed, strict=True):
        body.append(
            text(
                plot_right + 8,
                y,
                end_labels[line_index],
                size=12,
                baseline="middle",
                fill=colours[line_index] if colours[line_index] != "#F0E442" else "#1b1b1b",
            )
        )
    return frame.document(width, height, body)
