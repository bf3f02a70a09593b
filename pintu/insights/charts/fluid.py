"""Charts as wide as their box: the bars stretch, the text does not (stranger check, 2026-12-07).

A chart drawn at 640 units inside a 358 px phone box either scrolls (its values off to the right) or,
scaled down by a viewBox, prints its 12 px text at 7 px. A fluid chart has no viewBox on its root: its
width is 100 % of the box and its units are CSS pixels, so text stays 12 px at every width. Horizontal
positions are fractions of the width (`pct`), and what must stretch (bars, columns) is drawn inside a
nested `stretched` viewport whose viewBox is scaled horizontally only (no text in it). Text placed at a
fraction of the width plus a few pixels sits in an `anchored` viewport: its origin is the fraction, its
content is in pixels.

The layout (where labels wrap, which values fit inside a segment) is planned for `NARROW`, the chart box of
a small phone; a wider screen only gets longer bars.
"""

from __future__ import annotations

from collections.abc import Sequence

from pintu.insights.charts.svg import num, plain, truncate

#: The narrowest chart box the layout is planned for (a 320 px phone less the page's padding), in px.
NARROW = 300
#: The units a stretched viewport spans horizontally (the whole width of the chart).
SPAN = 1000


def pct(fraction: float) -> str:
    """A horizontal position as a percentage of the chart's width."""
    return f"{num(min(max(fraction, 0.0), 1.0) * 100)}%"


def stretched(y: float, height: float, parts: Sequence[str], *, units: float = SPAN) -> str:
    """A full-width band `height` px high whose x axis runs 0..units across the chart's width (shapes only)."""
    return (
        f'<svg x="0" y="{num(y)}" width="100%" height="{num(height)}" viewBox="0 0 {num(units)} {num(height)}" '
        f'preserveAspectRatio="none" overflow="visible">{"".join(parts)}</svg>'
    )


def anchored(fraction: float, parts: Sequence[str]) -> str:
    """Content in pixels whose x origin is at `fraction` of the chart's width (y as in the chart)."""
    return f'<svg x="{pct(fraction)}" y="0" width="1" height="1" overflow="visible">{"".join(parts)}</svg>'


def wrap(label: str, chars: int, lines: int = 2) -> list[str]:
    """The label in at most `lines` lines of `chars` characters, broken between words; a line still too long is
    shortened with "…" (the row's tooltip and the table have the label whole)."""
    words, out = plain(label).split(), []
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and len(line) + 1 + len(words[0]) <= chars:
            line += " " + words.pop(0)
        out.append(truncate(line, chars))
    if words:
        out.append(truncate(" ".join(words), chars))
    return out or [""]
