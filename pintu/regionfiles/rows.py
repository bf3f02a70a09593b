"""The rows of a region package, as read from its files (plain values; `line` is where the row stands)."""

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Kecamatan:
    line: int
    bps_code: str
    kemendagri_code: str
    name: str
    population: int | None
    map_row: int | None
    map_col: int | None
    # the kecamatan office's officials, as instansi.csv's (kepala, jabatan_kepala, pejabat_penghubung): the camat
    head_name: str = ""
    head_title: str = ""
    liaison_name: str = ""


@dataclass(frozen=True)
class Desa:
    line: int
    kecamatan_bps: str
    code: str  # Kemendagri
    name: str
    kind: str  # desa | kelurahan
    bps_code: str


@dataclass(frozen=True)
class BoundaryRow:
    """One feature of batas.geojson: the boundary of a kecamatan or desa (longitude/latitude, WGS 84)."""

    index: int  # the n-th feature (1-based)
    level: str  # kecamatan | desa
    kemendagri_code: str  # the area it bounds, by its Kemendagri code
    shape: tuple  # pintu.agencies.geometry.Shape


@dataclass(frozen=True)
class AgencyRow:
    file: str
    line: int | None
    code: str
    name: str
    short_name: str
    kind: str
    parent: str  # an agency code of the package; empty: under the Pemda (outside instansi: none)
    duties: str = ""
    duties_en: str = ""  # the duties in English, shown where the page is English
    keywords: tuple[str, ...] = ()
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    channel_note: str = ""
    head_name: str = ""  # the head (kepala) of the agency, with titles
    head_title: str = ""  # the head's post (jabatan)
    liaison_name: str = ""  # the pejabat penghubung (complaints)


@dataclass(frozen=True)
class CategoryRow:
    line: int
    code: str
    name: str
    name_en: str
    default_agency: str
    needs_field_check: bool
    lapor_main: str


@dataclass(frozen=True)
class Kop:
    """What every kop of the region shares (region.toml [kop])."""

    government_name: str
    address: str
    postcode: str
    website: str
    place: str
    crest: str  # a PNG file in the package, or empty


@dataclass(frozen=True)
class LetterheadRow:
    line: int
    agency: str  # empty: the Pemda's default kop
    unit_name: str
    unit_code: str
    phone: str
    email: str


@dataclass(frozen=True)
class SchemeRow:
    index: int  # the n-th [[penomoran]] table
    name: str
    classification_code: str
    pattern: str
    kinds: tuple[str, ...]
    serial_width: int = 3


@dataclass(frozen=True)
class OfficialRow:
    line: int
    nip: str
    name: str
    post: str
    rank: str
    role: str
    agency: str
    certificate: str
    account: str  # a username linked when that account exists


@dataclass(frozen=True)
class ClosedDayRow:
    line: int
    date: datetime.date
    name: str
    kind: str
    note: str


@dataclass(frozen=True)
class Calendar:
    years: tuple[int, ...]
    confirmed: dict[int, str]  # year -> the decree it was checked against
    closed_days: tuple[ClosedDayRow, ...] = ()


@dataclass
class Region:
    path: str
    name: str
    kind: str  # kabupaten | kota
    bps_code: str
    kemendagri_code: str
    province: str
    capital: str
    population: int | None
    pemda: AgencyRow
    kecamatan_duties: str
    kecamatan_keywords: tuple[str, ...]
    kecamatan_duties_en: str = ""
    kecamatan: list[Kecamatan] = field(default_factory=list)
    desa: list[Desa] = field(default_factory=list)
    boundaries: list[BoundaryRow] = field(default_factory=list)  # batas.geojson (optional)
    agencies: list[AgencyRow] = field(default_factory=list)  # parents before their children
    outside: list[AgencyRow] = field(default_factory=list)
    categories: list[CategoryRow] = field(default_factory=list)
    kop: Kop | None = None
    letterheads: list[LetterheadRow] = field(default_factory=list)
    numbering: list[SchemeRow] = field(default_factory=list)
    officials: list[OfficialRow] = field(default_factory=list)
    calendar: Calendar = field(default_factory=lambda: Calendar((), {}))
    privacy: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def kecamatan_office_code(bps_code: str) -> str:
        """Every kecamatan is also an agency, KEC_<BPS code>."""
        return f"KEC_{bps_code}"
