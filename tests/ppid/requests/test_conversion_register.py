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
from tests.factories.ppid import local

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


def test_register_columns_against_a_hand_filled_example(decide, filed, assigned, dik_item):
    """Issue #18 item 2: the register as a PPID officer fills it by hand (Perki 1/2021): the form in which the
    information is HELD (not the form asked for), the type of request, the cost and method of payment, and a
    legal entity identified by its Kemenkumham SK pengesahan number."""
    plain = filed(received_at=local(2026, 3, 16, 9, 0))
    by_letter = assigned(
        received_at=local(2026, 3, 17, 10, 0), channel="letter", requester_kind="badan_hukum",
        name="Yayasan Lembaga Bantuan Hukum Ogan Ilir", id_number="AHU-0012345.AH.01.04.2020",
        obtain_method="soft", delivery_method="post",
    )  # fmt: skip
    decide("ppid.pupr", by_letter, "granted_part", held_form="hard", fee="12000",
           fee_note="ongkos kirim pos kilat", payment_method="Transfer ke rekening Kas Daerah Ogan Ilir",
           refusal_dik=dik_item(decide=True, legal_basis="h"), blacked_out_note="NIK dihitamkan",
           provide_within="5 hari kerja")  # fmt: skip
    by_letter.refresh_from_db()
    by_phone = assigned(received_at=local(2026, 3, 18, 11, 0), channel="oral", obtain_method="view",
                        delivery_method="")  # fmt: skip
    walk_in = assigned(received_at=local(2026, 3, 19, 11, 0), channel="walk_in")
    email = assigned(received_at=local(2026, 3, 20, 11, 0), channel="email")
    items = [plain, by_letter, by_phone, walk_in, email]
    hand_filled = {  # header -> the cell of the letter request, as the officer writes it
        "No": by_letter.number,
        "Tanggal permohonan": "2026-03-17",
        "Nama pemohon": "Yayasan Lembaga Bantuan Hukum Ogan Ilir",
        "Jenis pemohon dan identitas badan hukum": "Badan hukum, SK pengesahan Kemenkumham nomor "
        "AHU-0012345.AH.01.04.2020",
        "Bentuk informasi yang dikuasai": "Hardcopy (cetak)",  # held on paper, though asked as softcopy
        "Jenis permohonan": "Surat",
        "Keputusan": "Diterima sebagian",
        "Biaya dan cara pembayaran": "Rp 12.000 (ongkos kirim pos kilat); dibayar melalui Transfer ke rekening "
        "Kas Daerah Ogan Ilir; belum dibayar",
        "Nomor surat pemberitahuan": by_letter.notice_number,
        "Status": "Diputuskan",
    }
    rows = list(csv.reader(io.StringIO(register.export_csv(items).decode("utf-8-sig"))))
    assert rows[0] == register.HEADERS and len(rows) == 6
    cells = dict(zip(rows[0], rows[2], strict=True))
    for header, value in hand_filled.items():
        assert cells[header] == value, header
    assert "Pasal 17 huruf h" in cells["Alasan penolakan"]
    assert "Dinas Pekerjaan Umum" in cells["Dikuasai atau tidak (dan oleh siapa)"]
    types = [dict(zip(rows[0], row, strict=True))["Jenis permohonan"] for row in rows[1:]]
    assert types == ["Web", "Surat", "Telepon", "Langsung", "E-mail"]
    undecided = dict(zip(rows[0], rows[1], strict=True))
    assert undecided["Bentuk informasi yang dikuasai"] == "" and undecided["Biaya dan cara pembayaran"] == ""
    assert undecided["Jenis pemohon dan identitas badan hukum"] == "Perorangan"  # no NIK in the register
    sheet = load_workbook(io.BytesIO(register.export_xlsx(items))).active
    assert [c.value for c in sheet[1]] == register.HEADERS and sheet.max_row == 6


def test_register_cells_guard_against_formulas(filed):
    request = filed(information='=HYPERLINK("http://evil") minta data jalan')
    rows = list(csv.reader(io.StringIO(register.export_csv([request]).decode("utf-8-sig"))))
    assert rows[1][register.HEADERS.index("Informasi yang diminta")].startswith("'=")
