"""Pages: the public form, tracking, downloads behind checks, the staff register, detail and actions."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pintu.history.models import Event
from pintu.ppid.requests import services
from pintu.ppid.requests.models import InformationRequest
from tests.factories.ppid import png_bytes

pytestmark = pytest.mark.django_db
PASSWORD = "pintu-demo-2026"


def form_data(**overrides):
    data = {
        "requester_kind": "perorangan",
        "name": "Siti Aminah",
        "address": "Indralaya",
        "occupation": "Guru",
        "phone": "081234567890",
        "email": "siti@example.org",
        "information": "Daftar paket pekerjaan jalan tahun 2026 beserta nilainya.",
        "purpose": "Penelitian skripsi",
        "obtain_method": "soft",
        "delivery_method": "email",
        "consent": "on",
        "idempotency_key": "k1",
        "identity_file": SimpleUploadedFile("ktp.png", png_bytes(), "image/png"),
    }
    data.update(overrides)
    return data


def login(client, username):
    assert client.login(username=username, password=PASSWORD)


def test_public_form_submit_and_confirmation(client, demo):
    assert client.get(reverse("ppid:request_create")).status_code == 200
    response = client.post(reverse("ppid:request_create"), form_data())
    assert response.status_code == 302 and response["Location"] == reverse("ppid:request_done")
    request = InformationRequest.objects.get()
    page = client.get(reverse("ppid:request_done")).content.decode()
    assert request.number in page
    detail = client.get(reverse("ppid:request_track_detail", args=[request.slug]))
    assert detail.status_code == 200 and request.number in detail.content.decode()
    assert "Waktu pemberitahuan tertulis" in detail.content.decode()


def test_public_form_errors_and_bad_upload(client, demo):
    response = client.post(
        reverse("ppid:request_create"),
        form_data(name="", consent="", identity_file=SimpleUploadedFile("ktp.png", b"not an image", "image/png")),
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Tuliskan nama pemohon." in body or "identity_file" in body
    assert not InformationRequest.objects.exists()


def test_tracking_with_number_and_secret(client, draft):
    submitted = services.submit_request(draft())
    request = submitted.request
    other = client.get(reverse("ppid:request_track_detail", args=[request.slug]))
    assert other.status_code == 302  # not proved yet
    wrong = client.post(reverse("ppid:request_track"), {"number": request.number, "secret": "AAAA-BBBB"})
    assert "Nomor pendaftaran atau kode rahasia salah." in wrong.content.decode()
    ok = client.post(reverse("ppid:request_track"), {"number": request.slug.lower(), "secret": submitted.secret})
    assert ok.status_code == 302
    assert client.get(ok["Location"]).status_code == 200


def test_documents_only_for_requester_and_handlers(client, draft, user_named, agency, decide):
    submitted = services.submit_request(draft())
    request = services.assign_request(user_named("ppid.utama"), submitted.request, agency("PUPR"))
    request = decide("ppid.pupr", request, "granted_whole", provide_within="segera")
    notice = request.documents.get(is_notice=True)
    public_url = reverse("ppid:request_document", args=[request.slug, notice.pk])
    assert client.get(public_url).status_code == 404
    client.post(reverse("ppid:request_track"), {"number": request.number, "secret": submitted.secret})
    response = client.get(public_url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Content-Disposition"].startswith("attachment")
    staff_url = reverse("ppid:staff_request_document", args=[request.pk, notice.pk])
    for username, status in (("ppid.dinkes", 404), ("ppid.pupr", 200), ("atasan.ppid", 200), ("warga", 403)):
        client.logout()
        login(client, username)
        assert client.get(staff_url).status_code == status, username


def test_identity_file_view_permission_and_audit(client, draft, user_named, agency):
    submitted = services.submit_request(draft())
    request = services.assign_request(user_named("ppid.utama"), submitted.request, agency("PUPR"))
    url = reverse("ppid:staff_request_identity_file", args=[request.pk, "identity"])
    for username, status in (("ppid.dinkes", 404), ("admin.kominfo", 403), ("warga", 403)):
        client.logout()
        login(client, username)
        assert client.get(url).status_code == status, username
    assert not Event.objects.for_case("info_request", request.pk).filter(kind="identity_document_opened").exists()
    client.logout()
    login(client, "ppid.pupr")
    response = client.get(url)
    assert response.status_code == 200 and response.content.startswith(b"\x89PNG")
    assert response["Cache-Control"] == "private, no-store"
    event = Event.objects.for_case("info_request", request.pk).get(kind="identity_document_opened")
    assert event.visibility == "internal" and event.actor.username == "ppid.pupr"
    client.logout()
    assert client.get(reverse("ppid:request_identity_file", args=[request.slug, "identity"])).status_code == 404
    client.post(reverse("ppid:request_track"), {"number": request.number, "secret": submitted.secret})
    assert client.get(reverse("ppid:request_identity_file", args=[request.slug, "identity"])).status_code == 200
    assert Event.objects.for_case("info_request", request.pk).filter(kind="identity_document_opened").count() == 2


def test_staff_register_and_export_follow_visibility(client, filed, user_named, agency):
    pupr = services.assign_request(user_named("ppid.utama"), filed(), agency("PUPR"))
    dinkes = services.assign_request(user_named("ppid.utama"), filed(), agency("DINKES"))
    login(client, "ppid.pupr")
    page = client.get(reverse("ppid:staff_requests")).content.decode()
    assert pupr.number in page and dinkes.number not in page
    rows = list(csv.reader(io.StringIO(client.get(reverse("ppid:staff_requests_csv")).content.decode("utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == [pupr.number]
    assert client.get(reverse("ppid:staff_request_detail", args=[dinkes.pk])).status_code == 404
    xlsx = client.get(reverse("ppid:staff_requests_xlsx"))
    assert xlsx.status_code == 200 and xlsx.content[:2] == b"PK"
    client.logout()
    login(client, "warga")
    assert client.get(reverse("ppid:staff_requests")).status_code == 403


def test_staff_actions_through_pages(client, filed, user_named, agency, letters_ready):
    request = filed()
    login(client, "ppid.utama")
    detail = reverse("ppid:staff_request_detail", args=[request.pk])
    assert "Tugaskan" in client.get(detail).content.decode()
    response = client.post(reverse("ppid:staff_request_assign", args=[request.pk]), {"agency": agency("PUPR").pk})
    assert response.status_code == 302
    client.logout()
    login(client, "ppid.pupr")
    response = client.post(reverse("ppid:staff_request_extend", args=[request.pk]), {"reason": "", "days": 7})
    assert response.status_code == 400 and "Tuliskan alasan perpanjangan" in response.content.decode()
    response = client.post(
        reverse("ppid:staff_request_notice", args=[request.pk]),
        {"decision": "granted_whole", "fee": "0", "provide_within": "segera", "held_form": "soft"},
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "diproses" and not request.documents.exists()  # a draft: nothing for the requester
    page = client.get(detail).content.decode()
    assert "Pratinjau draf surat" in page and "Setujui dan tandatangani" not in page  # the Pembantu does not sign
    assert client.post(reverse("ppid:staff_request_sign_letter", args=[request.pk])).status_code == 403
    preview = client.get(reverse("ppid:staff_request_letter_draft", args=[request.pk]))
    assert preview.status_code == 200 and preview.content.startswith(b"%PDF")
    client.logout()
    login(client, "ppid.utama")
    assert "Setujui dan tandatangani" in client.get(detail).content.decode()
    assert client.post(reverse("ppid:staff_request_sign_letter", args=[request.pk])).status_code == 302
    request.refresh_from_db()
    assert request.status == "diputuskan" and request.documents.filter(is_notice=True).exists()
    page = client.get(detail).content.decode()
    assert request.notice_letter.number in page and f"/verifikasi/{request.notice_letter.token}/" in page


def test_staff_registration_page(client, demo):
    login(client, "ppid.pupr")
    assert client.get(reverse("ppid:staff_request_create")).status_code == 403
    client.logout()
    login(client, "ppid.utama")
    response = client.post(
        reverse("ppid:staff_request_create"),
        {
            "channel": "oral",
            "requester_kind": "perorangan",
            "name": "Pak Darmo",
            "address": "Desa Sakatiga",
            "information": "Jadwal perbaikan jalan desa Sakatiga.",
            "purpose": "Informasi warga",
            "obtain_method": "view",
            "consent": "on",
            "idempotency_key": "s1",
        },
    )
    assert response.status_code == 302
    request = InformationRequest.objects.get()
    assert request.channel == "oral" and request.created_by.username == "ppid.utama"


def test_from_report_view(client, demo):
    from pintu.agencies.models import Area
    from pintu.complaints.services.intake import ReportDraft, submit_report

    kecamatan = Area.objects.get(level="kecamatan", bps_code="1610060")
    report = submit_report(
        ReportDraft(
            title="Minta data BOS sekolah",
            text="Saya minta laporan dana BOS 2025.",
            kecamatan=kecamatan,
            kind="permintaan_informasi",
            name="Rudi",
            email="rudi@example.org",
            consent=True,
        )
    ).report
    url = reverse("ppid:staff_request_from_report", args=[report.code])
    login(client, "ppid.pupr")
    assert client.get(url).status_code == 403
    client.logout()
    login(client, "admin.kominfo")
    assert client.get(url).status_code == 200
    response = client.post(url, {"reason": "Transparansi sekolah"})
    assert response.status_code == 302
    request = InformationRequest.objects.get(source_report=report)
    assert request.purpose == "Transparansi sekolah"
