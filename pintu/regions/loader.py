"""Write a region package into the database, all of it or nothing (one transaction).

Each row is matched by its code (areas by level and Kemendagri code, agencies, categories and schemes by
code or name, signatories by NIP), checked with the model's own rules and saved: loading the same package
again updates instead of duplicating. A row the database refuses raises RegionError with the file and
line of that row; the transaction is rolled back, so a bad package leaves nothing behind.

`load_region(path)` loads everything (`manage.py load_region`). The demo (`manage.py load_demo`) loads the
reference parts with `load_reference(region)` and the letter set-up through pintu.letters.demo.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pintu.agencies.boundaries import replace_boundaries
from pintu.agencies.models import Agency, AgencyKind, Area, AreaLevel
from pintu.categories.models import Category
from pintu.letters import regional as letters
from pintu.mydata.models import PrivacySettings
from pintu.regionfiles import Problem, Region, RegionError, read_package
from pintu.regionfiles.reader import TOML
from pintu.regionfiles.rows import AgencyRow
from pintu.workdays.models import CalendarYear, ClosedDay, ClosureSource
from pintu.workdays.services import calendar_changed, confirm_year, prefill_year

PRIVACY_FIELDS = {
    "pengendali": "controller",
    "unit_pengendali": "controller_unit",
    "alamat_pengendali": "controller_address",
    "jenis_pejabat": "officer_title",
    "nama_pejabat": "officer_name",
    "jabatan_pejabat": "officer_post",
    "email_pejabat": "officer_email",
    "telepon_pejabat": "officer_phone",
}


@contextmanager
def row(file: str, line: int | None) -> Iterator[None]:
    """A ValidationError raised while saving this row becomes a RegionError naming the file and line."""
    try:
        yield
    except ValidationError as error:
        messages = []
        for field, errors in error.message_dict.items() if hasattr(error, "error_dict") else [("", error.messages)]:
            label = "" if field in ("", "__all__") else f"{field}: "
            messages += [f"{label}{message}" for message in errors]
        raise RegionError([Problem(file, line, " ".join(messages))]) from error


def _save(obj, file: str, line: int | None, **clean):
    with row(file, line):
        obj.full_clean(**clean)
        obj.save()
    return obj


def _area(level: str, code: str) -> Area:
    return Area.objects.filter(level=level, code=code).first() or Area(level=level, code=code)


def check_database_is_for(region: Region) -> None:
    """A database holds one region: refuse a package of another region (loading the same one again updates)."""
    other = Area.objects.filter(level=AreaLevel.KABUPATEN).exclude(code=region.kemendagri_code).first()
    if other is not None:
        message = _(
            "basis data ini sudah berisi %(other)s; muat %(name)s ke basis data kosong (satu basis data untuk satu "
            "daerah)."
        ) % {"other": other.name, "name": region.name}
        raise RegionError([Problem(TOML, None, message)])


def load_areas(region: Region) -> dict[str, Area]:
    kabupaten = _area(AreaLevel.KABUPATEN, region.kemendagri_code)
    kabupaten.name, kabupaten.bps_code, kabupaten.population = region.name, region.bps_code, region.population
    _save(kabupaten, TOML, None)
    kecamatan: dict[str, Area] = {}
    for item in region.kecamatan:
        area = _area(AreaLevel.KECAMATAN, item.kemendagri_code)
        area.name, area.bps_code, area.parent = item.name, item.bps_code, kabupaten
        area.population, area.map_row, area.map_col = item.population, item.map_row, item.map_col
        kecamatan[item.bps_code] = _save(area, "kecamatan.csv", item.line)
    for item in region.desa:
        level = AreaLevel.KELURAHAN if item.kind == "kelurahan" else AreaLevel.DESA
        area = _area(level, item.code)
        area.name, area.parent = item.name, kecamatan[item.kecamatan_bps]
        if item.bps_code:
            area.bps_code = item.bps_code
        _save(area, "desa.csv", item.line)
    return kecamatan


def load_boundaries(region: Region) -> None:
    """batas.geojson in place of the stored boundaries (none shipped: none kept; nothing else edits them)."""
    levels = {"kecamatan": [AreaLevel.KECAMATAN], "desa": [AreaLevel.DESA, AreaLevel.KELURAHAN]}
    areas = {(area.level, area.code): area for area in Area.objects.exclude(code="")}
    shapes = []
    for item in region.boundaries:
        area = next(areas[(level, item.kemendagri_code)] for level in levels[item.level]
                    if (level, item.kemendagri_code) in areas)  # fmt: skip
        shapes.append((area, item.shape))
    replace_boundaries(shapes)


def _agency(spec, *, parent: Agency | None, area: Area | None = None) -> Agency:
    agency = Agency.objects.filter(code=spec.code).first() or Agency(code=spec.code)
    agency.name, agency.short_name, agency.kind, agency.parent = spec.name, spec.short_name, spec.kind, parent
    agency.duties, agency.duties_en, agency.keywords = spec.duties, spec.duties_en, "\n".join(spec.keywords)
    if area is not None:
        agency.area = area
    for name in ("address", "phone", "email", "website", "channel_note", "head_name", "head_title", "liaison_name"):
        if getattr(spec, name):  # contacts and officials an admin added are kept when the package leaves them empty
            setattr(agency, name, getattr(spec, name))
    return _save(agency, spec.file, spec.line)


def load_agencies(region: Region, kecamatan: dict[str, Area]) -> None:
    kabupaten = Area.objects.get(level=AreaLevel.KABUPATEN, code=region.kemendagri_code)
    pemda = _agency(region.pemda, parent=None, area=kabupaten)
    by_code = {pemda.code: pemda}
    for spec in region.agencies:  # parents come first (the reader orders them)
        by_code[spec.code] = _agency(spec, parent=by_code[spec.parent] if spec.parent else pemda)
    for item in region.kecamatan:
        spec = AgencyRow(
            file="kecamatan.csv", line=item.line, code=region.kecamatan_office_code(item.bps_code),
            name=f"Kecamatan {item.name}", short_name=f"Kec. {item.name}", kind=AgencyKind.KECAMATAN, parent="",
            duties=region.kecamatan_duties, duties_en=region.kecamatan_duties_en, keywords=region.kecamatan_keywords,
            head_name=item.head_name, head_title=item.head_title, liaison_name=item.liaison_name,
        )  # fmt: skip
        _agency(spec, parent=pemda, area=kecamatan[item.bps_code])
    for spec in region.outside:
        _agency(spec, parent=None)


def load_categories(region: Region) -> None:
    agencies = dict(Agency.objects.values_list("code", "pk"))
    for index, item in enumerate(region.categories):
        category = Category.objects.filter(code=item.code).first() or Category(code=item.code)
        category.name, category.name_en, category.sort_order = item.name, item.name_en, index * 10
        category.default_agency_id = agencies.get(item.default_agency)
        category.needs_field_check, category.lapor_main = item.needs_field_check, item.lapor_main
        _save(category, "kategori.csv", item.line)


def load_calendar(region: Region) -> None:
    for year in region.calendar.years:
        prefill_year(year)
        if year in region.calendar.confirmed and not CalendarYear.objects.get(year=year).confirmed:
            confirm_year(year, actor=None, reference=region.calendar.confirmed[year])
    added = False
    for item in region.calendar.closed_days:
        day = ClosedDay.objects.filter(date=item.date, kind=item.kind, name=item.name).first()
        if day is None:
            day, added = ClosedDay(date=item.date, kind=item.kind, name=item.name), True
        day.note, day.source = item.note, ClosureSource.MANUAL
        _save(day, "kalender.csv", item.line)
        CalendarYear.objects.get_or_create(year=item.date.year)
    if added:
        calendar_changed()


def load_privacy(region: Region) -> None:
    if not region.privacy:
        return
    settings = PrivacySettings.load()
    for key, field in PRIVACY_FIELDS.items():
        if key in region.privacy:
            setattr(settings, field, region.privacy[key])
    code = region.privacy.get("instansi_pengendali")
    settings.controller_agency = Agency.objects.filter(code=code).first() if code else None
    _save(settings, TOML, None)


def load_letters(region: Region) -> None:
    """Kop, numbering and signatories (the PPID's letters: notices, decisions, answers)."""
    crest = (Path(region.path) / region.kop.crest).read_bytes() if region.kop and region.kop.crest else None
    for item in region.letterheads:
        with row("kop.csv", item.line):
            letters.save_letterhead(region.kop, item, crest=crest)
    for scheme in region.numbering:
        with row(TOML, None):
            letters.save_scheme(scheme)
    letters.ensure_kind_settings()
    for item in region.officials:
        with row("pejabat.csv", item.line):
            letters.save_signatory(item)


def load_reference(region: Region) -> None:
    """Areas and their boundaries, agencies, categories, calendar and the data-protection officer (what the demo
    loads too)."""
    check_database_is_for(region)
    kecamatan = load_areas(region)
    load_boundaries(region)
    load_agencies(region, kecamatan)
    load_categories(region)
    load_calendar(region)
    load_privacy(region)


@transaction.atomic
def load_region(path) -> Region:
    """Read, check and load the package in `path`; RegionError (and nothing written) when it cannot."""
    region = read_package(path)
    load_reference(region)
    load_letters(region)
    return region
