"""DIP import and export: CSV and XLSX round trips, flexible headers, per-row errors, all or nothing,
the real Jawa Barat DIP (skipped when ../shared/data is absent) and the management command."""

import csv
import io as stdlib_io
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from openpyxl import Workbook, load_workbook

from pintu.ppid.permissions import SYSTEM
from pintu.ppid.registers import io
from pintu.ppid.registers.models import DipCategory, DipItem, DipStatus

pytestmark = pytest.mark.django_db

REAL_DIP = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ppid_dip_jabar_2023.csv"
COMPARED = ["number", "category", "section", "title", "summary", "holder", "responsible", "made_when_where",
            "form_kind", "form_note", "retention", "link"]  # fmt: skip


def values(item) -> dict:
    return {name: getattr(item, name) for name in COMPARED if name != "number"}


def csv_bytes(rows, delimiter=",") -> bytes:
    buffer = stdlib_io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(rows) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = stdlib_io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def three_published(published_item):
    return [
        published_item(),
        published_item(category="serta_merta", title="Peringatan dini banjir Sungai Ogan",
                       link="https://example.org/banjir", form_kind="soft", form_note="PDF dan pengumuman di situs"),
        published_item(category="setiap_saat", title="=SUM(A1) kontrak jalan", summary="-5% dari pagu",
                       form_kind="hard"),
    ]  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip(three_published, user_named, agency, fmt):
    items = DipItem.objects.filter(pk__in=[i.pk for i in three_published]).order_by("number")
    data = io.export_csv(items) if fmt == "csv" else io.export_xlsx(items)
    result = io.import_dip(user_named("ppid.dinkes"), agency("DINKES"), f"dip.{fmt}", data)
    assert result.count == 3
    imported = list(DipItem.objects.filter(agency__code="DINKES").order_by("number"))
    assert [values(i) for i in imported] == [values(i) for i in items]
    assert {i.status for i in imported} == {DipStatus.DRAFT}
    assert [i.number for i in imported] == [1, 2, 3]


