"""A region's data package (regions/<name>/): read and check it, without touching the database.

A package is a directory with `region.toml` (the region, its Pemda, kop, numbering, calendar, data
protection officer) and CSV files (kecamatan, desa, instansi, instansi luar, kategori, kop, pejabat,
kalender) and, optionally, batas.geojson (boundaries, pintu.regionfiles.boundaries). `read_package(path)`
returns a `Region` of plain rows, or raises `RegionError` listing every problem found, each with its file
and line. `pintu.regions` writes a Region into the database; the demo (`pintu.demo`, `pintu.letters.demo`)
reads the Ogan Ilir package through here. Format: docs/regions.md.
"""

from pintu.regionfiles.problems import Problem, RegionError
from pintu.regionfiles.reader import DEMO_REGION_DIR, read_package
from pintu.regionfiles.rows import Region

__all__ = ["DEMO_REGION_DIR", "Problem", "Region", "RegionError", "read_package"]
