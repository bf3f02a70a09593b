"""Area boundaries shipped by the region package: stored simplified, searched by point, drawn as maps.

`replace_boundaries` is called by the region loader (pintu.regions) inside its transaction: it projects
every shape into one map frame for the whole region (pintu.agencies.geometry.Frame), simplifies it there
(Douglas-Peucker, TOLERANCE frame units) and stores, per area, the simplified longitude/latitude rings
(for `areas_at`) and the SVG path (for `area_map`). A region without a boundary file has no rows, and
every caller then shows what it showed before (no map, no lookup).
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pintu.agencies.geometry import Frame, Shape, box_of, label_point, shape_contains, simplify_ring, svg_path, union
from pintu.agencies.models import Area, AreaBoundary

#: Simplification tolerance in frame units (the region's longer side is 10000): about 0.04 % of it,
#: some 20-40 m for a kabupaten, finer than a finger on a phone's map.
TOLERANCE = 4
#: Room around a map's shapes, as a fraction of its larger side.
PADDING = 0.02
CHAR_WIDTH = 0.58  # average glyph width as a fraction of the font size


def _simplified(shape: Shape, frame: Frame) -> tuple[list, list]:
    """The shape's rings kept by simplification: (longitude/latitude rings, projected rings) per polygon.
    A polygon or hole too small to keep four points is dropped; if nothing is left, the shape as given."""
    geographic, projected = [], []
    for polygon in shape:
        rings_ll, rings_xy = [], []
        for index, ring in enumerate(polygon):
            points = [frame.project(*point) for point in ring]
            keep = simplify_ring(tuple(points), TOLERANCE)
            if keep is None:
                if index == 0:
                    break
                continue
            rings_ll.append([[round(ring[i][0], 6), round(ring[i][1], 6)] for i in keep])
            rings_xy.append(tuple(points[i] for i in keep))
        if rings_ll:
            geographic.append(rings_ll)
            projected.append(tuple(rings_xy))
    if not geographic:
        geographic = [[[list(point) for point in ring] for ring in polygon] for polygon in shape]
        projected = [tuple(tuple(frame.project(*point) for point in ring) for ring in polygon) for polygon in shape]
    return geographic, projected


def replace_boundaries(shapes: Sequence[tuple[Area, Shape]]) -> int:
    """Store these boundaries (longitude/latitude shapes) in place of every stored one; returns the count."""
    AreaBoundary.objects.all().delete()
    if not shapes:
        return 0
    frame = Frame(union([box_of(shape) for _, shape in shapes]))
    rows = []
    for area, shape in shapes:
        geographic, projected = _simplified(shape, frame)
        west, south, east, north = box_of(shape)
        x0, y0, x1, y1 = box_of(tuple(projected))
        label = label_point(tuple(projected))
        rows.append(AreaBoundary(
            area=area, shape=geographic, west=west, south=south, east=east, north=north,
            path=svg_path(tuple(projected)), box=[round(x0), round(y0), round(x1), round(y1)],
            label=[round(label[0]), round(label[1])] if label else None,
        ))  # fmt: skip
    AreaBoundary.objects.bulk_create(rows)
    return len(rows)


def areas_at(longitude: float, latitude: float, areas) -> list[Area]:
    """The areas of the queryset `areas` whose shipped boundary holds the point (a kecamatan, and its desa
    when desa boundaries are shipped too): a box filter in the database, then point in polygon."""
    candidates = AreaBoundary.objects.filter(
        area__in=areas, west__lte=longitude, east__gte=longitude, south__lte=latitude, north__gte=latitude
    ).select_related("area")
    return [boundary.area for boundary in candidates if shape_contains(boundary.shape, longitude, latitude)]


@dataclass(frozen=True)
class MapShape:
    area: Area
    path: str
    label: tuple[int, int] | None


@dataclass(frozen=True)
class AreaMap:
    """A map of some areas in the region's frame: its viewBox, shapes (in the order given) and label size."""

    view_box: str
    shapes: tuple[MapShape, ...]
    label_size: int


def boundaries_of(areas: Iterable[Area]) -> dict[int, AreaBoundary]:
    return {boundary.area_id: boundary for boundary in AreaBoundary.objects.filter(area__in=list(areas))}


def area_map(areas: Iterable[Area], boundaries: dict[int, AreaBoundary]) -> AreaMap | None:
    """The map of those of `areas` that have a boundary in `boundaries`; None when none has."""
    drawn = [(area, boundaries[area.pk]) for area in areas if area.pk in boundaries]
    if not drawn:
        return None
    x0, y0, x1, y1 = union([tuple(boundary.box) for _, boundary in drawn])
    side = max(x1 - x0, y1 - y0, 1)
    pad = round(side * PADDING)
    view_box = f"{x0 - pad} {y0 - pad} {x1 - x0 + 2 * pad} {y1 - y0 + 2 * pad}"
    size = max(round(side / 28), 1)  # about 12 px when the map is a phone's width
    shapes = tuple(MapShape(area, b.path, tuple(b.label) if _fits(area.name, b, size) else None) for area, b in drawn)
    return AreaMap(view_box=view_box, shapes=shapes, label_size=size)


def _fits(name: str, boundary: AreaBoundary, size: int) -> bool:
    """A name is printed only where it fits across its shape's box (else: its link's name and tooltip)."""
    return bool(boundary.label) and len(name) * size * CHAR_WIDTH <= 0.9 * (boundary.box[2] - boundary.box[0])
