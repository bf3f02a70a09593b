"""Read a region package (region.toml + CSV files) into a Region, checking every row.

Checks here are those a file alone can fail: missing files and columns, unknown columns, empty required
cells, numbers and dates, BPS and Kemendagri codes that do not belong to the region or to their
kecamatan, duplicate codes, units whose parent is unknown or circular, references between files. What
the database's own rules decide (an e-mail address, a NIP, a numbering pattern) is checked by the loader
(pintu.regions), which reports it with the same file and line.
"""

import csv
import datetime
import re
import tomllib
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from pintu.agencies.models import OUTSIDE_KINDS, AgencyKind
from pintu.regionfiles import rows
from pintu.regionfiles.boundaries import read_boundaries
from pintu.regionfiles.problems import Problem, RegionError
from pintu.workdays.models import ClosureKind

#: The package the demo loads (`manage.py load_demo`, `make run`).
DEMO_REGION_DIR = Path(settings.BASE_DIR) / "regions" / "ogan-ilir"

TOML = "region.toml"
CODE = re.compile(r"^[A-Za-z0-9_-]+$")
INSIDE_KINDS = sorted(set(AgencyKind.values) - set(OUTSIDE_KINDS) - {AgencyKind.PEMDA})
SIGNER_ROLES = ("ppid_utama", "ppid_pembantu", "atasan_ppid")
AGENCY_COLUMNS = ("alamat", "telepon", "email", "situs", "cara_menghubungi")
#: the agency's officials (instansi.csv only): the head's name and post, the pejabat penghubung's name
OFFICIAL_COLUMNS = ("kepala", "jabatan_kepala", "pejabat_penghubung")
NAME_LIMIT, POST_LIMIT = 150, 200
#: file: (required columns, optional columns)
COLUMNS = {
    "kecamatan.csv": (
        ("kode_bps", "kode_kemendagri", "nama"),
        ("penduduk", "baris_peta", "kolom_peta", *OFFICIAL_COLUMNS),
    ),
    "desa.csv": (("kode_bps_kecamatan", "kode_kemendagri", "nama", "jenis"), ("kode_bps",)),
    "instansi.csv": (
        ("kode", "nama", "jenis"),
        ("nama_singkat", "induk", "tugas", "tugas_en", "kata_kunci", *AGENCY_COLUMNS, *OFFICIAL_COLUMNS),
    ),
    "instansi_luar.csv": (
        ("kode", "nama", "jenis"),
        ("nama_singkat", "tugas", "tugas_en", "kata_kunci", *AGENCY_COLUMNS),
    ),
    "kategori.csv": (("kode", "nama"), ("nama_en", "instansi_default", "cek_lapangan", "kategori_lapor")),
    "kop.csv": (("nama_unit", "kode_unit"), ("instansi", "telepon", "email")),
    "pejabat.csv": (("nip", "nama", "jabatan", "instansi"), ("pangkat", "peran", "sertifikat", "akun")),
    "kalender.csv": (("tanggal", "nama", "jenis"), ("catatan",)),
}
OPTIONAL_FILES = {"kop.csv", "pejabat.csv", "kalender.csv"}
#: region.toml: table -> (required keys, optional keys)
TABLES = {
    "daerah": (("nama", "jenis", "kode_bps", "kode_kemendagri", "provinsi"), ("ibu_kota", "penduduk", "sumber")),
    "pemda": (("kode", "nama"), ("nama_singkat", *AGENCY_COLUMNS)),
    "kantor_kecamatan": ((), ("tugas", "tugas_en", "kata_kunci")),
    "kop": (("pemerintah", "alamat", "tempat"), ("kode_pos", "situs", "lambang")),
    "kalender": ((), ("tahun", "dikonfirmasi")),
    "pelindungan_data": (
        (),
        (
            "pengendali",
            "unit_pengendali",
            "instansi_pengendali",
            "alamat_pengendali",
            "jenis_pejabat",
            "nama_pejabat",
            "jabatan_pejabat",
            "email_pejabat",
            "telepon_pejabat",
        ),
    ),  # fmt: skip
    "penomoran": (("nama", "kode_klasifikasi", "pola"), ("jenis_surat", "digit")),
}
YES, NO = {"ya", "y", "true", "1"}, {"tidak", "t", "false", "0", ""}


