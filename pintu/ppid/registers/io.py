"""DIP import and export, CSV and XLSX (openpyxl).

Export: the published DIP (all agencies or one), the statutory columns under fixed Indonesian headers
(a file format, so not translated), one row per item.

Import: a CSV or XLSX whose first row holds headers, into DRAFT items of one agency, all or nothing.
Headers are matched ignoring case, spaces and punctuation, against our own export headers and common
variants, including those of a real provincial DIP (jenis_informasi, sub_bagian, no, judul_informasi,
ringkasan_informasi, pejabat_yang_menguasai, penanggung_jawab_pembuatan, waktu_pembuatan,
bentuk_informasi, jangka_waktu_penyimpanan). Choices made:
- the category comes from words in the category column ("... SECARA BERKALA", "SERTA MERTA",
  "SETIAP SAAT"/"TERSEDIA"), or our codes;
- a row without a title but with a section (a sub-bagian listed without sub-items) takes the
  section as its title; the officer completes it before the PPID Utama can publish;
- the file's "No" column (often "a.", "b." restarting per section) is not kept: items are numbered
  in file order after the agency's last number;
- rows with every cell empty are skipped.
Every other problem is reported per row (spreadsheet row numbers, header = row 1), nothing saved.
"""

import csv
import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import load_workbook

from pintu.ppid.registers.models import DipCategory, DipItem, FormKind
from pintu.ppid.registers.permissions import require_keeper
from pintu.ppid.registers.services.dip import DIP_FIELDS, clean_dip_fields, draft_dip_item
from pintu.ppid.sheets import FORMULA_STARTS, csv_bytes, xlsx_bytes

MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_ROWS = 5000
MAX_IMPORT_COLUMNS = 64  # our export has 16; real DIP files a dozen
MAX_XLSX_UNPACKED = 30 * 1024 * 1024  # a 5,000-row DIP unpacks to a few MB

#: Export columns: (header, value of an item).
EXPORT_COLUMNS = [
    ("No", lambda i: i.number),
    ("Kategori informasi", lambda i: i.get_category_display()),
    ("Sub bagian", lambda i: i.section),
    ("Judul informasi", lambda i: i.title),
    ("Ringkasan isi informasi", lambda i: i.summary),
    ("Pejabat/unit yang menguasai informasi", lambda i: i.holder),
    ("Penanggung jawab pembuatan informasi", lambda i: i.responsible),
    ("Waktu dan tempat pembuatan informasi", lambda i: i.made_when_where),
    ("Bentuk informasi", lambda i: i.get_form_kind_display() if i.form_kind else ""),
    ("Keterangan bentuk/format", lambda i: i.form_note),
    ("Jangka waktu penyimpanan", lambda i: i.retention),
    ("Tautan", lambda i: i.link),
    ("Instansi", lambda i: i.agency.name),
    ("Kode instansi", lambda i: i.agency.code),
    ("Tanggal terakhir diumumkan", lambda i: i.last_published_date.isoformat() if i.last_published_date else ""),
    ("Jadwal pembaruan berikutnya", lambda i: i.next_due_date.isoformat() if i.next_due_date else ""),
]

#: Import: DIP field (or "form") -> accepted headers (compared after `header_key`).
HEADER_ALIASES = {
    "category": ["jenis_informasi", "jenis", "kategori", "kategori_informasi", "klasifikasi", "category"],
    "section": ["sub_bagian", "subbagian", "bagian", "sub_kategori", "section"],
    "number": ["no", "nomor", "number"],
    "title": ["judul_informasi", "judul", "nama_informasi", "informasi", "title"],
    "summary": ["ringkasan_informasi", "ringkasan_isi_informasi", "ringkasan", "summary"],
    "holder": ["pejabat_yang_menguasai", "pejabat_unit_yang_menguasai_informasi", "pejabat_yang_menguasai_informasi",
               "pejabat_unit_yang_menguasai", "unit_yang_menguasai", "holder"],
    "responsible": ["penanggung_jawab_pembuatan", "penanggung_jawab_pembuatan_informasi", "penanggung_jawab",
                    "pj_pembuatan", "responsible"],
    "made_when_where": ["waktu_pembuatan", "waktu_dan_tempat_pembuatan", "waktu_dan_tempat_pembuatan_informasi",
                        "waktu_tempat_pembuatan", "made_when_where"],
    "form": ["bentuk_informasi", "bentuk", "format", "bentuk_format", "bentuk_format_informasi", "form"],
    "form_note": ["keterangan_bentuk_format", "keterangan_bentuk", "keterangan_format"],
    "retention": ["jangka_waktu_penyimpanan", "jangka_waktu_penyimpanan_retensi", "retensi", "masa_retensi",
                  "retention"],
    "link": ["tautan", "link", "url", "alamat_web"],
}  # fmt: skip
IGNORED_FIELDS = {"number"}


