"""Server-rendered SVG charts and the kecamatan tile-grid map.

Pure functions: data in, an SVG string out (a ``django.utils.safestring.SafeString``, so a template
embeds it with ``{{ chart }}`` and no ``|safe``). No views, no queries, no JavaScript, no external
fonts; every label and value is escaped here, so callers pass raw text. Output is deterministic for
the same input and active language (numbers are formatted with ``django.utils.formats``).

Every chart:
- is an ``<svg>`` with ``role="img"``, ``aria-labelledby`` pointing at its ``<title>`` and
  ``<desc>``, no ``style`` attribute (CSP-friendly) and text of 12 px or more at every width: the bar
  charts (plain and stacked) and the column chart are fluid (class ``chart-fluid``: ``width="100%"``,
  no viewBox, their bars stretched in nested viewports, ``charts.fluid``), the others have a
  ``viewBox`` at their own size and their box scrolls sideways on a narrow screen;
- prints each value as text next to its mark, so colour is never the only cue;
- uses the Okabe-Ito colour-blind-safe palette (``PALETTE``); stacked segments also carry
  patterns, line series carry distinct marker shapes and dash styles, map classes are sequential
  shades (``MAP_SHADES``) plus the printed value and a hatched "no data" tile;
- has ``<desc>`` = the caller's ``desc`` followed by a plain-text summary of the data (first
  ``DESC_LIMIT`` items), which is what a screen reader reads. Pages should still show the table.

Numbers: ``int``/``float``/``Decimal``; ``None``, NaN and infinities mean "no data" (skipped in
bars/lines, hatched on the map). ``value_format`` (optional) is ``Callable[[float], str]`` used for
every printed value; default: locale-aware grouping, integers without decimals, else one decimal.
``unit`` (optional) is appended to printed values ("%", " hari").
``id_prefix`` (optional) prefixes the ids inside the SVG (title, desc, patterns); default: a short
stable hash of the inputs, so two charts on one page never collide.

API (all keyword arguments after the data are keyword-only):

``bar_chart(items, *, title, desc="", value_format=None, unit="", width=NARROW, id_prefix=None)``
    Horizontal bars, one per ``(label, value)`` in ``items`` (order kept: sort before calling): the
    label (up to two lines) with its value at the right, the bar under them. Negative values extend
    left of a zero line. Height grows with the number of rows. ``width`` is the narrowest box the
    layout is planned for (where labels wrap), not the drawn width.

``column_chart(points, *, title, desc="", value_format=None, unit="", width=NARROW, height=260,
label_every=None, show_values=True, id_prefix=None)``
    Vertical columns for a time series: ``points`` is ``[(x_label, value), ...]`` in time order.
    ``label_every=n`` prints every n-th x label (default: automatic so labels do not overlap);
    ``show_values=False`` hides per-column value text when there are many columns (the desc and
    the page's table still carry them).

``stacked_bar_chart(rows, *, series, title, desc="", value_format=None, unit="", width=NARROW,
show_total=True, id_prefix=None)``
    Horizontal stacked bars. ``rows`` is ``[(label, [v1, v2, ...]), ...]`` with one value per
    name in ``series`` (e.g. ``series=["Tepat waktu", "Terlambat"]``). Negative/None parts count as
    0. A legend names each series with its colour and pattern; each segment wide enough prints
    its value, the total is printed at the right of the label (fluid, as ``bar_chart``).

``line_chart(x_labels, series, *, title, desc="", value_format=None, unit="", width=640,
height=260, label_every=None, y_min=None, id_prefix=None)``
    One or more lines over shared x labels. ``series`` is ``[(name, [value_or_None, ...]), ...]``,
    each list as long as ``x_labels`` (shorter lists are padded with None, longer truncated).
    None breaks the line. Each series has its own colour, marker shape and dash; the last value
    of each series is printed at its end with the series name; a legend lists the series.
    ``y_min`` forces the lower end of the axis (default: 0, or the minimum if negative).

``tile_map(values, tiles, *, title, desc="", classes=5, breaks=None, value_format=None, unit="",
no_data_label=None, show_values=True, id_prefix=None)``
    Tile-grid choropleth. ``tiles`` is ``[(area_id, label, row, col), ...]`` (0-based grid
    position, e.g. ``Area.pk, Area.name, Area.map_row, Area.map_col``; tiles with row/col None are
    skipped); ``values`` maps ``area_id -> number or None`` (missing key = no data). Values are
    grouped into ``classes`` (1..len(MAP_SHADES)) equal-count (quantile) classes, or by explicit
    ascending ``breaks`` (upper bounds of every class but the last). The map is fluid (as wide as
    its box, capped by CSS); each tile shows its label (wrapped for a phone's tile, long words broken between
    syllables, `tile_labels.wrap`; full name in the tile's own ``<title>`` tooltip) and the value; the legend
    lists each class as a range plus the no-data swatch.
    Helper: ``classify(values, classes=5, breaks=None) -> list[float]`` returns the class upper
    bounds used, so a page can print the same legend in its table. ``no_data_label`` defaults to
    the translated "Tidak ada data" (also printed by every chart given no data at all).

Constants: ``PALETTE`` (Okabe-Ito hex colours), ``MAP_SHADES`` (sequential light-to-dark).
"""

from pintu.insights.charts.bars import bar_chart, column_chart, stacked_bar_chart
from pintu.insights.charts.lines import line_chart
from pintu.insights.charts.svg import DESC_LIMIT, MAP_SHADES, PALETTE
from pintu.insights.charts.tilemap import classify, tile_map

__all__ = [
    "DESC_LIMIT",
    "MAP_SHADES",
    "PALETTE",
    "bar_chart",
    "classify",
    "column_chart",
    "line_chart",
    "stacked_bar_chart",
    "tile_map",
]