class _Reader:
    def __init__(self, path: Path):
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, file: str, line: int | None, message: str, **values) -> None:
        self.problems.append(Problem(file, line, message % values if values else message))

    def code_matches(self, file: str, line: int, pattern: str, code: str, message: str, **values) -> bool:
        """`code` is the whole of `pattern`; else a problem `message` (with %(code)s and `values`)."""
        if re.fullmatch(pattern, code):
            return True
        self.problem(file, line, message, code=code, **values)
        return False

    def kind_allowed(self, file: str, line: int, kind: str, allowed, message: str) -> bool:
        """`kind` is one of `allowed`; else a problem `message` (with %(kind)s and %(kinds)s)."""
        if kind in allowed:
            return True
        self.problem(file, line, message, kind=kind, kinds=", ".join(allowed))
        return False

    # --- files ---------------------------------------------------------------------------------------

    def toml(self) -> dict:
        try:
            with open(self.path / TOML, "rb") as handle:
                return tomllib.load(handle)
        except FileNotFoundError:
            self.problem(TOML, None, _("berkas tidak ada."))
        except tomllib.TOMLDecodeError as error:
            self.problem(TOML, None, _("bukan TOML yang sah: %(error)s"), error=error)
        return {}

    def table(self, data: dict, name: str, *, required: bool = True) -> dict:
        value = data.get(name)
        if value is None:
            if required:
                self.problem(TOML, None, _("tabel [%(table)s] tidak ada."), table=name)
            return {}
        tables = value if isinstance(value, list) else [value]
        need, may = TABLES[name]
        for table in tables:
            missing = [key for key in need if not str(table.get(key, "")).strip()]
            unknown = sorted(set(table) - set(need) - set(may))
            if missing:
                self.problem(TOML, None, _("[%(table)s] tanpa %(keys)s."), table=name, keys=", ".join(missing))
            if unknown:
                self.problem(
                    TOML,
                    None,
                    _("[%(table)s]: kunci tidak dikenal %(keys)s.") % {"table": name, "keys": ", ".join(unknown)},
                )
        return value

    def csv(self, name: str) -> list[tuple[int, dict[str, str]]]:
        """The data rows of a CSV file as (line, {column: stripped value}); comment rows (# ...) skipped."""
        need, may = COLUMNS[name]
        try:
            handle = open(self.path / name, encoding="utf-8-sig", newline="")
        except FileNotFoundError:
            if name not in OPTIONAL_FILES:
                self.problem(name, None, _("berkas tidak ada."))
            return []
        with handle:
            try:
                reader = csv.reader(handle)
                header = [cell.strip() for cell in next(reader, [])]
                missing = [column for column in need if column not in header]
                unknown = [column for column in header if column and column not in need + may]
                if missing:
                    self.problem(name, 1, _("kolom wajib tidak ada: %(columns)s."), columns=", ".join(missing))
                if unknown:
                    self.problem(name, 1, _("kolom tidak dikenal: %(columns)s."), columns=", ".join(unknown))
                if missing or unknown:
                    return []
                found = []
                for cells in reader:
                    if not any(cell.strip() for cell in cells) or cells[0].lstrip().startswith("#"):
                        continue
                    line = reader.line_num
                    if len(cells) > len(header):
                        self.problem(name, line, _("lebih banyak sel daripada kolom judul."))
                        continue
                    row = {column: (cells[i].strip() if i < len(cells) else "") for i, column in enumerate(header)}
                    empty = [column for column in need if not row[column]]
                    if empty:
                        self.problem(name, line, _("kolom %(columns)s kosong."), columns=", ".join(empty))
                        continue
                    found.append((line, row))
                return found
            except (UnicodeDecodeError, csv.Error) as error:
                self.problem(name, None, _("tidak dapat dibaca sebagai CSV UTF-8: %(error)s"), error=error)
                return []

    # --- values --------------------------------------------------------------------------------------

    def number(self, file: str, line: int | None, value, what: str) -> int | None:
        if value in (None, ""):
            return None
        try:
            number = int(str(value).replace(".", "")) if not isinstance(value, int) else value
        except ValueError:
            number = -1
        if number < 0:
            self.problem(file, line, _("%(what)s bukan bilangan bulat: %(value)s"), what=what, value=value)
            return None
        return number

    def yes_no(self, file: str, line: int, value: str, what: str) -> bool:
        if value.lower() in YES:
            return True
        if value.lower() not in NO:
            self.problem(file, line, _("%(what)s harus ya atau tidak: %(value)s"), what=what, value=value)
        return False

    def unique(self, file: str, line: int, seen: dict, key: str, what: str) -> bool:
        if key in seen:
            self.problem(
                file,
                line,
                _("%(what)s %(code)s ganda (sudah ada di %(where)s).")
                % {"what": what, "code": key, "where": seen[key]},
            )
            return False
        seen[key] = f"{file}, " + _("baris %(line)s") % {"line": line} if line else file
        return True


