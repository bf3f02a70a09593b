"""A bad package: a clear message naming the file and line, and nothing written (one transaction)."""

import pytest
from django.core.management import CommandError, call_command

from pintu.agencies.models import Agency, Area
from pintu.categories.models import Category
from pintu.regionfiles import RegionError, read_package
from pintu.regions.loader import load_region
from pintu.workdays.models import ClosedDay
from tests.regions.conftest import REGIONS_DIR, append_row

pytestmark = pytest.mark.django_db


def nothing_written() -> bool:
    return not (Area.objects.exists() or Agency.objects.exists() or Category.objects.exists())


def refused(path) -> str:
    with pytest.raises(RegionError) as caught:
        load_region(path)
    assert nothing_written()
    return str(caught.value)


def test_an_unknown_bps_code(package_copy):
    path = package_copy()
    line = append_row(path / "desa.csv", "1610999,16.10.04.2999,Desa Karangan,desa,")
    message = refused(path)
    assert f"desa.csv, baris {line}: kode BPS kecamatan 1610999 tidak dikenal" in message
    assert "tidak ada data yang disimpan" in message


def test_a_kecamatan_of_another_region(package_copy):
    path = package_copy()
    line = append_row(path / "kecamatan.csv", "1672010,16.74.04,Rambang Kapak Tengah,,,")
    assert f"kecamatan.csv, baris {line}: kode BPS 1672010 bukan kode kecamatan Kabupaten Ogan Ilir" in refused(path)


def test_a_desa_under_the_wrong_kecamatan(package_copy):
    path = package_copy()
    line = append_row(path / "desa.csv", "1610060,16.10.07.2099,Desa Salah,desa,")  # Indralaya is 16.10.04
    assert f"desa.csv, baris {line}: kode Kemendagri 16.10.07.2099 bukan kode desa/kelurahan" in refused(path)


def test_a_unit_without_a_parent(package_copy):
    path = package_copy()
    line = append_row(path / "instansi.csv", "SUBBAG_X,Subbagian X,Subbag X,bagian,DINAS_HILANG,,,,,,")
    message = refused(path)
    assert f"instansi.csv, baris {line}: unit tanpa induk: kode induk DINAS_HILANG tidak ada" in message


def test_a_head_without_a_post(package_copy):
    path = package_copy()
    header = (path / "instansi.csv").read_text(encoding="utf-8").splitlines()[0].split(",")
    cells = dict.fromkeys(header, "") | {"kode": "UPT_X", "nama": "UPT X", "jenis": "badan", "kepala": "Nama Saja"}
    line = append_row(path / "instansi.csv", ",".join(cells[column] for column in header))
    message = refused(path)
    assert f"instansi.csv, baris {line}: kepala dan jabatan_kepala diisi berdua" in message


def test_a_camat_without_a_post(package_copy):
    path = package_copy()
    line = append_row(path / "kecamatan.csv", "1610099,16.10.99,Kecamatan Baru,,,,Nama Saja,")
    message = refused(path)
    assert f"kecamatan.csv, baris {line}: kepala dan jabatan_kepala diisi berdua" in message


def test_units_that_are_each_others_parent(package_copy):
    path = package_copy()
    first = append_row(path / "instansi.csv", "UNIT_A,Unit A,,bagian,UNIT_B,,,,,,")
    second = append_row(path / "instansi.csv", "UNIT_B,Unit B,,bagian,UNIT_A,,,,,,")
    message = refused(path)
    assert f"instansi.csv, baris {first}: induk UNIT_B membentuk lingkaran" in message
    assert f"instansi.csv, baris {second}: induk UNIT_A membentuk lingkaran" in message


def test_a_duplicate_code(package_copy):
    path = package_copy()
    line = append_row(path / "instansi_luar.csv", "PUPR,Balai Lain,,vertikal,,,,,")
    message = refused(path)
    assert f"instansi_luar.csv, baris {line}: Kode instansi PUPR ganda (sudah ada di instansi.csv, baris" in message


def test_a_duplicate_desa_code(package_copy):
    path = package_copy()
    line = append_row(path / "desa.csv", "1610060,16.10.04.2005,Lubuk Sakti Lagi,desa,")
    assert f"desa.csv, baris {line}: Kode Kemendagri 16.10.04.2005 ganda" in refused(path)


def test_every_problem_is_listed_at_once(package_copy):
    path = package_copy()
    append_row(path / "desa.csv", "1610999,16.10.04.2999,Desa Karangan,desa,")
    append_row(path / "kategori.csv", "JALAN,Jalan,Roads,DINAS_JALAN,ya,")
    append_row(path / "kalender.csv", "2026-02-30,Hari jadi,local,")
    with pytest.raises(RegionError) as caught:
        read_package(path)
    files = [problem.file for problem in caught.value.problems]
    assert files == ["desa.csv", "kategori.csv", "kalender.csv"]


def test_a_missing_file_and_a_misspelt_column(package_copy):
    path = package_copy()
    (path / "kategori.csv").unlink()
    text = (path / "kecamatan.csv").read_text(encoding="utf-8")
    (path / "kecamatan.csv").write_text(text.replace("kode_kemendagri", "kode_kemendagr"), encoding="utf-8")
    message = refused(path)
    assert "kategori.csv: berkas tidak ada." in message
    assert "kecamatan.csv, baris 1: kolom wajib tidak ada: kode_kemendagri." in message
    assert "kecamatan.csv, baris 1: kolom tidak dikenal: kode_kemendagr." in message


def test_a_row_the_database_refuses_late_rolls_back_what_was_written_before(package_copy):
    """The areas and most agencies are written before this row fails: all of it is rolled back."""
    path = package_copy()
    line = append_row(path / "instansi.csv", "UNIT_C,Unit C,,bagian,SETDA,,,,,,bukan-alamat-email,")
    message = refused(path)
    assert f"instansi.csv, baris {line}: email:" in message
    assert not ClosedDay.objects.exists()


def test_a_bad_nip_and_an_unknown_letter_kind(package_copy):
    path = package_copy()
    line = append_row(path / "pejabat.csv", "12345,Pejabat Salah,Kepala,,ppid_pembantu,DINKES,,")
    assert f"pejabat.csv, baris {line}: nip: NIP terdiri atas 18 angka." in refused(path)
    (path / "pejabat.csv").write_text("nip,nama,jabatan,instansi\n", encoding="utf-8")
    toml = (path / "region.toml").read_text(encoding="utf-8")
    (path / "region.toml").write_text(toml.replace('"penetapan_dik"', '"penetapan_dikk"'), encoding="utf-8")
    assert "Jenis surat tidak dikenal: penetapan_dikk." in refused(path)


def test_the_command_explains_and_loads_nothing(package_copy):
    path = package_copy()
    append_row(path / "desa.csv", "1610999,16.10.04.2999,Desa Karangan,desa,")
    with pytest.raises(CommandError, match=r"desa\.csv, baris \d+: kode BPS kecamatan 1610999 tidak dikenal"):
        call_command("load_region", str(path))
    assert nothing_written()
    with pytest.raises(CommandError, match="bukan direktori paket daerah"):
        call_command("load_region", str(path / "tidak-ada"))


def test_a_second_region_is_refused_in_a_database_that_holds_one():
    load_region(REGIONS_DIR / "ogan-ilir")
    before = (Area.objects.count(), Agency.objects.count())
    with pytest.raises(
        RegionError, match="sudah berisi Kabupaten Ogan Ilir; muat Kota Prabumulih ke basis data kosong"
    ):
        load_region(REGIONS_DIR / "prabumulih")
    assert (Area.objects.count(), Agency.objects.count()) == before