def test_export_has_statutory_headers_in_indonesian_and_only_published(three_published, draft_item, settings):
    draft_item(title="Draf rahasia belum terbit")
    from django.utils import translation

    with translation.override("en"):
        data = io.export_csv(DipItem.objects.filter(status=DipStatus.PUBLISHED))
    rows = list(csv.reader(stdlib_io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:8] == ["No", "Kategori informasi", "Sub bagian", "Judul informasi", "Ringkasan isi informasi",
                           "Pejabat/unit yang menguasai informasi", "Penanggung jawab pembuatan informasi",
                           "Waktu dan tempat pembuatan informasi"]  # fmt: skip
    assert "Jangka waktu penyimpanan" in rows[0]
    assert len(rows) == 4
    assert rows[1][1] == "Informasi yang wajib diumumkan secara berkala"  # Indonesian even under English
    assert "'=SUM(A1) kontrak jalan" in rows[3]  # formula injection guard
    sheet = load_workbook(stdlib_io.BytesIO(io.export_xlsx(DipItem.objects.all()[:1]))).active
    assert sheet["D1"].value == "Judul informasi" and sheet.freeze_panes == "A2"


def test_headers_are_matched_flexibly_and_semicolons_work(user_named, agency):
    rows = [
        ["  JUDUL Informasi ", "Jenis-Informasi", "RINGKASAN_ISI_INFORMASI", "Bentuk / Format"],
        ["Profil dinas", "berkala", "Visi, misi, struktur", "Softcopy (elektronik)"],
        ["Status siaga banjir", "Informasi yang wajib diumumkan secara serta merta", "", "cetak"],
        ["Daftar kontrak", "C. INFORMASI TERSEDIA SETIAP SAAT", "", "Hard & Soft File"],
    ]
    result = io.import_dip(user_named("ppid.pupr"), agency("PUPR"), "dip.csv", csv_bytes(rows, delimiter=";"))
    items = sorted(result.created, key=lambda i: i.number)
    assert [i.category for i in items] == ["berkala", "serta_merta", "setiap_saat"]
    forms = [(i.form_kind, i.form_note) for i in items]
    assert forms == [("soft", ""), ("hard", "cetak"), ("both", "Hard & Soft File")]
    assert items[0].summary == "Visi, misi, struktur"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_invalid_rows_are_reported_by_row_and_nothing_is_saved(user_named, agency, fmt):
    rows = [
        ["jenis_informasi", "sub_bagian", "judul_informasi", "tautan"],
        ["berkala", "Profil", "Visi dan misi", ""],
        ["rahasia negara", "Profil", "Struktur organisasi", ""],
        ["", "", "", ""],
        ["setiap_saat", "", "", ""],
        ["setiap_saat", "", "Daftar kontrak", "bukan-url"],
    ]
    data = csv_bytes(rows) if fmt == "csv" else xlsx_bytes(rows)
    with pytest.raises(io.DipImportError) as exc:
        io.import_dip(user_named("ppid.pupr"), agency("PUPR"), f"dip.{fmt}", data)
    errors = exc.value.errors
    assert errors[0].startswith('Baris 3: jenis informasi "rahasia negara" tidak dikenali')
    assert errors[1] == "Baris 5: judul informasi kosong."
    assert errors[2].startswith("Baris 6: Tautan harus alamat web lengkap")
    assert len(errors) == 3  # the empty row 4 is skipped
    assert DipItem.objects.count() == 0


def test_missing_columns_and_bad_files(user_named, agency):
    user, pupr = user_named("ppid.pupr"), agency("PUPR")
    with pytest.raises(io.DipImportError) as exc:
        io.import_dip(user, pupr, "dip.csv", csv_bytes([["nama", "isi"], ["a", "b"]]))
    assert exc.value.errors == ["Kolom wajib tidak ditemukan: judul informasi, jenis/kategori informasi."]
    with pytest.raises(io.DipImportError, match="XLSX tidak dapat dibaca"):
        io.import_dip(user, pupr, "dip.xlsx", b"PK\x03\x04 not really a zip")
    with pytest.raises(io.DipImportError, match="CSV atau XLSX"):
        io.import_dip(user, pupr, "dip.pdf", b"%PDF-1.4")
    with pytest.raises(io.DipImportError, match="kosong"):
        io.import_dip(user, pupr, "dip.csv", b"")


def test_import_checks_permission_first(user_named, agency):
    with pytest.raises(PermissionDenied):
        io.import_dip(user_named("ppid.pupr"), agency("DINKES"), "dip.csv", b"judul,jenis\nx,berkala\n")


@pytest.mark.skipif(not REAL_DIP.exists(), reason="../shared/data is not present")
def test_real_jawa_barat_dip(agency):
    result = io.import_dip(SYSTEM, agency("DISKOMINFO"), REAL_DIP.name, REAL_DIP.read_bytes())
    assert result.count == 56
    counts = {c: DipItem.objects.filter(category=c).count() for c in DipCategory.values}
    assert counts == {"berkala": 34, "serta_merta": 4, "setiap_saat": 18}
    items = list(DipItem.objects.order_by("number"))
    assert [i.number for i in items] == list(range(1, 57))
    first = items[0]
    assert first.title == "Kedudukan / domisili beserta alamat lengkap"
    assert first.section == "1. Informasi tentang Profil Badan Publik"
    assert (first.form_kind, first.retention, first.made_when_where) == ("both", "Selama Berlaku", "Tahun 2023")
    assert first.drafted_by is None and first.status == DipStatus.DRAFT
    # Rows listing only a section heading take it as their title and stay drafts to complete.
    untitled = [i for i in items if i.title == i.section]
    assert len(untitled) == 4 and all(not i.summary for i in untitled)


def test_management_command(tmp_path, agency):
    path = tmp_path / "dip.xlsx"
    path.write_bytes(xlsx_bytes([["Judul informasi", "Kategori"], ["Profil dinas", "berkala"]]))
    out = stdlib_io.StringIO()
    call_command("dip_import", str(path), "--agency", "PUPR", "--user", "ppid.pupr", stdout=out)
    assert "1 informasi diimpor sebagai draf" in out.getvalue()
    assert DipItem.objects.get().drafted_by.username == "ppid.pupr"
    with pytest.raises(CommandError, match="PPID instansi"):
        call_command("dip_import", str(path), "--agency", "DINKES", "--user", "ppid.pupr")
    with pytest.raises(CommandError, match="tidak ada"):
        call_command("dip_import", str(path), "--agency", "NOPE")
    bad = tmp_path / "bad.csv"
    bad.write_text("judul,jenis\nx,entah\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Baris 2"):
        call_command("dip_import", str(bad), "--agency", "PUPR")
    call_command("dip_import", str(path), "--agency", "PUPR", stdout=out)  # no --user: the command line
    assert DipItem.objects.filter(drafted_by__isnull=True).count() == 1