def _words(value) -> tuple[str, ...]:
    items = value if isinstance(value, list) else str(value or "").split(";")
    return tuple(word.strip() for word in items if str(word).strip())


def read_package(path) -> rows.Region:
    """Read and check the package in directory `path`; RegionError lists every problem found."""
    path = Path(path)
    if not path.is_dir():
        raise RegionError([Problem(str(path), None, _("bukan direktori paket daerah."))])
    reader = _Reader(path)
    data = reader.toml()
    if not data:
        raise RegionError(reader.problems)
    region = _region(reader, data)
    codes: dict[str, str] = {}
    reader.unique(TOML, None, codes, region.pemda.code, _("Kode instansi"))
    _areas(reader, region)
    read_boundaries(reader, region)
    for kecamatan in region.kecamatan:
        reader.unique(
            "kecamatan.csv", kecamatan.line, codes, region.kecamatan_office_code(kecamatan.bps_code), _("Kode instansi")
        )
    _agencies(reader, region, codes)
    _categories(reader, region, codes)
    _letters(reader, region, data, codes)
    _calendar(reader, region, data)
    _privacy(reader, region, data, codes)
    if reader.problems:
        raise RegionError(reader.problems)
    return region


def _region(reader: _Reader, data: dict) -> rows.Region:
    unknown = sorted(set(data) - set(TABLES) - {"format"})
    if unknown:
        reader.problem(TOML, None, _("tabel tidak dikenal: %(tables)s."), tables=", ".join(unknown))
    if data.get("format", 1) != 1:
        reader.problem(
            TOML,
            None,
            _("format %(format)s tidak dikenal (versi ini membaca format = 1).") % {"format": data["format"]},
        )
    daerah, pemda = reader.table(data, "daerah"), reader.table(data, "pemda")
    office = reader.table(data, "kantor_kecamatan", required=False)
    bps, kemendagri = str(daerah.get("kode_bps", "")), str(daerah.get("kode_kemendagri", ""))
    if bps and not re.fullmatch(r"\d{4}", bps):
        reader.problem(TOML, None, _("[daerah] kode_bps harus 4 angka (misalnya 1610): %(code)s"), code=bps)
    if kemendagri and not re.fullmatch(r"\d{2}\.\d{2}", kemendagri):
        reader.problem(TOML, None, _("[daerah] kode_kemendagri harus seperti 16.10: %(code)s"), code=kemendagri)
    if daerah.get("jenis") not in (None, "kabupaten", "kota"):
        reader.problem(TOML, None, _("[daerah] jenis harus kabupaten atau kota: %(kind)s"), kind=daerah["jenis"])
    if pemda.get("kode") and not CODE.match(str(pemda["kode"])):
        reader.problem(
            TOML, None, _("[pemda] kode hanya boleh huruf, angka, _ dan -: %(code)s") % {"code": pemda["kode"]}
        )
    return rows.Region(
        path=str(reader.path),
        name=str(daerah.get("nama", "")),
        kind=str(daerah.get("jenis", "")),
        bps_code=bps,
        kemendagri_code=kemendagri,
        province=str(daerah.get("provinsi", "")),
        capital=str(daerah.get("ibu_kota", "")),
        population=reader.number(TOML, None, daerah.get("penduduk"), "[daerah] penduduk"),
        pemda=_agency_row(TOML, None, pemda, kind=AgencyKind.PEMDA, parent=""),
        kecamatan_duties=str(office.get("tugas", "")),
        kecamatan_duties_en=str(office.get("tugas_en", "")),
        kecamatan_keywords=_words(office.get("kata_kunci")),
    )


def _agency_row(file: str, line: int | None, row: dict, *, kind: str, parent: str) -> rows.AgencyRow:
    return rows.AgencyRow(
        file=file, line=line, code=str(row.get("kode", "")), name=str(row.get("nama", "")),
        short_name=str(row.get("nama_singkat", "")), kind=kind, parent=parent, duties=str(row.get("tugas", "")),
        duties_en=str(row.get("tugas_en", "")), keywords=_words(row.get("kata_kunci")),
        address=str(row.get("alamat", "")), phone=str(row.get("telepon", "")), email=str(row.get("email", "")),
        website=str(row.get("situs", "")), channel_note=str(row.get("cara_menghubungi", "")),
        head_name=str(row.get("kepala", "")), head_title=str(row.get("jabatan_kepala", "")),
        liaison_name=str(row.get("pejabat_penghubung", "")),
    )  # fmt: skip


