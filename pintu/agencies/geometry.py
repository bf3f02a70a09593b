"""Plane geometry of area boundaries: point in polygon, simplification, the map frame, SVG paths.

Plain functions over tuples, no database. A shape is a multipolygon: polygons, each an outer ring then
its holes, each ring a closed sequence of (x, y) points (first point == last point). Coordinates are
(longitude, latitude) in WGS 84 as the region package ships them, or (x, y) in the map frame once
projected. Used by pintu.agencies.boundaries (stored boundaries) and pintu.regionfiles (reading them).
"""

import math
from collections.abc import Sequence

Point = tuple[float, float]
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]
Shape = tuple[Polygon, ...]
Box = tuple[float, float, float, float]  # min x, min y, max x, max y

#: The map frame: the region's longer side spans FRAME units (integer coordinates in the SVG paths).
FRAME = 10000


def box_of(shape: Shape) -> Box:
    xs = [x for polygon in shape for x, _ in polygon[0]]
    ys = [y for polygon in shape for _, y in polygon[0]]
    return min(xs), min(ys), max(xs), max(ys)


def union(boxes: Sequence[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def ring_contains(ring: Sequence[Sequence[float]], x: float, y: float) -> bool:
    """Even-odd ray casting: is (x, y) inside the closed ring? (A point exactly on an edge may go either way.)"""
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def shape_contains(shape: Sequence, x: float, y: float) -> bool:
    """Inside one polygon's outer ring and none of its holes."""
    return any(
        ring_contains(polygon[0], x, y) and not any(ring_contains(hole, x, y) for hole in polygon[1:])
        for polygon in shape
    )


def ring_area(ring: Sequence[Sequence[float]]) -> float:
    """Signed area (shoelace); the sign follows the ring's direction."""
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False)) / 2


def _kept(points: Sequence[Point], tolerance: float) -> list[int]:
    """Douglas-Peucker on an open polyline: the indices of the points kept (ends always kept)."""
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        far, far_index = -1.0, None
        for index in range(first + 1, last):
            px, py = points[index]
            if length:
                distance = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            else:
                distance = math.hypot(px - ax, py - ay)
            if distance > far:
                far, far_index = distance, index
        if far_index is not None and far > tolerance:
            keep.add(far_index)
            stack += [(first, far_index), (far_index, last)]
    return sorted(keep)


def simplify_ring(ring: Ring, tolerance: float) -> list[int] | None:
    """Indices of the points of a closed ring kept by Douglas-Peucker (split at the point farthest from
    the first), or None when fewer than four points (a triangle, closed) would remain."""
    if len(ring) <= 4:
        return list(range(len(ring)))
    x0, y0 = ring[0]
    split = max(range(1, len(ring) - 1), key=lambda i: (ring[i][0] - x0) ** 2 + (ring[i][1] - y0) ** 2)
    head = _kept(ring[: split + 1], tolerance)
    tail = [split + i for i in _kept(ring[split:], tolerance)]
    kept = head + tail[1:]
    return kept if len(kept) >= 4 else None


class Frame:
    """An equirectangular projection of a longitude/latitude box onto a FRAME-unit plane (north up).

    Longitudes are shrunk by the cosine of the middle latitude, so shapes keep their proportions near
    the equator (Indonesia); a kabupaten is small enough for this to be faithful at a phone's size."""

    def __init__(self, box: Box):
        west, south, east, north = box
        self.west, self.north = west, north
        self.kx = math.cos(math.radians((south + north) / 2))
        span = max((east - west) * self.kx, north - south) or 1e-9
        self.scale = FRAME / span

    def project(self, lon: float, lat: float) -> Point:
        return (lon - self.west) * self.kx * self.scale, (self.north - lat) * self.scale


def svg_path(shape: Shape) -> str:
    """A compact SVG path of a projected shape: integer coordinates, one subpath per ring."""
    parts = []
    for polygon in shape:
        for ring in polygon:
            points = [f"{round(x)} {round(y)}" for x, y in ring[:-1]]
            parts.append("M" + points[0] + "L" + " ".join(points[1:]) + "Z")
    return "".join(parts)


def label_point(shape: Shape) -> Point | None:
    """Where a name goes: the centroid of the largest polygon's outer ring, when it lies inside the shape."""
    ring = max((polygon[0] for polygon in shape), key=lambda r: abs(ring_area(r)))
    area = ring_area(ring)
    if not area:
        return None
    cx = sum((x1 + x2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False))
    cy = sum((y1 + y2) * (x1 * y2 - x2 * y1) for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False))
    point = (cx / (6 * area), cy / (6 * area))
    return point if shape_contains(shape, *point) else None
