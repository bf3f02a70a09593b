"""Low-level SVG pieces shared by every chart: escaping, numbers, scales, the root element.

Everything here returns plain ``str`` fragments; only ``svg_document`` marks the finished chart
safe. Text always goes through ``text()`` (escaped), so a label can never become markup.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

#: Okabe-Ito colours, safe for the common colour-vision deficiencies (order: most distinct first).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
#: Sequential single-hue shades (ColorBrewer "Blues"), light to dark, for the map classes.
MAP_SHADES = ("#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594")
INK = "#1b1b1b"
MUTED = "#505a5f"
GRID = "#d8dadb"
FONT = "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif"
DESC_LIMIT = 40
CHAR_WIDTH = 0.58  # average glyph width as a fraction of the font size, for layout estimates

Number = int | float | Decimal
#: Characters XML forbids (control characters, lone surrogates, non-characters): dropped from text.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
ValueFormat = Callable[[float], str] | None


def plain(value: object) -> str:
    """Text safe to escape into XML: forbidden characters dropped, whitespace collapsed."""
    return " ".join(NOT_XML.sub("", str(value)).split())


def finite(value: object) -> float | None:
    """The value as a float, or None for "no data" (None, NaN, infinities, non-numbers)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def format_value(value: float | None, value_format: ValueFormat = None, unit: str = "") -> str:
    """The printed form of a value: caller's format, else locale grouping; "–" for no data."""
    if value is None:
        return "–"
    if value_format is not None:
        return plain(f"{value_format(value)}{unit}")
    if abs(value) >= 1e15:
        return plain(f"{value:.3g}{unit}")
    if float(value).is_integer():
        return plain(f"{number_format(int(value), 0, force_grouping=True)}{unit}")
    return plain(f"{number_format(value, 1, force_grouping=True)}{unit}")


def num(x: float) -> str:
    """A coordinate, short and deterministic."""
    if not math.isfinite(x):
        x = 0.0
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def truncate(label: str, max_chars: int) -> str:
    label = plain(label)
    if max_chars < 2 or len(label) <= max_chars:
        return label if max_chars >= 2 else label[:1]
    return label[: max_chars - 1].rstrip() + "…"


def text_width(label: str, size: float) -> float:
    return len(label) * size * CHAR_WIDTH


def text(
    x: float,
    y: float,
    content: str,
    *,
    size: float = 12,
    anchor: str = "start",
    fill: str = INK,
    weight: str | None = None,
    baseline: str | None = None,
) -> str:
    attrs = f'x="{num(x)}" y="{num(y)}" font-size="{num(size)}" fill="{fill}"'
    if anchor != "start":
        attrs += f' text-anchor="{anchor}"'
    if weight:
        attrs += f' font-weight="{weight}"'
    if baseline:
        attrs += f' dominant-baseline="{baseline}"'
    return f"<text {attrs}>{escape(plain(content))}</text>"


def tooltip(content: str) -> str:
    """A child <title>: the full text shown on hover/long-press, read by some screen readers."""
    return f"<title>{escape(plain(content))}</title>"