def _officials_ok(reader: _Reader, file: str, line: int, row: dict) -> bool:
    """The head is named with the post (both or neither); names and posts fit their columns."""
    head, post = row.get("kepala", ""), row.get("jabatan_kepala", "")
    if bool(head) != bool(post):
        reader.problem(file, line, _("kepala dan jabatan_kepala diisi berdua (nama dengan jabatannya) atau "
                                     "dikosongkan berdua."))  # fmt: skip
        return False
    for column, limit in (("kepala", NAME_LIMIT), ("jabatan_kepala", POST_LIMIT), ("pejabat_penghubung", NAME_LIMIT)):
        if len(row.get(column, "")) > limit:
            reader.problem(file, line, _("%(column)s paling panjang %(n)s karakter."), column=column, n=limit)
            return False
    return True


def _areas(reader: _Reader, region: rows.Region) -> None:
    file = "kecamatan.csv"
    by_bps, bps_seen, code_seen = {}, {}, {}
    for line, row in reader.csv(file):
        bps, code = row["kode_bps"], row["kode_kemendagri"]
        message = _("kode BPS %(code)s bukan kode kecamatan %(region)s (%(prefix)sNNN).")
        if not reader.code_matches(file, line, rf"{region.bps_code}\d{{3}}", bps, message,
                                   region=region.name, prefix=region.bps_code):  # fmt: skip
            continue
        message = _("kode Kemendagri %(code)s bukan kode kecamatan %(region)s (%(prefix)s.NN).")
        if not reader.code_matches(file, line, rf"{re.escape(region.kemendagri_code)}\.\d{{2}}", code, message,
                                   region=region.name, prefix=region.kemendagri_code):  # fmt: skip
            continue
        if not (
            reader.unique(file, line, bps_seen, bps, _("Kode BPS"))
            & reader.unique(file, line, code_seen, code, _("Kode Kemendagri"))
        ) or not _officials_ok(reader, file, line, row):
            continue
        kecamatan = rows.Kecamatan(
            line, bps, code, row["nama"], reader.number(file, line, row.get("penduduk"), "penduduk"),
            reader.number(file, line, row.get("baris_peta"), "baris_peta"),
            reader.number(file, line, row.get("kolom_peta"), "kolom_peta"),
            head_name=row.get("kepala", ""), head_title=row.get("jabatan_kepala", ""),
            liaison_name=row.get("pejabat_penghubung", ""),
        )  # fmt: skip
        region.kecamatan.append(kecamatan)
        by_bps[bps] = kecamatan
    if not region.kecamatan and not any(p.file == file for p in reader.problems):
        reader.problem(file, None, _("tidak ada satu pun kecamatan."))
    file = "desa.csv"
    code_seen, bps_seen = {}, {}
    for line, row in reader.csv(file):
        kecamatan = by_bps.get(row["kode_bps_kecamatan"])
        if kecamatan is None:
            reader.problem(
                file,
                line,
                _("kode BPS kecamatan %(code)s tidak dikenal (tidak ada di kecamatan.csv)."),
                code=row["kode_bps_kecamatan"],
            )
            continue
        message = _("kode Kemendagri %(code)s bukan kode desa/kelurahan Kecamatan %(kecamatan)s (%(prefix)s.NNNN).")
        pattern = rf"{re.escape(kecamatan.kemendagri_code)}\.[12]\d{{3}}"
        if not reader.code_matches(file, line, pattern, row["kode_kemendagri"], message,
                                   kecamatan=kecamatan.name, prefix=kecamatan.kemendagri_code):  # fmt: skip
            continue
        if row["jenis"] not in ("desa", "kelurahan"):
            reader.problem(file, line, _("jenis harus desa atau kelurahan: %(kind)s"), kind=row["jenis"])
            continue
        bps = row.get("kode_bps", "")
        message = _("kode BPS %(code)s bukan kode desa Kecamatan %(kecamatan)s (%(prefix)sNNN).")
        if bps and not reader.code_matches(file, line, rf"{kecamatan.bps_code}\d{{3}}", bps, message,
                                           kecamatan=kecamatan.name, prefix=kecamatan.bps_code):  # fmt: skip
            continue
        if not reader.unique(file, line, code_seen, row["kode_kemendagri"], _("Kode Kemendagri")):
            continue
        if bps and not reader.unique(file, line, bps_seen, bps, _("Kode BPS")):
            continue
        region.desa.append(rows.Desa(line, kecamatan.bps_code, row["kode_kemendagri"], row["nama"], row["jenis"], bps))


