"""Complaint <-> request conversion (no wrong door) and the statutory register export."""

import csv
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from openpyxl import load_workbook

from pintu.agencies.models import Area
from pintu.complaints.models import Report
from pintu.complaints.services.admin import disposition
from pintu.complaints.services.intake import ReportDraft, submit_report
from pintu.history.models import Event
from pintu.ppid.requests import register, services
from pintu.ppid.requests.conversion import convert_report_to_request, convert_request_to_report
from pintu.ppid.requests.models import InformationRequest, RequesterIdentity

pytestmark = pytest.mark.django_db


@pytest.fixture
def kecamatan(demo):
    return Area.objects.get(level="kecamatan", bps_code="1610060")


@pytest.fixture
def info_report(kecamatan):
    def make(**overrides):
        fields = {
            "title": "Minta data penerima bantuan sosial desa",
            "text": "Saya ingin salinan daftar penerima bantuan sosial tahun 2026 di desa kami.",
            "kecamatan": kecamatan,
            "kind": "permintaan_informasi",
            "name": "Budi Santoso",
            "email": "budi@example.org",
            "phone": "081234567890",
            "nik": "1610011207850003",
            "consent": True,
        }
        fields.update(overrides)
        return submit_report(ReportDraft(**fields)).report

    return make


@pytest.mark.parametrize("username", ["admin.kominfo", "ppid.utama"])
def test_report_becomes_request(info_report, user_named, username):
    report = info_report()
    done = convert_report_to_request(user_named(username), report, purpose="Pengawasan warga")
    request = done.request
    assert request.source_report_id == report.pk and request.status == "diterima"
    assert request.received_at == report.submitted_at and request.purpose == "Pengawasan warga"
    assert "daftar penerima" in request.information
    identity = RequesterIdentity.objects.get(request=request)
    assert (identity.name, identity.email, identity.id_number) == (
        "Budi Santoso",
        "budi@example.org",
        "1610011207850003",
    )
    report.refresh_from_db()
    assert report.status == "diarsipkan" and report.archive_kind == "other"
    event = Event.objects.for_case("report", report.pk).get(kind="archive")
    assert event.reason == f"Dialihkan ke layanan PPID: {request.number}"
    assert event.payload["info_request"] == request.number
    assert services.secret_matches(request, done.secret)


@pytest.mark.parametrize("username", ["ppid.pupr", "penghubung.pupr", "warga", "atasan.ppid"])
def test_report_conversion_permissions(info_report, user_named, username):
    with pytest.raises(PermissionDenied):
        convert_report_to_request(user_named(username), info_report())


def test_report_conversion_refusals(info_report, user_named, agency):
    admin = user_named("admin.kominfo")
    with pytest.raises(ValidationError):
        convert_report_to_request(admin, info_report(kind="pengaduan"))
    with pytest.raises(ValidationError):
        convert_report_to_request(admin, info_report(privacy="anonim", name=""))
    dispatched = disposition(info_report(), user=admin, agency=agency("PUPR"))
    with pytest.raises(ValidationError):
        convert_report_to_request(admin, dispatched)
    assert not InformationRequest.objects.exists()


def test_request_becomes_report(filed, user_named, kecamatan):
    request = filed(id_number="1610014507900002")
    with pytest.raises(PermissionDenied):
        convert_request_to_report(user_named("ppid.pupr"), request, kecamatan=kecamatan, reason="x")
    with pytest.raises(ValidationError):
        convert_request_to_report(user_named("ppid.utama"), request, kecamatan=kecamatan, reason="")
    done = convert_request_to_report(
        user_named("ppid.utama"),
        request,
        kecamatan=kecamatan,
        reason="Isinya keluhan jalan rusak, bukan permintaan informasi.",
    )
    request.refresh_from_db()
    report = Report.objects.get(pk=done.report.pk)
    assert request.converted_report_id == report.pk and request.status == "selesai"
    assert report.channel == "web" and report.text == request.information and report.created_by.username == "ppid.utama"
    assert report.contact.name == "Siti Aminah" and report.contact.nik == "1610014507900002"
    assert (
        report.code in request.close_reason
        or report.code in Event.objects.for_case("info_request", request.pk).get(kind="convert_to_report").reason
    )


def _requests(filed, assigned, user_named):
    plain = filed()
    granted = assigned()
    services.issue_notice(
        user_named("ppid.pupr"),
        granted,
        "granted_part",
        fee="5000",
        fee_note="fotokopi",
        refusal_article="h",
        consequence_test="Rahasia pribadi.",
        blacked_out_note="NIK dihitamkan",
        provide_within="segera",
    )
    return [plain, InformationRequest.objects.get(pk=granted.pk)]


def test_register_csv_and_xlsx_columns(filed, assigned, user_named):
    items = _requests(filed, assigned, user_named)
    expected = [
        "No",
        "Tanggal permohonan",
        "Nama pemohon",
        "Alamat",
        "Kontak",
        "Pekerjaan",
        "Informasi yang diminta",
        "Tujuan penggunaan informasi",
        "Dikuasai atau tidak (dan oleh siapa)",
        "Bentuk informasi yang dikuasai",
        "Jenis permohonan",
        "Keputusan",
        "Alasan penolakan",
        "Tanggal pemberitahuan tertulis",
        "Biaya dan cara pembayaran",
        "Status",
        "Batas waktu",
    ]
    assert register.HEADERS == expected
    rows = list(csv.reader(io.StringIO(register.export_csv(items).decode("utf-8-sig"))))
    assert rows[0] == expected and len(rows) == 3
    granted = dict(zip(expected, rows[2], strict=True))
    assert granted["Nama pemohon"] == "Siti Aminah" and granted["Keputusan"] == "Diterima sebagian"
    assert "Pasal 17 huruf h" in granted["Alasan penolakan"] and "Rp 5.000" in granted["Biaya dan cara pembayaran"]
    assert (
        "Dinas Pekerjaan Umum" in granted["Dikuasai atau tidak (dan oleh siapa)"]
        or "PUPR" in granted["Dikuasai atau tidak (dan oleh siapa)"]
    )
    sheet = load_workbook(io.BytesIO(register.export_xlsx(items))).active
    assert [c.value for c in sheet[1]] == expected and sheet.max_row == 3


def test_register_cells_guard_against_formulas(filed):
    request = filed(information='=HYPERLINK("http://evil") minta data jalan')
    rows = list(csv.reader(io.StringIO(register.export_csv([request]).decode("utf-8-sig"))))
    assert rows[1][6].startswith("'=")