def chart_id(id_prefix: str | None, *parts: object) -> str:
    """A stable id prefix: the caller's (sanitised) or a short hash of the inputs."""
    if id_prefix:
        clean = re.sub(r"[^A-Za-z0-9_-]", "", id_prefix)
        if clean and clean[0].isalpha():
            return clean
    digest = hashlib.sha256(repr(parts).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"chart-{digest}"


def nice_scale(low: float, high: float, ticks: int = 5) -> tuple[float, float, list[float]]:
    """Round axis ends and tick values covering [low, high] (low <= 0 <= high is not required)."""
    if high < low:
        low, high = high, low
    if high == low:
        if high == 0:
            return 0.0, 1.0, [0.0, 0.5, 1.0]
        high, low = (high, 0.0) if high > 0 else (0.0, low)
    span = high - low
    if not math.isfinite(span) or span <= 0:
        return low, high, [low, high]
    try:
        raw_step = span / max(ticks, 1)
        magnitude = 10.0 ** math.floor(math.log10(raw_step))
        step = next((m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw_step), 10 * magnitude)
        nice_low = float(math.floor(low / step)) * step
        nice_high = float(math.ceil(high / step)) * step
    except (OverflowError, ValueError, ZeroDivisionError):  # extreme magnitudes: keep the data's ends
        return low, high, [low, high]
    if not (math.isfinite(nice_low) and math.isfinite(nice_high)) or nice_high <= nice_low:
        return low, high, [low, high]
    steps = (nice_high - nice_low) / step
    if not math.isfinite(steps):  # ends near the float limit: their difference overflows
        return nice_low, nice_high, [nice_low, nice_high]
    count = round(steps)
    if count > 20:  # floating-point trouble at extreme magnitudes: keep the ends only
        return nice_low, nice_high, [nice_low, nice_high]
    return nice_low, nice_high, [nice_low + i * step for i in range(count + 1)]


def proportion(value: float, low: float, high: float) -> float:
    """Where value sits in [low, high] as 0..1, safe for huge magnitudes."""
    scale = max(abs(low), abs(high)) or 1.0
    lo, hi, v = low / scale, high / scale, value / scale
    if hi == lo:
        return 0.0
    return min(1.0, max(0.0, (v - lo) / (hi - lo)))


def summary(pairs: Iterable[tuple[str, str]], limit: int = DESC_LIMIT) -> str:
    """Plain text "label: value; ..." for the <desc>, cut after `limit` items."""
    items = list(pairs)
    parts = [f"{plain(label)}: {plain(value)}" for label, value in items[:limit]]
    if len(items) > limit:
        parts.append(f"… (+{len(items) - limit})")
    return "; ".join(parts)


def svg_document(
    *,
    width: float,
    height: float,
    title: str,
    desc: str,
    data_summary: str,
    cid: str,
    css_class: str,
    defs: Sequence[str] = (),
    body: Sequence[str] = (),
    fluid: bool = False,
) -> SafeString:
    """The finished chart: accessible root, title/desc, defs and body. The only mark_safe here.
    `fluid`: as wide as its box, in CSS pixels, no viewBox (pintu.insights.charts.fluid)."""
    lead = plain(desc)
    if lead and data_summary and lead[-1] not in ".:;!?":
        lead += "."
    full_desc = " ".join(part for part in (lead, data_summary) if part)
    size = (
        f'width="100%" height="{num(height)}"'
        if fluid
        else f'viewBox="0 0 {num(width)} {num(height)}" width="{num(width)}" height="{num(height)}" '
        'preserveAspectRatio="xMinYMin meet"'
    )
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart {css_class}{" chart-fluid" if fluid else ""}" '
        f'role="img" {size} '
        f'aria-labelledby="{cid}-title {cid}-desc" font-family="{FONT}">'
        f'<title id="{cid}-title">{escape(plain(title))}</title>'
        f'<desc id="{cid}-desc">{escape(full_desc)}</desc>'
    )
    defs_part = f"<defs>{''.join(defs)}</defs>" if defs else ""
    return mark_safe(head + defs_part + "".join(body) + "</svg>")  # noqa: S308 - every text escaped above


@dataclass(frozen=True)
class Frame:
    """What every chart's document says of it whatever its body: its kind (a CSS class), title, description,
    data summary and id. Each chart names it once and finishes with `frame.document(...)`."""

    css_class: str
    title: str
    desc: str
    data_summary: str
    cid: str

    def document(
        self, width: float, height: float, body: Sequence[str], defs: Sequence[str] = (), *, fluid: bool = False
    ) -> SafeString:
        return svg_document(width=width, height=height, title=self.title, desc=self.desc, cid=self.cid, fluid=fluid,
                            data_summary=self.data_summary, css_class=self.css_class, defs=defs, body=body)  # fmt: skip


def pattern_defs(cid: str, colours: Sequence[str]) -> tuple[list[str], list[str]]:
    """One fill per series: the first solid, the next ones with distinct white overlays
    (diagonal, dots, cross, horizontal ...), so segments differ without colour."""
    overlays = (
        "",
        '<path d="M-2 2l4-4M0 8l8-8M6 10l4-4" stroke="#fff" stroke-width="1.6"/>',
        '<circle cx="4" cy="4" r="1.6" fill="#fff"/>',
        '<path d="M0 0l8 8M8 0l-8 8" stroke="#fff" stroke-width="1.2"/>',
        '<path d="M0 4h8" stroke="#fff" stroke-width="1.6"/>',
        '<path d="M4 0v8" stroke="#fff" stroke-width="1.6"/>',
    )
    defs, fills = [], []
    for index, colour in enumerate(colours):
        overlay = overlays[index % len(overlays)]
        if not overlay:
            fills.append(colour)
            continue
        pid = f"{cid}-p{index}"
        defs.append(
            f'<pattern id="{pid}" width="8" height="8" patternUnits="userSpaceOnUse">'
            f'<rect width="8" height="8" fill="{colour}"/>{overlay}</pattern>'
        )
        fills.append(f"url(#{pid})")
    return defs, fills


def hatch_def(cid: str) -> tuple[str, str]:
    """The "no data" fill: light grey with dark diagonal hatching."""
    pid = f"{cid}-nodata"
    return (
        f'<pattern id="{pid}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="#f3f2f1"/><path d="M0 0v6" stroke="{MUTED}" stroke-width="1.2"/></pattern>',
        f"url(#{pid})",
    )


def colour_for(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def ink_on(fill_hex: str) -> str:
    """Black or white text, whichever reads better on the fill."""
    value = fill_hex.lstrip("#")
    if len(value) != 6:
        return INK
    r, g, b = (int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return INK if luminance > 0.5 else "#ffffff"