def _agencies(reader: _Reader, region: rows.Region, codes: dict) -> None:
    file = "instansi.csv"
    pending: dict[str, rows.AgencyRow] = {}
    message = _("jenis %(kind)s tidak dikenal untuk perangkat daerah; pilih salah satu: %(kinds)s.")
    for line, row in _agency_rows(reader, file, codes, INSIDE_KINDS, message):
        if not _officials_ok(reader, file, line, row):
            continue
        pending[row["kode"]] = _agency_row(file, line, row, kind=row["jenis"], parent=row.get("induk", ""))
    # parents before their children; a unit whose parent is unknown or circular is refused
    placed: set[str] = set()
    while pending:
        ready = [a for a in pending.values() if not a.parent or a.parent in placed]
        if not ready:
            for agency in pending.values():
                if agency.parent in pending:
                    message = _("induk %(parent)s membentuk lingkaran (unit menjadi induk dirinya sendiri).")
                elif agency.parent == region.pemda.code:
                    message = _("induk %(parent)s adalah Pemda; kosongkan kolom induk untuk perangkat daerah.")
                else:
                    message = _("unit tanpa induk: kode induk %(parent)s tidak ada di instansi.csv.")
                reader.problem(file, agency.line, message % {"parent": agency.parent})
            break
        for agency in ready:
            region.agencies.append(agency)
            placed.add(agency.code)
            del pending[agency.code]
    file = "instansi_luar.csv"
    outside = sorted(OUTSIDE_KINDS)
    message = _("jenis %(kind)s bukan jenis instansi luar; pilih salah satu: %(kinds)s.")
    for line, row in _agency_rows(reader, file, codes, outside, message):
        region.outside.append(_agency_row(file, line, row, kind=row["jenis"], parent=""))


def _agency_rows(reader: _Reader, file: str, codes: dict, kinds, kind_message: str):
    """(line, row) of the rows of `file` whose code is valid and new and whose kind is one of `kinds`."""
    for line, row in reader.csv(file):
        if _agency_code_ok(reader, file, line, row, codes) and reader.kind_allowed(
            file, line, row["jenis"], kinds, kind_message
        ):
            yield line, row


def _agency_code_ok(reader: _Reader, file: str, line: int, row: dict, codes: dict) -> bool:
    if not CODE.match(row["kode"]) or len(row["kode"]) > 40:
        reader.problem(
            file, line, _("kode %(code)s: hanya huruf, angka, _ dan -, paling panjang 40.") % {"code": row["kode"]}
        )
        return False
    return reader.unique(file, line, codes, row["kode"], _("Kode instansi"))


def _categories(reader: _Reader, region: rows.Region, codes: dict) -> None:
    file, seen = "kategori.csv", {}
    for line, row in reader.csv(file):
        if not CODE.match(row["kode"]):
            reader.problem(file, line, _("kode %(code)s: hanya huruf, angka, _ dan -."), code=row["kode"])
            continue
        if not reader.unique(file, line, seen, row["kode"], _("Kode kategori")):
            continue
        default = row.get("instansi_default", "")
        if default and default not in codes:
            reader.problem(file, line, _("instansi_default %(code)s tidak dikenal."), code=default)
            continue
        region.categories.append(rows.CategoryRow(
            line, row["kode"], row["nama"], row.get("nama_en", ""), default,
            reader.yes_no(file, line, row.get("cek_lapangan", ""), "cek_lapangan"), row.get("kategori_lapor", ""),
        ))  # fmt: skip