def header_key(text) -> str:
    """'Judul Informasi', 'judul_informasi', 'JUDUL-INFORMASI' -> 'judulinformasi'."""
    return re.sub(r"[^0-9a-z]+", "", str(text or "").lower())


HEADER_INDEX = {header_key(alias): name for name, aliases in HEADER_ALIASES.items() for alias in aliases}
HEADER_INDEX.update({header_key(header): name for header, name in (
    ("Kategori informasi", "category"), ("Ringkasan isi informasi", "summary"),
    ("Jangka waktu penyimpanan", "retention"), ("Instansi", None), ("Kode instansi", None),
    ("Tanggal terakhir diumumkan", None), ("Jadwal pembaruan berikutnya", None),
)})  # fmt: skip


def category_of(text: str) -> str | None:
    key = " " + re.sub(r"[^0-9a-z]+", " ", str(text or "").lower()) + " "
    if key.strip() in DipCategory.values or key.strip().replace(" ", "_") in DipCategory.values:
        return key.strip().replace(" ", "_")
    if " berkala " in key or " periodic" in key:
        return DipCategory.BERKALA
    if " serta merta " in key or " sertamerta " in key or " immediate" in key:
        return DipCategory.SERTA_MERTA
    if " setiap saat " in key or " tersedia " in key or " any time " in key or " on request " in key:
        return DipCategory.SETIAP_SAAT
    return None


FORM_LABELS = {str(label).lower(): value for value, label in FormKind.choices}


def form_of(text: str) -> tuple[str, str]:
    """('soft'|'hard'|'both'|'', note) from a free "bentuk informasi" cell ("Hard & Soft File")."""
    text = str(text or "").strip()
    if not text:
        return "", ""
    lower = text.lower()
    if lower in FORM_LABELS or lower in FormKind.values:
        return FORM_LABELS.get(lower, lower), ""
    soft = any(word in lower for word in ("soft", "elektronik", "digital", "pdf", "online", "daring"))
    hard = any(word in lower for word in ("hard", "cetak", "kertas", "fisik", "print"))
    kind = FormKind.BOTH if soft and hard else FormKind.SOFT if soft else FormKind.HARD if hard else ""
    return kind, text


# --- reading files -------------------------------------------------------------------------------


class DipImportError(Exception):
    """The file could not be imported; `errors` are Indonesian messages, each naming its row."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text[:1] == "'" and text[1:2] in FORMULA_STARTS:  # undo the export's formula guard
        text = text[1:]
    return text


def read_rows(name: str, data: bytes) -> list[list[str]]:
    """The table of a .csv or .xlsx file as lists of strings (header row first, trailing empty rows dropped)."""
    if len(data) > MAX_IMPORT_BYTES:
        raise DipImportError([_("Berkas terlalu besar (paling besar 5 MB).")])
    if data[:4] == b"PK\x03\x04" or name.lower().endswith(".xlsx"):
        rows = _read_xlsx(data)
    elif name.lower().endswith((".csv", ".txt")) or not name:
        rows = _read_csv(data)
    else:
        raise DipImportError([_("Gunakan berkas CSV atau XLSX.")])
    while rows and not any(rows[-1]):
        rows.pop()
    return rows


def _read_csv(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:  # a spreadsheet saved as "CSV" in a Windows code page
        text = data.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    delimiter = max([",", ";", "\t"], key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:  # bounded as the XLSX read: a data row beyond the limit is reported by parse_table
        return [[_cell(c) for c in row[:MAX_IMPORT_COLUMNS]] for row in itertools.islice(reader, MAX_IMPORT_ROWS + 2)]
    except csv.Error:  # e.g. a field longer than the csv module's limit
        raise DipImportError([_("Berkas CSV tidak dapat dibaca.")]) from None


def _check_unpacked_size(data: bytes) -> None:
    """An XLSX is a zip: refuse one whose parts unpack to more than MAX_XLSX_UNPACKED bytes (a zip bomb
    of shared strings or of one enormous row would fill the memory before a row is read)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise DipImportError([_("Berkas XLSX tidak dapat dibaca.")]) from None
    if unpacked > MAX_XLSX_UNPACKED:
        raise DipImportError([_("Isi berkas XLSX terlalu besar setelah dibuka (paling besar 30 MB).")])


