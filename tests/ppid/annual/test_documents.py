"""The annual report's PDF and XLSX, its narrative, publishing and the public page."""

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from openpyxl import load_workbook
from pypdf import PdfReader

from pintu.agencies.models import Agency
from pintu.ppid.annual import pdf, services, xlsx
from pintu.ppid.annual.models import AnnualReport
from pintu.ppid.annual.stats import annual_stats
from tests.ppid.annual.conftest import YEAR


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_pdf_is_valid_and_holds_the_key_figures(generated_year, user_named):
    texts = {"policy": "Perbup 12/2024 tentang layanan informasi.", "obstacles": "Jaringan internet kecamatan."}
    services.save_sections(user_named("ppid.utama"), YEAR, None, texts)
    content = services.live_content(YEAR, None)
    data = pdf.build_pdf(content)
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    stats = content.stats
    assert f"Laporan Tahunan Layanan Informasi Publik Tahun {YEAR}" in text
    assert "Kabupaten Ogan Ilir" in text
    assert f"Jumlah permohonan {stats['requests']['total']}" in text
    assert f"Median hari kerja {stats['requests']['time']['median']}" in text
    assert f"Paling lama (hari kerja) {stats['requests']['time']['max']}" in text
    assert f"Diterima sebagian {stats['requests']['by_decision']['granted_part']}" in text
    assert f"Jumlah keberatan {stats['objections']['total']}" in text
    assert f"Jumlah sengketa {stats['disputes']['total']}" in text
    assert "Perbup 12/2024" in text and "Jaringan internet kecamatan" in text
    assert generated_year.requests[0].number in text or stats["requests"]["time"]["rows"][0]["number"] in text
    assert "31 Maret" in text


def test_xlsx_holds_the_figures(generated_year):
    content = services.live_content(YEAR, None)
    book = load_workbook(io.BytesIO(xlsx.build_xlsx(content)))
    summary = {row[0]: row[1] for row in book["Ringkasan"].iter_rows(values_only=True) if row and row[0]}
    stats = content.stats
    assert summary["Jumlah permohonan"] == stats["requests"]["total"]
    assert summary["Diterima seluruhnya"] == stats["requests"]["by_decision"]["granted_whole"]
    assert summary["Ditolak"] == stats["requests"]["by_decision"]["refused"]
    assert summary["Median hari kerja"] == stats["requests"]["time"]["median"]
    assert summary["Jumlah keberatan"] == stats["objections"]["total"]
    assert summary["f. pengenaan biaya yang tidak wajar"] == stats["objections"]["by_ground"]["f"]
    times = list(book["Waktu layanan"].iter_rows(values_only=True))
    assert len(times) - 1 == stats["requests"]["time"]["count"]
    assert sorted(row[4] for row in times[1:]) == sorted(r["days"] for r in stats["requests"]["time"]["rows"])
    assert [row[0] for row in book["Narasi"].iter_rows(values_only=True)][1:] == [
        "Kebijakan pelayanan informasi publik", "Sarana dan prasarana", "Sumber daya manusia", "Anggaran",
        "Kendala pelaksanaan layanan informasi publik", "Rekomendasi dan rencana tindak lanjut"]  # fmt: skip


def test_narrative_permissions(demo, user_named):
    pupr = Agency.objects.get(code="PUPR")
    services.save_sections(user_named("ppid.pupr"), YEAR, pupr, {"staff": "Dua pejabat fungsional."})
    assert services.sections_of(services.find_report(YEAR, pupr))["staff"] == "Dua pejabat fungsional."
    for username, agency in (("ppid.pupr", None), ("ppid.dinkes", pupr), ("atasan.ppid", None), ("warga", None)):
        with pytest.raises(PermissionDenied):
            services.save_sections(user_named(username), YEAR, agency, {"staff": "x"})


def test_publish_freezes_the_figures_and_the_public_downloads_them(generated_year, user_named, client):
    with pytest.raises(PermissionDenied):
        services.publish_report(user_named("ppid.pupr"), YEAR, None)
    with pytest.raises(ValidationError):  # a year not yet ended
        services.publish_report(user_named("ppid.utama"), 2026, None)
    assert b"Belum ada laporan tahunan" in client.get(reverse("ppid:annual_list")).content
    report = services.publish_report(user_named("ppid.utama"), YEAR, None)
    total = report.snapshot["requests"]["total"]
    assert total == annual_stats(YEAR)["requests"]["total"]
    page = client.get(reverse("ppid:annual_list")).content.decode()
    assert f"PDF laporan {YEAR}" in page
    response = client.get(reverse("ppid:annual_pdf", args=[report.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert f"Jumlah permohonan {total}" in pdf_text(response.content)
    response = client.get(reverse("ppid:annual_xlsx", args=[report.pk]))
    assert load_workbook(io.BytesIO(response.content))["Ringkasan"]["A1"].value.endswith(str(YEAR))


def test_unpublished_reports_are_not_public(demo, user_named, client):
    services.save_sections(user_named("ppid.utama"), YEAR, None, {"policy": "Draf."})
    report = AnnualReport.objects.get()
    assert client.get(reverse("ppid:annual_pdf", args=[report.pk])).status_code == 404


def test_staff_page_and_downloads(generated_year, user_named, client):
    url = reverse("ppid:staff_annual")
    client.force_login(user_named("warga"))
    assert client.get(url).status_code == 403
    client.force_login(user_named("ppid.pupr"))
    page = client.get(url, {"tahun": YEAR, "instansi": "PUPR"}).content.decode()
    assert "Simpan narasi" in page and "Umumkan laporan ini" not in page
    assert client.get(reverse("ppid:staff_annual_pdf"), {"tahun": YEAR}).content.startswith(b"%PDF")
    client.force_login(user_named("ppid.utama"))
    response = client.post(url + f"?tahun={YEAR}", {"policy": "Kebijakan baru.", "tahun": YEAR})
    assert response.status_code == 302
    response = client.post(reverse("ppid:staff_annual_publish"), {"tahun": YEAR})
    assert response.status_code == 302
    assert AnnualReport.objects.get(year=YEAR, agency=None).snapshot["sections"]["policy"] == "Kebijakan baru."
    assert client.get(url, {"instansi": "TIDAK-ADA"}).status_code == 404