def _letters(reader: _Reader, region: rows.Region, data: dict, codes: dict) -> None:
    kop = reader.table(data, "kop", required=False)
    if kop:
        crest = str(kop.get("lambang", ""))
        if crest and not (reader.path / crest).is_file():
            reader.problem(TOML, None, _("[kop] lambang: berkas %(file)s tidak ada di paket."), file=crest)
        region.kop = rows.Kop(
            str(kop.get("pemerintah", "")), str(kop.get("alamat", "")), str(kop.get("kode_pos", "")),
            str(kop.get("situs", "")), str(kop.get("tempat", "")), crest,
        )  # fmt: skip
    file, units = "kop.csv", {}
    for line, row in reader.csv(file):
        agency = row.get("instansi", "")
        if agency and agency not in codes:
            reader.problem(file, line, _("instansi %(code)s tidak dikenal."), code=agency)
            continue
        if not reader.unique(file, line, units, agency or "(Pemda)", _("Kop instansi")):
            continue
        phone, email = row.get("telepon", ""), row.get("email", "")
        region.letterheads.append(rows.LetterheadRow(line, agency, row["nama_unit"], row["kode_unit"], phone, email))
    if region.letterheads and region.kop is None:
        reader.problem(TOML, None, _("kop.csv berisi kop, tetapi tabel [kop] tidak ada."))
    schemes = reader.table(data, "penomoran", required=False)
    for index, scheme in enumerate(schemes if isinstance(schemes, list) else [], start=1):
        width = reader.number(TOML, None, scheme.get("digit", 3), f"[[penomoran]] {index} digit") or 3
        region.numbering.append(rows.SchemeRow(
            index, str(scheme.get("nama", "")), str(scheme.get("kode_klasifikasi", "")), str(scheme.get("pola", "")),
            _words(scheme.get("jenis_surat")), width,
        ))  # fmt: skip
    file, nips = "pejabat.csv", {}
    for line, row in reader.csv(file):
        if row["instansi"] not in codes:
            reader.problem(file, line, _("instansi %(code)s tidak dikenal."), code=row["instansi"])
            continue
        role = row.get("peran", "")
        if role and role not in SIGNER_ROLES:
            reader.problem(
                file,
                line,
                _("peran %(role)s tidak dikenal; pilih %(roles)s atau kosongkan."),
                role=role,
                roles=", ".join(SIGNER_ROLES),
            )
            continue
        if not reader.unique(file, line, nips, row["nip"], "NIP"):
            continue
        region.officials.append(rows.OfficialRow(
            line, row["nip"], row["nama"], row["jabatan"], row.get("pangkat", ""), role, row["instansi"],
            row.get("sertifikat", ""), row.get("akun", ""),
        ))  # fmt: skip


def _calendar(reader: _Reader, region: rows.Region, data: dict) -> None:
    table = reader.table(data, "kalender", required=False)
    years = []
    for value in table.get("tahun", []):
        year = reader.number(TOML, None, value, "[kalender] tahun")
        if year is not None and not 2000 <= year <= 2100:
            reader.problem(TOML, None, _("[kalender] tahun %(year)s di luar 2000-2100."), year=year)
        elif year is not None:
            years.append(year)
    confirmed = {}
    for key, reference in dict(table.get("dikonfirmasi", {})).items():
        year = reader.number(TOML, None, key, "[kalender.dikonfirmasi]")
        if year is not None and year not in years:
            reader.problem(
                TOML, None, _("[kalender.dikonfirmasi] tahun %(year)s tidak ada di [kalender] tahun.") % {"year": year}
            )
        elif year is not None:
            confirmed[year] = str(reference)
    file, days = "kalender.csv", []
    for line, row in reader.csv(file):
        try:
            date = datetime.date.fromisoformat(row["tanggal"])
        except ValueError:
            reader.problem(file, line, _("tanggal %(value)s bukan tanggal TTTT-BB-HH."), value=row["tanggal"])
            continue
        if row["jenis"] not in ClosureKind.values:
            reader.problem(
                file,
                line,
                _("jenis %(kind)s tidak dikenal; pilih %(kinds)s."),
                kind=row["jenis"],
                kinds=", ".join(ClosureKind.values),
            )
            continue
        days.append(rows.ClosedDayRow(line, date, row["nama"], row["jenis"], row.get("catatan", "")))
    region.calendar = rows.Calendar(tuple(years), confirmed, tuple(days))


def _privacy(reader: _Reader, region: rows.Region, data: dict, codes: dict) -> None:
    table = reader.table(data, "pelindungan_data", required=False)
    agency = str(table.get("instansi_pengendali", ""))
    if agency and agency not in codes:
        reader.problem(
            TOML, None, _("[pelindungan_data] instansi_pengendali %(code)s tidak dikenal.") % {"code": agency}
        )
    if table.get("jenis_pejabat", "pejabat") not in ("pejabat", "petugas"):
        reader.problem(TOML, None, _("[pelindungan_data] jenis_pejabat harus pejabat atau petugas."))
    region.privacy = {key: str(value) for key, value in table.items()}