def _read_xlsx(data: bytes) -> list[list[str]]:
    """The first sheet, streamed: at most MAX_IMPORT_ROWS + 2 rows and MAX_IMPORT_COLUMNS columns are read.

    A sheet may declare any size in its <dimension> (A1:XFD1048576), and openpyxl pads every row to the
    declared width and fills the declared height with empty rows: reading that grid took hours and all
    the memory. The declared size is ignored (reset_dimensions) and the read is bounded; a data row
    beyond the row limit is reported by parse_table as too many rows.
    """
    _check_unpacked_size(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a broken or foreign file
        raise DipImportError([_("Berkas XLSX tidak dapat dibaca.")])
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()
        rows = sheet.iter_rows(min_row=1, max_row=MAX_IMPORT_ROWS + 2, min_col=1, max_col=MAX_IMPORT_COLUMNS,
                               values_only=True)  # fmt: skip
        return [[_cell(c) for c in row] for row in rows]
    except DipImportError:
        raise
    except Exception:  # a sheet part openpyxl cannot parse
        raise DipImportError([_("Berkas XLSX tidak dapat dibaca.")]) from None
    finally:
        workbook.close()


# --- import --------------------------------------------------------------------------------------


@dataclass
class ParsedRow:
    line: int
    fields: dict = field(default_factory=dict)


def _columns(header: list[str]) -> dict[int, str]:
    columns: dict[int, str] = {}
    for index, text in enumerate(header):
        name = HEADER_INDEX.get(header_key(text))
        if name and name not in IGNORED_FIELDS and name not in columns.values():
            columns[index] = name
    return columns


def parse_table(rows: list[list[str]]) -> list[ParsedRow]:
    """Rows of DIP fields, or DipImportError listing every problem (nothing is saved by this)."""
    if not rows or not any(rows[0]):
        raise DipImportError([_("Berkas kosong: baris pertama harus berisi judul kolom.")])
    columns = _columns(rows[0])
    missing = [label for name, label in (("title", _("judul informasi")), ("category", _("jenis/kategori informasi")))
               if name not in columns.values()]  # fmt: skip
    if missing:
        raise DipImportError([_("Kolom wajib tidak ditemukan: %(columns)s.") % {"columns": ", ".join(missing)}])
    if len(rows) - 1 > MAX_IMPORT_ROWS:
        raise DipImportError([_("Paling banyak %(n)d baris per berkas.") % {"n": MAX_IMPORT_ROWS}])
    parsed, errors = [], []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell for cell in row):
            continue
        raw = {name: (row[index] if index < len(row) else "") for index, name in columns.items()}
        fields, row_errors = _row_fields(raw)
        if not row_errors:
            try:
                fields = clean_dip_fields(fields)
            except ValidationError as exc:
                row_errors = [message for messages in exc.message_dict.values() for message in messages]
        errors += [_("Baris %(line)d: %(message)s") % {"line": line, "message": m} for m in row_errors]
        parsed.append(ParsedRow(line, fields))
    if errors:
        raise DipImportError(errors)
    if not parsed:
        raise DipImportError([_("Tidak ada baris informasi dalam berkas.")])
    return parsed


def _row_fields(raw: dict[str, str]) -> tuple[dict, list[str]]:
    errors = []
    category = category_of(raw.get("category", ""))
    if category is None:
        errors.append(_("jenis informasi \"%(value)s\" tidak dikenali (berkala, serta merta, atau setiap saat).")
                      % {"value": raw.get("category", "")[:60]})  # fmt: skip
    form_kind, form_note = form_of(raw.get("form", ""))
    note = raw.get("form_note", "") or form_note
    title = raw.get("title", "") or raw.get("section", "")
    if not title:
        errors.append(_("judul informasi kosong."))
    fields = {name: raw.get(name, "") for name in DIP_FIELDS if name not in ("number", "form_kind", "form_note")}
    fields.update(category=category or "", title=title, form_kind=form_kind, form_note=note, number=None)
    return fields, errors


@dataclass
class ImportResult:
    created: list[DipItem]

    @property
    def count(self) -> int:
        return len(self.created)


def import_dip(user, agency, name: str, data: bytes) -> ImportResult:
    """Import every row of the file as a draft of `agency`, or nothing (DipImportError)."""
    require_keeper(user, agency)
    parsed = parse_table(read_rows(name, data))
    created = []
    with transaction.atomic():
        for row in parsed:
            try:
                created.append(draft_dip_item(user, agency, **row.fields))
            except ValidationError as exc:  # cannot happen after parse_table; kept all-or-nothing anyway
                raise DipImportError([_("Baris %(line)d: %(message)s") % {"line": row.line, "message": m}
                                      for m in exc.messages])  # fmt: skip
    return ImportResult(created)


# --- export --------------------------------------------------------------------------------------


def export_rows(items) -> list[list]:
    """Header and one row per item; labels always in Indonesian (the file format does not change)."""
    with translation.override("id"):
        return [[header for header, _value in EXPORT_COLUMNS]] + [
            [value(item) for _header, value in EXPORT_COLUMNS] for item in items
        ]


def export_csv(items) -> bytes:
    return csv_bytes(export_rows(items))


def export_xlsx(items, title: str = "DIP") -> bytes:
    return xlsx_bytes(export_rows(items), title, [6, 28, 30, 40, 60, 30, 30, 24, 20, 24, 24, 30, 30, 14, 14, 14])
